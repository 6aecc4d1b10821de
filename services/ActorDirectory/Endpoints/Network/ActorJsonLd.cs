using System.Text.Json.Serialization;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Publishing;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints.Network;

/// <summary>
/// An actor as a schema.org organisation in JSON-LD, for city websites to embed and search
/// engines to read. Only the actor's public profile: never a contact person.
/// </summary>
public sealed record ActorJsonLd(
    [property: JsonPropertyName("@context")] string Context,
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("@id")] string Id,
    string Name,
    string? Description,
    string? Url,
    string? Email,
    string? Telephone,
    PostalAddressJsonLd Address,
    IReadOnlyList<AdministrativeAreaJsonLd>? AreaServed,
    IReadOnlyList<PropertyValueJsonLd>? Identifier,
    IReadOnlyList<string>? SameAs,
    IReadOnlyList<string>? KnowsAbout)
{
    public static async Task<ActorJsonLd> DescribeAsync(Actor actor, string actorUrl, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var names = await TerritoryNamesAsync(actor, db, cancellationToken);
        var commune = new TerritoryReference(TerritoryKind.Commune, actor.Location.CommuneCode);

        var areas = actor.ServedAreas
            .Select(area => TerritoryReference.TryParse(area, out var reference) && names.TryGetValue(reference, out var name) ? name : null)
            .OfType<string>()
            .Select(name => new AdministrativeAreaJsonLd("AdministrativeArea", name))
            .ToList();

        var identifiers = new (string Scheme, string? Value)[] { ("SIREN", actor.Siren), ("SIRET", actor.Siret), ("RNA", actor.Rna) }
            .Where(identifier => identifier.Value is not null)
            .Select(identifier => new PropertyValueJsonLd("PropertyValue", identifier.Scheme, identifier.Value!))
            .ToList();

        return new ActorJsonLd(
            JsonLd.Context,
            TypeOf(actor.Kind),
            actorUrl,
            actor.Name,
            actor.Description,
            actor.Website,
            actor.PublicEmail,
            actor.PublicPhone,
            new PostalAddressJsonLd(
                "PostalAddress",
                actor.Address.Street,
                actor.Address.PostalCode,
                actor.Address.City ?? names.GetValueOrDefault(commune),
                "FR"),
            areas.Count > 0 ? areas : null,
            identifiers.Count > 0 ? identifiers : null,
            actor.Siren is null ? null : [$"https://annuaire-entreprises.data.gouv.fr/entreprise/{actor.Siren}"],
            actor.Themes.Count > 0 ? actor.Themes : null);
    }

    /// <summary>
    /// The most precise schema.org type: local authorities and their CCAS are public bodies,
    /// associations and the regional networks are NGOs, schools and universities have their own
    /// subtypes of EducationalOrganization.
    /// </summary>
    public static string TypeOf(ActorKind kind) => kind switch
    {
        ActorKind.Region or ActorKind.Department or ActorKind.Epci or ActorKind.Commune or ActorKind.Ccas => "GovernmentOrganization",
        ActorKind.Association or ActorKind.RegionalNetwork => "NGO",
        ActorKind.School => "School",
        ActorKind.University => "CollegeOrUniversity",
        ActorKind.Library => "Library",
        ActorKind.Cinema => "MovieTheater",
        _ => "Organization",
    };

    private static async Task<Dictionary<TerritoryReference, string>> TerritoryNamesAsync(Actor actor, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var codes = actor.ServedAreas.Append($"commune:{actor.Location.CommuneCode}")
            .Select(area => TerritoryReference.TryParse(area, out var reference) ? reference.Code : null)
            .OfType<string>()
            .Distinct()
            .ToList();
        var territories = await db.Territories.AsNoTracking()
            .Where(territory => codes.Contains(territory.Code))
            .Select(territory => new { territory.Kind, territory.Code, territory.Name })
            .ToListAsync(cancellationToken);
        return territories.ToDictionary(territory => new TerritoryReference(territory.Kind, territory.Code), territory => territory.Name);
    }
}
