using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Territories;

namespace Ssi.DirectoryReplica;

/// <summary>What the directory states about an actor, at one of its revisions.</summary>
/// <param name="StatesIdentifiers">Whether the news gives the identifiers, themes and public e-mail (an archive does not repeat them: the known ones stay).</param>
public sealed record ActorNews(
    Guid ActorId,
    long Revision,
    string Name,
    string Kind,
    TerritoryLocation Location,
    bool IsActive,
    string? Siret,
    string? Rna,
    IReadOnlyList<string> Themes,
    string? PublicEmail,
    bool StatesIdentifiers,
    DateTimeOffset StatedAt)
{
    public static ActorNews From(ActorRegistered message) =>
        new(message.ActorId, message.Revision, message.Name, message.Kind,
            Locate(message.TerritoryCode, message.EpciCode, message.DepartmentCode, message.RegionCode),
            message.Status == "active", message.Siret, message.Rna, message.Themes ?? [], message.PublicEmail, StatesIdentifiers: true, message.OccurredAt);

    public static ActorNews From(ActorUpdated message) =>
        new(message.ActorId, message.Revision, message.Name, message.Kind,
            Locate(message.TerritoryCode, message.EpciCode, message.DepartmentCode, message.RegionCode),
            message.Status == "active", message.Siret, message.Rna, message.Themes, message.PublicEmail, StatesIdentifiers: true, message.OccurredAt);

    public static ActorNews From(ActorArchived message) =>
        new(message.ActorId, message.Revision, message.Name, message.Kind,
            Locate(message.TerritoryCode, message.EpciCode, message.DepartmentCode, message.RegionCode),
            IsActive: false, Siret: null, Rna: null, Themes: [], PublicEmail: null, StatesIdentifiers: false, message.OccurredAt);

    /// <remarks>News from before the directory sent every level may lack the department (read from the commune code) or the region.</remarks>
    private static TerritoryLocation Locate(string communeCode, string? epciCode, string? departmentCode, string? regionCode) =>
        new(communeCode, epciCode, departmentCode ?? CommuneCode.DepartmentOf(communeCode), regionCode ?? "");
}
