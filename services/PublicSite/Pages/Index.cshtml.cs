using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;

namespace PublicSite.Pages;

[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.CalendarTag, PageCache.FundingTag])]
public sealed class HomeModel(CalendarApi calendar, FundingApi funding) : PageModel
{
    public Edition? Edition { get; private set; }

    public int OpenCalls { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var edition = calendar.CurrentEditionAsync(cancellationToken);
        var calls = funding.OpenCallsAsync(cancellationToken);
        Edition = await edition;
        OpenCalls = (await calls).Count;
    }
}
