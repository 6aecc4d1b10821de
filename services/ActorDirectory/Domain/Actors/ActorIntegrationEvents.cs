using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Domain.Actors;

/// <summary>What the directory tells other services about an actor, in the contracts' vocabulary.</summary>
public static class ActorIntegrationEvents
{
    public static ActorRegistered Registered(Actor actor) => new(
        actor.Id,
        actor.Revision,
        actor.Name,
        ApiEnum<ActorKind>.NameOf(actor.Kind),
        actor.Location.CommuneCode,
        ApiEnum<ActorStatus>.NameOf(actor.Status),
        actor.CreatedAt,
        actor.Location.EpciCode,
        actor.Location.DepartmentCode,
        actor.Location.RegionCode,
        [.. actor.Themes],
        [.. actor.ServedAreas],
        actor.IsInternationalSolidarity,
        actor.Siren,
        actor.Siret,
        actor.Rna,
        actor.Website,
        actor.PublicEmail,
        actor.PublicPhone);

    public static ActorUpdated Updated(Actor actor) => new(
        actor.Id,
        actor.Revision,
        actor.Name,
        ApiEnum<ActorKind>.NameOf(actor.Kind),
        actor.Location.CommuneCode,
        actor.Location.EpciCode,
        actor.Location.DepartmentCode,
        actor.Location.RegionCode,
        ApiEnum<ActorStatus>.NameOf(actor.Status),
        [.. actor.Themes],
        [.. actor.ServedAreas],
        actor.IsInternationalSolidarity,
        actor.Siren,
        actor.Siret,
        actor.Rna,
        actor.Website,
        actor.PublicEmail,
        actor.PublicPhone,
        actor.UpdatedAt);

    public static ActorArchived Archived(Actor actor) => new(
        actor.Id,
        actor.Revision,
        actor.Name,
        ApiEnum<ActorKind>.NameOf(actor.Kind),
        actor.Location.CommuneCode,
        actor.ArchivedAt ?? actor.UpdatedAt,
        actor.Location.EpciCode,
        actor.Location.DepartmentCode,
        actor.Location.RegionCode);
}
