using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Apis;
using PublicSite.Caching;
using PublicSite.Site;

namespace PublicSite.Pages;

[OutputCache(PolicyName = PageCache.Policy, Tags = [PageCache.DirectoryTag])]
public sealed class SearchModel(DirectoryApi directory) : PageModel
{
    private const int MinimumLength = 2;
    private const int MaximumLength = 100;

    public string Query { get; private set; } = "";

    public IReadOnlyList<Territory> Matches { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = q?.Trim() ?? "";
        if (Query.Length is < MinimumLength or > MaximumLength || Query.Any(char.IsControl))
        {
            throw new InvalidRequestException($"Saisissez entre {MinimumLength} et {MaximumLength} caractères : le nom d'une commune, d'une intercommunalité, d'un département ou d'une région, ou un code postal.");
        }

        Matches = await directory.SearchTerritoriesAsync(Query, cancellationToken);
    }
}
