using System.Net;
using System.Net.Http.Json;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace EventsCalendar.Directory;

/// <summary>
/// What the calendar asks the actor directory over HTTP (service discovery, standard resilience):
/// a commune's place in the territory reference, and the rooms its members lend.
/// </summary>
public sealed class DirectoryClient(HttpClient http)
{
    public const string ServiceName = "actor-directory";

    /// <returns>The commune and the territories above it, or null when the directory knows no such commune.</returns>
    /// <exception cref="DirectoryUnavailableException">The directory did not answer.</exception>
    public async Task<TerritoryLocation?> FindCommuneAsync(string communeCode, CancellationToken cancellationToken)
    {
        var territory = await GetAsync<DirectoryTerritory>($"territories/commune/{Uri.EscapeDataString(communeCode)}", cancellationToken);
        if (territory is null)
        {
            return null;
        }

        string? Parent(TerritoryKind kind) => territory.Parents.FirstOrDefault(parent => parent.Kind == kind)?.Code;
        return new TerritoryLocation(territory.Code, Parent(TerritoryKind.Epci),
            Parent(TerritoryKind.Department) ?? CommuneCode.DepartmentOf(territory.Code), Parent(TerritoryKind.Region) ?? "");
    }

    /// <returns>The offer, or null when the directory has none with that id.</returns>
    public Task<DirectoryOffer?> FindOfferAsync(Guid offerId, CancellationToken cancellationToken) =>
        GetAsync<DirectoryOffer>($"offers/{offerId}", cancellationToken);

    private async Task<T?> GetAsync<T>(string path, CancellationToken cancellationToken) where T : class
    {
        try
        {
            using var response = await http.GetAsync(path, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<T>(JsonDefaults.Options, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new DirectoryUnavailableException(exception);
        }
    }
}

public sealed record DirectoryTerritory(TerritoryKind Kind, string Code, string Name, IReadOnlyList<DirectoryTerritoryParent> Parents);

public sealed record DirectoryTerritoryParent(TerritoryKind Kind, string Code, string Name);

/// <param name="Kind">The directory's offer kind, kebab-case: a venue links only a <c>room</c>.</param>
public sealed record DirectoryOffer(Guid Id, Guid ActorId, string Kind, string Title, int? Capacity, string CommuneCode, bool Withdrawn);

public sealed class DirectoryUnavailableException(Exception inner)
    : Exception("The actor directory did not answer; try again in a moment.", inner);
