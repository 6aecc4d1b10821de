using System.ComponentModel.DataAnnotations;
using FundingCalls.Domain.Budgets;
using FundingCalls.Domain.Grants;
using FundingCalls.Domain.Reports;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>A grant as public subsidies are published (open data): who gave what to whom, for which project, by which deliberation.</summary>
public sealed record PublicGrantResponse(
    Guid Id,
    ActorName Funder,
    ActorName Beneficiary,
    Guid CallId,
    string CallTitle,
    int Edition,
    string ProjectTitle,
    long AmountCents,
    string DeliberationNumber,
    DateTimeOffset AwardedAt);

public sealed record GrantResponse(
    Guid Id,
    Guid ApplicationId,
    Guid CallId,
    Guid FunderId,
    ActorName Beneficiary,
    string ProjectTitle,
    long AmountCents,
    string DeliberationNumber,
    IReadOnlyList<Guid> EventIds,
    DateTimeOffset AwardedAt,
    bool RequiresAgreement,
    string? AgreementReference,
    DateOnly? AgreementSignedOn,
    IReadOnlyList<PaymentResponse> Payments,
    DateOnly ReportDueOn,
    string ReportStatus,
    ReportResponse? Report)
{
    /// <param name="today">The day in Paris, for <see cref="ReportStatus"/>: <c>filed</c>, <c>due</c> or <c>overdue</c>.</param>
    public static GrantResponse From(Grant grant, string beneficiaryName, GrantReport? report, DateOnly today) =>
        new(grant.Id, grant.ApplicationId, grant.CallId, grant.FunderId, new ActorName(grant.BeneficiaryId, beneficiaryName), grant.ProjectTitle, grant.AmountCents,
            grant.DeliberationNumber, grant.EventIds, grant.AwardedAt, grant.RequiresAgreement, grant.AgreementReference, grant.AgreementSignedOn,
            [.. grant.Payments.OrderBy(payment => payment.DueOn).Select(payment => new PaymentResponse(payment.Id, ApiEnum<PaymentKind>.NameOf(payment.Kind),
                payment.AmountCents, payment.DueOn, payment.PaidOn))],
            grant.ReportDueOn, report is not null ? "filed" : today > grant.ReportDueOn ? "overdue" : "due", report is null ? null : ReportResponse.From(report));
}

/// <param name="Kind">advance, instalment or balance.</param>
public sealed record PaymentResponse(Guid Id, string Kind, long AmountCents, DateOnly DueOn, DateOnly? PaidOn);

/// <param name="Reference">The agreement's reference in the funder's records.</param>
public sealed record AgreementRequest(
    [property: Required, StringLength(100, MinimumLength = 2), VisibleText(2), PlainText] string Reference,
    [property: Required] DateOnly? SignedOn);

/// <param name="Payments">The whole schedule, totalling the grant; it replaces the previous one until a payment is made.</param>
public sealed record ScheduleRequest([property: Required, MinLength(1), MaxLength(12), NoNullItems] IReadOnlyList<PaymentRequest>? Payments);

/// <param name="Kind">advance, instalment or balance.</param>
public sealed record PaymentRequest(
    [property: Required] PaymentKind? Kind,
    [property: Required, Range(1L, Amounts.MaxCents)] long? AmountCents,
    [property: Required] DateOnly? DueOn);

public sealed record PaidRequest([property: Required] DateOnly? PaidOn);

/// <summary>The final report: actual amounts per account of the application's budget, and what happened.</summary>
/// <param name="Charges">Actual charges per account (60 to 68); a forecast account left out counts as nothing spent.</param>
/// <param name="Income">Actual income per account (70 to 79, subsidies under 74).</param>
/// <param name="Participants">How many people took part.</param>
public sealed record ReportRequest(
    [property: Required, MaxLength(ProjectBudget.MaxLines), NoNullItems] IReadOnlyList<ReportLineRequest>? Charges,
    [property: Required, MaxLength(ProjectBudget.MaxLines), NoNullItems] IReadOnlyList<ReportLineRequest>? Income,
    [property: Required, Range(0, 10_000_000)] int? Participants,
    [property: Required, StringLength(GrantReport.NarrativeMaxLength, MinimumLength = 20), VisibleText(20), PlainText(singleLine: false)] string Narrative);

/// <param name="Justification">Why actual and forecast differ: required when they differ by more than the call's threshold.</param>
public sealed record ReportLineRequest(
    [property: Required, StringLength(6)] string Account,
    [property: Required, StringLength(200, MinimumLength = 2), VisibleText(2), PlainText] string Label,
    [property: Required, Range(0L, Amounts.MaxCents)] long? ActualCents,
    [property: StringLength(2000), PlainText(singleLine: false)] string? Justification);

public sealed record ReportResponse(
    IReadOnlyList<ReportLineResponse> Charges,
    IReadOnlyList<ReportLineResponse> Income,
    int Participants,
    string Narrative,
    DateTimeOffset SubmittedAt)
{
    public static ReportResponse From(GrantReport report) =>
        new([.. report.Charges.Select(ReportLineResponse.From)], [.. report.Income.Select(ReportLineResponse.From)], report.Participants, report.Narrative, report.SubmittedAt);
}

/// <param name="GapPercent">The gap in percent of the forecast (100 for a line not forecast).</param>
public sealed record ReportLineResponse(string Account, string Label, long ForecastCents, long ActualCents, long GapCents, decimal GapPercent, string? Justification)
{
    public static ReportLineResponse From(ReportLine line) =>
        new(line.Account, line.Label, line.ForecastCents, line.ActualCents, line.GapCents, line.GapPercent, line.Justification);
}
