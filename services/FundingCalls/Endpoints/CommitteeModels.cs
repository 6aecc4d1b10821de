using System.ComponentModel.DataAnnotations;
using FundingCalls.Domain.Committees;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <param name="HeldAt">When the committee sits: a Europe/Paris local time (2026-07-09T18:30) or an instant with its offset.</param>
/// <param name="Quorum">How many members must be present for it to decide.</param>
/// <param name="Agenda">The applications it examines, in order: the call's, awaiting a decision.</param>
public sealed record SessionRequest(
    [property: Required, StringLength(40)] string HeldAt,
    [property: Required, StringLength(CommitteeSession.PlaceMaxLength, MinimumLength = 2), VisibleText(2), PlainText] string Place,
    [property: Required, Range(1, 100)] int? Quorum,
    [property: Required, MinLength(1), MaxLength(100), NoNullItems] IReadOnlyList<MemberRequest>? Members,
    [property: Required, MaxLength(500)] IReadOnlyList<Guid>? Agenda);

/// <param name="Role">Their quality in French, printed in the minutes (e.g. "Présidente", "Élu délégué").</param>
public sealed record MemberRequest(
    [property: Required, StringLength(200, MinimumLength = 2), VisibleText(2), PlainText] string Name,
    [property: Required, StringLength(100, MinimumLength = 2), VisibleText(2), PlainText] string Role);

/// <param name="Present">The names of the members present; the others are absent.</param>
public sealed record AttendanceRequest([property: Required, MaxLength(100), NoNullItems] IReadOnlyList<string>? Present);

/// <param name="Outcome">accepted (with amountCents), refused (with a reason) or adjourned.</param>
/// <param name="AmountCents">The grant, when accepted: at most the amount requested, the call's maximum and what is left of its envelope.</param>
/// <param name="Reason">Why, in French: required to refuse, printed in the minutes.</param>
public sealed record DecisionRequest(
    [property: Required] Guid? ApplicationId,
    [property: Required] DecisionOutcome? Outcome,
    [property: Range(1L, Domain.Budgets.Amounts.MaxCents)] long? AmountCents,
    [property: StringLength(2000), PlainText(singleLine: false)] string? Reason);

public sealed record DecisionResponse(Guid Id, Guid ApplicationId, string Outcome, long? AmountCents, string? Reason, string DeliberationNumber, DateTimeOffset DecidedAt)
{
    public static DecisionResponse From(CommitteeDecision decision) =>
        new(decision.Id, decision.ApplicationId, ApiEnum<DecisionOutcome>.NameOf(decision.Outcome), decision.AmountCents, decision.Reason,
            decision.DeliberationNumber, decision.DecidedAt);
}

public sealed record SessionResponse(
    Guid Id,
    Guid CallId,
    DateTimeOffset HeldAt,
    string Place,
    int Quorum,
    IReadOnlyList<CommitteeMember> Members,
    int PresentCount,
    bool HasQuorum,
    IReadOnlyList<Guid> Agenda,
    IReadOnlyList<DecisionResponse> Decisions,
    DateTimeOffset? SignedOffAt)
{
    public static SessionResponse From(CommitteeSession session) =>
        new(session.Id, session.CallId, session.HeldAt, session.Place, session.Quorum, session.Members, session.PresentCount, session.HasQuorum,
            session.Agenda, [.. session.Decisions.OrderBy(decision => decision.DecidedAt).Select(DecisionResponse.From)], session.SignedOffAt);
}

/// <param name="SignedBy">Who signs the minutes, as printed (e.g. "Claire Exemple, présidente de séance").</param>
public sealed record SignOffRequest([property: Required, StringLength(200, MinimumLength = 3), VisibleText(3), PlainText] string SignedBy);
