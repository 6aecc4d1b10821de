using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Endpoints.Network;

/// <summary>The directory as a spreadsheet for the networks' staff (<see cref="CsvExport"/>). Public fields only.</summary>
public static class ActorCsv
{
    private static readonly string[] Header =
    [
        "id", "name", "kind", "status", "isInternationalSolidarity", "themes",
        "communeCode", "epciCode", "departmentCode", "regionCode", "street", "postalCode", "city",
        "website", "publicEmail", "publicPhone", "siren", "siret", "rna", "servedAreas",
        "createdAt", "updatedAt", "archivedAt", "description",
    ];

    public static Task WriteAsync(Stream body, IAsyncEnumerable<Actor> actors, CancellationToken cancellationToken) =>
        CsvExport.WriteAsync(body, Header, actors, Row, cancellationToken);

    private static string?[] Row(Actor actor) =>
    [
        actor.Id.ToString(),
        actor.Name,
        ApiEnum<ActorKind>.NameOf(actor.Kind),
        ApiEnum<ActorStatus>.NameOf(actor.Status),
        actor.IsInternationalSolidarity ? "true" : "false",
        string.Join(CsvExport.ListSeparator, actor.Themes),
        actor.Location.CommuneCode,
        actor.Location.EpciCode,
        actor.Location.DepartmentCode,
        actor.Location.RegionCode,
        actor.Address.Street,
        actor.Address.PostalCode,
        actor.Address.City,
        actor.Website,
        actor.PublicEmail,
        actor.PublicPhone,
        actor.Siren,
        actor.Siret,
        actor.Rna,
        string.Join(CsvExport.ListSeparator, actor.ServedAreas),
        CsvExport.Timestamp(actor.CreatedAt),
        CsvExport.Timestamp(actor.UpdatedAt),
        actor.ArchivedAt is { } archivedAt ? CsvExport.Timestamp(archivedAt) : null,
        actor.Description,
    ];
}
