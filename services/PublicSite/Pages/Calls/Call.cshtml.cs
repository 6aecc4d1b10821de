using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;

namespace PublicSite.Pages.Calls;

[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.FundingTag])]
public sealed class CallModel(FundingApi funding) : PageModel
{
    public FundingCall Call { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await funding.CallAsync(id, cancellationToken) is not { } call)
        {
            return NotFound();
        }

        Call = call;
        return Page();
    }
}
