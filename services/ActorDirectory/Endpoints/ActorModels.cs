using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using System.Text.Json.Serialization;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Validation;

namespace ActorDirectory.Endpoints;

/// <summary>An actor's profile, as registered (<c>POST /actors</c>) or replaced as a whole (<c>PUT /actors/{id}</c>).</summary>
/// <param name="TerritoryCode">INSEE code of the commune the actor is based in, e.g. 64129 for Billère.</param>
/// <param name="Themes">Kebab-case slugs (e.g. <c>food-sovereignty</c>), at most 20 of at most 50 characters.</param>
/// <param name="ServedAreas">Territories it serves: <c>region:75</c>, <c>department:64</c>, <c>epci:200067254</c>, <c>commune:64129</c>.</param>
/// <param name="Website">Absolute http or https address.</param>
/// <param name="PublicPhone">A French number, stored as 05 59 92 44 44.</param>
/// <param name="Siren">9 digits with a valid Luhn check digit.</param>
/// <param name="Siret">14 digits; its first 9 are the SIREN when both are given.</param>
/// <param name="Rna">W followed by 9 characters (W643001234), or an older prefecture file number.</param>
/// <param name="IsInternationalSolidarity">Only for associations: international solidarity is their purpose.</param>
public sealed record ActorProfileRequest(
    [property: Required, StringLength(Actor.NameMaxLength, MinimumLength = 2), VisibleText(2)] string Name,
    [property: Required] ActorKind? Kind,
    [property: Required] string TerritoryCode,
    [property: StringLength(Actor.DescriptionMaxLength)] string? Description = null,
    IReadOnlyList<string>? Themes = null,
    IReadOnlyList<string>? ServedAreas = null,
    AddressModel? Address = null,
    [property: StringLength(Actor.WebsiteMaxLength)] string? Website = null,
    [property: StringLength(Actor.EmailMaxLength)] string? PublicEmail = null,
    [property: StringLength(FrenchPhoneNumber.MaxLength)] string? PublicPhone = null,
    string? Siren = null,
    string? Siret = null,
    string? Rna = null,
    bool IsInternationalSolidarity = false)
{
    /// <summary>
    /// The checks attributes cannot express (identifiers, slugs, references, formats), all at
    /// once so the caller gets every problem in one answer. Whether the commune and the served
    /// territories exist is for the handler to ask the database.
    /// </summary>
    public bool TryGetProfile([NotNullWhen(true)] out ActorProfile? profile, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (!CommuneCode.IsValid(TerritoryCode))
        {
            errors.AddError("territoryCode", $"'{TerritoryCode}' is not an INSEE commune code (5 characters, e.g. 64129).");
        }

        var themes = ReadThemes(errors);
        var servedAreas = ReadServedAreas(errors);
        var website = Blank(Website);
        if (website is not null && !WebAddress.IsValid(website))
        {
            errors.AddError("website", $"'{website}' is not an absolute http or https address (e.g. https://www.billere.fr).");
        }

        var publicEmail = Blank(PublicEmail);
        if (publicEmail is not null && !EmailAddressRule.IsValid(publicEmail))
        {
            errors.AddError("publicEmail", $"'{publicEmail}' is not an e-mail address.");
        }

        string? publicPhone = null;
        if (Blank(PublicPhone) is { } phone && !FrenchPhoneNumber.TryNormalize(phone, out publicPhone))
        {
            errors.AddError("publicPhone", $"'{phone}' is not a French phone number (10 digits such as 05 59 92 44 44, or +33 5 59 92 44 44).");
        }

        var (siren, siret, rna) = ReadIdentifiers(errors);
        if (IsInternationalSolidarity && Kind is not ActorKind.Association)
        {
            errors.AddError("isInternationalSolidarity", "Only an association can be an international-solidarity association; leave it false for other kinds.");
        }

        profile = errors.Count > 0 ? null : new ActorProfile(
            Name.Trim(), Kind!.Value, Blank(Description), themes, servedAreas, Address?.ToPostalAddress() ?? new PostalAddress(null, null, null),
            website, publicEmail, publicPhone, siren, siret, rna, IsInternationalSolidarity);
        return profile is not null;
    }

    private List<string> ReadThemes(Dictionary<string, string[]> errors)
    {
        var themes = new List<string>();
        if (Themes?.Count > ActorTheme.MaxCount)
        {
            errors.AddError("themes", $"An actor has at most {ActorTheme.MaxCount} themes; {Themes.Count} were given.");
            return themes;
        }

        foreach (var (theme, index) in (Themes ?? []).Select((theme, index) => (theme?.Trim() ?? "", index)))
        {
            if (!ActorTheme.IsSlug(theme))
            {
                errors.AddError($"themes[{index}]", $"'{theme}' is not a theme slug: lower-case letters and digits, words joined by hyphens, at most {ActorTheme.MaxLength} characters (e.g. food-sovereignty).");
            }
            else if (!themes.Contains(theme))
            {
                themes.Add(theme);
            }
        }

        return themes;
    }

    private List<TerritoryReference> ReadServedAreas(Dictionary<string, string[]> errors)
    {
        var areas = new List<TerritoryReference>();
        if (ServedAreas?.Count > Actor.MaxServedAreas)
        {
            errors.AddError("servedAreas", $"An actor serves at most {Actor.MaxServedAreas} territories; {ServedAreas.Count} were given.");
            return areas;
        }

        foreach (var (text, index) in (ServedAreas ?? []).Select((text, index) => (text?.Trim() ?? "", index)))
        {
            if (!TerritoryReference.TryParse(text, out var area))
            {
                errors.AddError($"servedAreas[{index}]", $"'{text}' is not a territory reference: use {TerritoryReference.Expected}.");
            }
            else if (!areas.Contains(area))
            {
                areas.Add(area);
            }
        }

        return areas;
    }

    private (string? Siren, string? Siret, string? Rna) ReadIdentifiers(Dictionary<string, string[]> errors)
    {
        string? siren = null, siret = null, rna = null;
        if (Blank(Siren) is { } sirenText && !Domain.Identifiers.Siren.TryParse(sirenText, out siren, out var sirenError))
        {
            errors.AddError("siren", sirenError);
        }

        if (Blank(Siret) is { } siretText && !Domain.Identifiers.Siret.TryParse(siretText, out siret, out var siretError))
        {
            errors.AddError("siret", siretError);
        }

        if (siren is not null && siret is not null && Domain.Identifiers.Siret.SirenOf(siret) != siren)
        {
            errors.AddError("siret", $"SIRET {siret} belongs to SIREN {Domain.Identifiers.Siret.SirenOf(siret)}, not to this actor's SIREN {siren}.");
        }

        if (Blank(Rna) is { } rnaText && !Domain.Identifiers.Rna.TryParse(rnaText, out rna, out var rnaError))
        {
            errors.AddError("rna", rnaError);
        }

        return (siren, siret, rna);
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A postal address in France.</summary>
public sealed record AddressModel(
    [property: StringLength(300)] string? Street,
    [property: RegularExpression("^[0-9]{5}$", ErrorMessage = "A French postal code has 5 digits (e.g. 64140).")] string? PostalCode,
    [property: StringLength(200)] string? City)
{
    public PostalAddress ToPostalAddress() =>
        new(ActorProfileRequest.Blank(Street), ActorProfileRequest.Blank(PostalCode), ActorProfileRequest.Blank(City));

    public static AddressModel? From(PostalAddress address) =>
        address is { Street: null, PostalCode: null, City: null } ? null : new(address.Street, address.PostalCode, address.City);
}

/// <param name="TerritoryCode">INSEE code of the commune the actor is based in.</param>
/// <param name="EpciCode">SIREN of the commune's EPCI, when it belongs to one.</param>
/// <param name="Contacts">The contact persons the reader may see; absent when the endpoint does not include them.</param>
public sealed record ActorResponse(
    Guid Id,
    string Name,
    ActorKind Kind,
    string TerritoryCode,
    string? Description,
    ActorStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? EpciCode,
    string DepartmentCode,
    string RegionCode,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> ServedAreas,
    AddressModel? Address,
    string? Website,
    string? PublicEmail,
    string? PublicPhone,
    string? Siren,
    string? Siret,
    string? Rna,
    bool IsInternationalSolidarity,
    DateTimeOffset? ArchivedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ContactResponse>? Contacts = null)
{
    /// <summary>The public profile, without contacts.</summary>
    public static ActorResponse From(Actor actor) => new(
        actor.Id, actor.Name, actor.Kind, actor.Location.CommuneCode, actor.Description, actor.Status, actor.CreatedAt, actor.UpdatedAt,
        actor.Location.EpciCode, actor.Location.DepartmentCode, actor.Location.RegionCode,
        actor.Themes, actor.ServedAreas, AddressModel.From(actor.Address),
        actor.Website, actor.PublicEmail, actor.PublicPhone, actor.Siren, actor.Siret, actor.Rna,
        actor.IsInternationalSolidarity, actor.ArchivedAt);

    /// <summary>
    /// The profile with the contacts <paramref name="reader"/> may see (<see cref="ContactAccess"/>):
    /// load the actor with <c>Include(actor =&gt; actor.Contacts)</c>.
    /// </summary>
    public static ActorResponse From(Actor actor, ClaimsPrincipal reader)
    {
        var withConsent = ContactAccess.CanManage(reader, actor.Id);
        return From(actor) with
        {
            Contacts = ContactAccess.ContactsVisibleTo(reader, actor)
                .OrderBy(contact => contact.Id)
                .Select(contact => ContactResponse.From(contact, withConsent))
                .ToList(),
        };
    }
}
