using System.ComponentModel.DataAnnotations;
using ActorDirectory.Domain.Collectives;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints;

/// <param name="CoordinatorActorId">The active actor that coordinates the collective, e.g. a town hall.</param>
/// <param name="CommuneCode">INSEE code of the commune the collective acts in.</param>
/// <param name="Edition">The year of the edition of the week.</param>
public sealed record CreateCollectiveRequest(
    [property: Required, StringLength(Collective.NameMaxLength, MinimumLength = 2), VisibleText(2)] string Name,
    [property: StringLength(Collective.DescriptionMaxLength)] string? Description,
    [property: Required] Guid? CoordinatorActorId,
    [property: Required] string CommuneCode,
    [property: Required, Range(Editions.First, Editions.Last)] int? Edition);

public sealed record CollectiveSummary(
    Guid Id,
    string Name,
    string? Description,
    Guid CoordinatorActorId,
    string CommuneCode,
    int Edition,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CollectiveSummary From(Collective collective) => new(
        collective.Id, collective.Name, collective.Description, collective.CoordinatorActorId, collective.Location.CommuneCode,
        collective.Edition, collective.CreatedAt, collective.UpdatedAt);
}

/// <param name="Members">Current memberships (not left).</param>
/// <param name="PastMembers">Memberships that ended, with the days they started and ended; an actor that joined again appears in both lists.</param>
public sealed record CollectiveResponse(
    Guid Id,
    string Name,
    string? Description,
    Guid CoordinatorActorId,
    string CoordinatorName,
    string CommuneCode,
    string CommuneName,
    int Edition,
    IReadOnlyList<CollectiveMemberResponse> Members,
    IReadOnlyList<CollectiveMemberResponse> PastMembers,
    IReadOnlyList<WorkingGroupResponse> WorkingGroups,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>An actor, or a citizen (then <c>actorId</c> is null), joining on a day.</summary>
/// <param name="CitizenName">For a citizen instead of an actor: the name only (personal data).</param>
public sealed record JoinCollectiveRequest(
    Guid? ActorId,
    [property: StringLength(CollectiveMember.CitizenNameMaxLength, MinimumLength = 2), VisibleText(2)] string? CitizenName,
    [property: Required] DateOnly? JoinedOn,
    IReadOnlyList<CollectiveRole>? Roles) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((ActorId is null) == string.IsNullOrWhiteSpace(CitizenName))
        {
            yield return new ValidationResult("Give either the actorId of a member organisation or the citizenName of a citizen, not both.", [nameof(ActorId)]);
        }
    }
}

/// <param name="LeftOn">The first day the member no longer belongs to the collective.</param>
public sealed record LeaveCollectiveRequest([property: Required] DateOnly? LeftOn);

/// <param name="SignedOn">The day the member signed the SSI charter.</param>
public sealed record SignCharterRequest([property: Required] DateOnly? SignedOn);

/// <param name="Roles">All the member's roles: they replace the previous ones.</param>
public sealed record AssignRolesRequest([property: Required] IReadOnlyList<CollectiveRole>? Roles);

/// <summary>One membership, from the day it joined up to (not including) the day it left.</summary>
/// <param name="Id">The membership id: joining again makes a new one.</param>
/// <param name="ActorId">Null for a citizen.</param>
/// <param name="CitizenName">Only shown to those who manage the collective.</param>
public sealed record CollectiveMemberResponse(
    Guid Id,
    Guid? ActorId,
    string? ActorName,
    string? CitizenName,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    DateOnly? CharterSignedOn,
    IReadOnlyList<CollectiveRole> Roles)
{
    /// <param name="actorNames">The names of the member actors, by id.</param>
    /// <param name="showCitizenNames">Whether the reader may see citizens' names.</param>
    public static CollectiveMemberResponse From(CollectiveMember member, IReadOnlyDictionary<Guid, string> actorNames, bool showCitizenNames) => new(
        member.Id,
        member.ActorId,
        member.ActorId is { } actorId ? actorNames.GetValueOrDefault(actorId) : null,
        showCitizenNames ? member.CitizenName : null,
        member.JoinedOn,
        member.LeftOn,
        member.CharterSignedOn,
        member.Roles);
}

/// <param name="LeadActorId">The lead organisation ("chef de file"): a current member actor of the collective.</param>
public sealed record CreateWorkingGroupRequest(
    [property: Required, StringLength(WorkingGroup.NameMaxLength, MinimumLength = 2), VisibleText(2)] string Name,
    [property: StringLength(WorkingGroup.PurposeMaxLength)] string? Purpose,
    [property: Required] Guid? LeadActorId);

/// <param name="MemberActorIds">The actors in the group, its lead included.</param>
public sealed record WorkingGroupResponse(Guid Id, string Name, string? Purpose, Guid LeadActorId, IReadOnlyList<Guid> MemberActorIds)
{
    public static WorkingGroupResponse From(WorkingGroup group) =>
        new(group.Id, group.Name, group.Purpose, group.LeadActorId, group.MemberActorIds);
}
