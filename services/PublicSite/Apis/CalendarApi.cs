using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace PublicSite.Apis;

/// <summary>The events calendar's editions, programmes and published events.</summary>
public sealed class CalendarApi(HttpClient http) : PublicApi(http)
{
    /// <summary>The newest edition the calendar knows, the one the site shows.</summary>
    public async Task<Edition?> CurrentEditionAsync(CancellationToken cancellationToken) =>
        (await GetAsync<List<Edition>>("/editions", cancellationToken))?.FirstOrDefault();

    public async Task<Page<CalendarEvent>> EventsAsync(EventQuery query, int limit, string? cursor, CancellationToken cancellationToken) =>
        await GetAsync<Page<CalendarEvent>>("/events" + query.ToQueryString(limit, cursor), cancellationToken) ?? new Page<CalendarEvent>([], null);

    /// <summary>A published event; null for one that does not exist or is not public.</summary>
    public Task<CalendarEvent?> EventAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<CalendarEvent>($"/events/{id}", cancellationToken);

    /// <summary>The event's schema.org document as the calendar writes it, for search engines.</summary>
    public async Task<string?> EventJsonLdAsync(Guid id, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync($"/events/{id}/jsonld", cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(cancellationToken) : null;
    }

    /// <summary>The programme a coordinator declared for exactly this territory in this edition, if any.</summary>
    public Task<Programme?> ProgrammeOfAsync(int edition, TerritoryReference territory, CancellationToken cancellationToken) =>
        GetAsync<Programme>($"/editions/{edition}/programmes/{territory}", cancellationToken);
}
