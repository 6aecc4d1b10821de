using Ssi.ServiceDefaults.Territories;

namespace Ssi.DirectoryReplica;

/// <summary>
/// What a service knows of an actor of the directory, kept up to date from the directory's
/// integration events: enough to accept or refuse it in a role (organiser, applicant, funder)
/// and to name it. Written only by <see cref="DirectoryActors"/>, in SQL, newest revision winning.
/// </summary>
public sealed class DirectoryActor
{
    private DirectoryActor()
    {
    }

    public Guid ActorId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The directory's actor kind in kebab-case (<c>association</c>, <c>commune</c>...); empty when the news predates kinds.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The commune the actor is based in and the territories above it.</summary>
    public TerritoryLocation Location { get; private set; } = null!;

    public bool IsActive { get; private set; }

    public string? Siret { get; private set; }

    public string? Rna { get; private set; }

    /// <summary>The directory's theme slugs (kebab-case).</summary>
    public List<string> Themes { get; private set; } = [];

    /// <summary>The organisation's public address, when it gives one.</summary>
    public string? PublicEmail { get; private set; }

    /// <summary>The directory's revision of the actor these facts come from; older news never overwrites newer.</summary>
    public long Revision { get; private set; }

    /// <summary>When the directory stated these facts.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
}
