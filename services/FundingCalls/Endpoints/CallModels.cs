using System.ComponentModel.DataAnnotations;
using FundingCalls.Domain.Budgets;
using FundingCalls.Domain.Calls;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <param name="FunderId">The directory actor funding the call; its staff (funder role, acting for it) write and run it.</param>
/// <param name="Edition">The year of the Semaine the call funds.</param>
/// <param name="Scope">The territory covered, with everything inside it: <c>region:32</c>, <c>department:59</c>, <c>epci:200054781</c>, <c>commune:94033</c>.</param>
/// <param name="EnvelopeCents">The whole budget, in euro cents.</param>
/// <param name="MaxGrantCents">The most one application may be awarded, in euro cents.</param>
/// <param name="CofundingCapPercent">The most of a project's charges the funder pays, in percent (1 to 100).</param>
/// <param name="OpensAt">From when applications are submitted: a Europe/Paris local time (2026-03-01T09:00) or an instant with its offset.</param>
/// <param name="ClosesAt">The deadline: from that instant no application is submitted.</param>
/// <param name="ReportDueOn">When beneficiaries file their final report (CERFA 15059); by default 31 March after the edition.</param>
/// <param name="ReportGapThresholdPercent">Above this gap between a report's forecast and actual totals, a justification is required (15 by default).</param>
public sealed record CallRequest(
    [property: Required] Guid? FunderId,
    [property: Required, Range(2000, 2100)] int? Edition,
    [property: Required, StringLength(FundingCall.TitleMaxLength, MinimumLength = 3), VisibleText(3), PlainText] string Title,
    [property: StringLength(FundingCall.DescriptionMaxLength), PlainText(singleLine: false)] string? Description,
    [property: Required, StringLength(40)] string Scope,
    [property: Required, Range(1L, Amounts.MaxCents)] long? EnvelopeCents,
    [property: Required, Range(1L, Amounts.MaxCents)] long? MaxGrantCents,
    [property: Required, Range(1, 100)] int? CofundingCapPercent,
    [property: Required] EligibilityRequest? Eligibility,
    [property: Required, MinLength(1), MaxLength(20), NoNullItems] IReadOnlyList<CriterionRequest>? Criteria,
    [property: MaxLength(30), NoNullItems] IReadOnlyList<RequiredDocumentRequest>? RequiredDocuments,
    [property: Required, StringLength(40)] string OpensAt,
    [property: Required, StringLength(40)] string ClosesAt,
    DateOnly? ReportDueOn = null,
    [property: Range(1, 100)] int? ReportGapThresholdPercent = null);

/// <param name="ActorKinds">The directory's kinds that may apply (<c>association</c>, <c>commune</c>...); none means any.</param>
/// <param name="MinimumLinkedEvents">How many of its own published events of the edition an application must fund (0 to 20).</param>
public sealed record EligibilityRequest(
    [property: MaxLength(20), NoNullItems] IReadOnlyList<string>? ActorKinds,
    bool ApplicantInScope,
    bool RequireSiretOrRna,
    [property: Range(0, 20)] int MinimumLinkedEvents);

/// <param name="Key">kebab-case, unique in the call (e.g. <c>local-partnership</c>).</param>
/// <param name="Weight">Its share of the 100 points; the weights of a call sum to 100.</param>
public sealed record CriterionRequest(
    [property: Required, StringLength(60)] string Key,
    [property: Required, StringLength(200, MinimumLength = 3), VisibleText(3), PlainText] string Label,
    [property: Range(1, 100)] int Weight);

/// <param name="Key">kebab-case, unique in the call (e.g. <c>statuts</c>, <c>rib</c>).</param>
public sealed record RequiredDocumentRequest(
    [property: Required, StringLength(60)] string Key,
    [property: Required, StringLength(200, MinimumLength = 3), VisibleText(3), PlainText] string Label);

public sealed record CallResponse(
    Guid Id,
    ActorName Funder,
    int Edition,
    string Title,
    string? Description,
    string Scope,
    long EnvelopeCents,
    long MaxGrantCents,
    int CofundingCapPercent,
    EligibilityRules Eligibility,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<RequiredDocument> RequiredDocuments,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    string Status,
    bool AcceptsSubmissions,
    DateOnly ReportDueOn,
    int ReportGapThresholdPercent,
    long AwardedCents,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt)
{
    public static CallResponse From(FundingCall call, string funderName, DateTimeOffset now) =>
        new(call.Id, new ActorName(call.FunderId, funderName), call.Edition, call.Title, call.Description, call.ScopeTerritory,
            call.EnvelopeCents, call.MaxGrantCents, call.CofundingCapPercent, call.Eligibility, call.Criteria, call.RequiredDocuments,
            call.OpensAt, call.ClosesAt, ApiEnum<CallStatus>.NameOf(call.Status), call.AcceptsSubmissionsAt(now), call.ReportDueOn, call.ReportGapThresholdPercent,
            call.AwardedCents, call.OpenedAt, call.ClosedAt);
}

public sealed record ActorName(Guid Id, string Name);
