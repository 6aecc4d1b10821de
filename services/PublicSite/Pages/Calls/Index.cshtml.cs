using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;

namespace PublicSite.Pages.Calls;

[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.FundingTag])]
public sealed class CallsModel(FundingApi funding) : PageModel
{
    public IReadOnlyList<FundingCall> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Calls = [.. (await funding.OpenCallsAsync(cancellationToken)).OrderBy(call => call.ClosesAt)];
}
