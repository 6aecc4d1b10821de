using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace PublicSite.Apis;

/// <summary>The actor directory's territories and public actor profiles.</summary>
public sealed class DirectoryApi(HttpClient http) : PublicApi(http)
{
    public async Task<IReadOnlyList<Territory>> SearchTerritoriesAsync(string text, CancellationToken cancellationToken) =>
        (await GetAsync<TerritoryMatches>($"/territories?q={Uri.EscapeDataString(text)}&limit=20", cancellationToken))?.Items ?? [];

    public Task<Territory?> TerritoryAsync(TerritoryReference territory, CancellationToken cancellationToken) =>
        GetAsync<Territory>($"/territories/{Uri.EscapeDataString(ApiName(territory.Kind))}/{Uri.EscapeDataString(territory.Code)}", cancellationToken);

    public Task<Actor?> ActorAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<Actor>($"/actors/{id}", cancellationToken);

    /// <summary>The contacts the directory shows anyone: those their actor made public.</summary>
    public async Task<IReadOnlyList<Contact>> PublicContactsAsync(Guid actorId, CancellationToken cancellationToken) =>
        (await GetAsync<Page<Contact>>($"/actors/{actorId}/contacts?limit=50", cancellationToken))?.Items ?? [];

    private static string ApiName(TerritoryKind kind) => kind.ToString().ToLowerInvariant();
}
