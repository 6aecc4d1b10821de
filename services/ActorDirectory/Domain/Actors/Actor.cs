using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;
namespace ActorDirectory.Domain.Actors;

/// <summary>An organisation taking part in the SSI: a local authority, an association, a school...</summary>
public sealed class Actor
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int MaxServedAreas = 50;
    public const int WebsiteMaxLength = 500;
    public const int EmailMaxLength = 254;

    private Actor()
    {
    }

    public Actor(string name, ActorKind kind, TerritoryLocation location, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Rename(name);
        Kind = kind;
        Location = location;
        Status = ActorStatus.Active;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The name and description in <see cref="TextSearch"/> form, for search.</summary>
    public string SearchText { get; private set; } = "";

    public ActorKind Kind { get; set; }

    public string? Description { get; private set; }

    /// <summary>Themes in kebab-case (e.g. <c>migrations</c>, <c>climate</c>, <c>food-sovereignty</c>).</summary>
    public List<string> Themes { get; set; } = [];

    /// <summary>Where the actor is based.</summary>
    public TerritoryLocation Location { get; set; } = null!;

    /// <summary>The territories it serves, as references like <c>department:64</c> or <c>epci:200067254</c>.</summary>
    public List<string> ServedAreas { get; set; } = [];

    public PostalAddress Address { get; set; } = new(null, null, null);

    public string? Website { get; set; }

    public string? PublicEmail { get; set; }

    public string? PublicPhone { get; set; }

    /// <summary>SIREN (9 digits) of a local authority, company or employing association.</summary>
    public string? Siren { get; set; }

    /// <summary>SIRET (14 digits) of the actor's establishment, when it has one.</summary>
    public string? Siret { get; set; }

    /// <summary>RNA number of an association: W and 9 digits, or an older prefecture number.</summary>
    public string? Rna { get; set; }

    /// <summary>For associations: whether international solidarity is their purpose (an ASI).</summary>
    public bool IsInternationalSolidarity { get; set; }

    public ActorStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public List<Contact> Contacts { get; private set; } = [];

    /// <summary>
    /// Counts the changes other services hear of (1 at registration): integration events carry it
    /// so that a consumer keeps the newest state whatever order they arrive in.
    /// </summary>
    public long Revision { get; private set; } = 1;

    /// <summary>PostgreSQL's row version, for optimistic concurrency and ETags.</summary>
    public uint Version { get; private set; }

    public static Actor Register(ActorProfile profile, TerritoryLocation location, DateTimeOffset now)
    {
        var actor = new Actor(profile.Name, profile.Kind, location, now);
        actor.Edit(profile, location, now);
        return actor;
    }

    /// <summary>Replaces everything its editors set (a full update).</summary>
    public void Edit(ActorProfile profile, TerritoryLocation location, DateTimeOffset now)
    {
        Name = profile.Name;
        Describe(profile.Description);
        Kind = profile.Kind;
        Location = location;
        Themes = [.. profile.Themes];
        ServedAreas = [.. profile.ServedAreas.Select(area => area.ToString())];
        Address = profile.Address;
        Website = profile.Website;
        PublicEmail = profile.PublicEmail;
        PublicPhone = profile.PublicPhone;
        Siren = profile.Siren;
        Siret = profile.Siret;
        Rna = profile.Rna;
        IsInternationalSolidarity = profile.IsInternationalSolidarity;
        Touch(now);
    }

    public void Rename(string name)
    {
        Name = name;
        SearchText = TextSearch.Normalize($"{Name} {Description}");
    }

    public void Describe(string? description)
    {
        Description = description;
        SearchText = TextSearch.Normalize($"{Name} {Description}");
    }

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    /// <returns>False when the actor was already archived.</returns>
    public bool Archive(DateTimeOffset now)
    {
        if (Status == ActorStatus.Archived)
        {
            return false;
        }

        Status = ActorStatus.Archived;
        ArchivedAt = now;
        Touch(now);
        return true;
    }
}
