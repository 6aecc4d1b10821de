using System.ComponentModel.DataAnnotations;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Budgets;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <param name="ApplicantId">The directory actor applying; the caller acts for it (member role).</param>
/// <param name="EventIds">The calendar events the project funds (published, organised or co-organised by the applicant).</param>
/// <param name="RequestedCents">The amount asked of this call, in euro cents: the budget's missing subsidy line.</param>
/// <param name="Documents">The pieces joined for the call's required documents, by key.</param>
public sealed record ApplicationRequest(
    [property: Required] Guid? ApplicantId,
    [property: Required] ProjectRequest? Project,
    [property: MaxLength(50)] IReadOnlyList<Guid>? EventIds,
    [property: Required] BudgetRequest? Budget,
    [property: Required, Range(1L, Amounts.MaxCents)] long? RequestedCents,
    [property: MaxLength(30), NoNullItems] IReadOnlyList<DocumentRequest>? Documents,
    [property: Required] ContactRequest? Contact);

/// <param name="Territory">Where the project takes place, as <c>kind:code</c> (<c>commune:59350</c>).</param>
public sealed record ProjectRequest(
    [property: Required, StringLength(200, MinimumLength = 3), VisibleText(3), PlainText] string Title,
    [property: Required, StringLength(8000, MinimumLength = 10), VisibleText(10), PlainText(singleLine: false)] string Objectives,
    [property: Required, StringLength(4000, MinimumLength = 3), VisibleText(3), PlainText(singleLine: false)] string Beneficiaries,
    [property: Required, StringLength(40)] string Territory,
    [property: Required] DateOnly? StartsOn,
    [property: Required] DateOnly? EndsOn);

/// <summary>The CERFA 12156 forecast budget; every amount in euro cents.</summary>
/// <param name="Charges">Accounts 60 to 68.</param>
/// <param name="Income">Accounts 70 to 79 except 74 (sales, membership fees, donations...).</param>
/// <param name="CoFunders">The other subsidies (account 74), each with its status.</param>
/// <param name="InKindCharges">Voluntary contributions used (86: 860, 861, 862, 864).</param>
/// <param name="InKindIncome">Voluntary contributions received (87: 870, 871, 875).</param>
public sealed record BudgetRequest(
    [property: Required, MinLength(1), MaxLength(ProjectBudget.MaxLines), NoNullItems] IReadOnlyList<BudgetLineRequest>? Charges,
    [property: MaxLength(ProjectBudget.MaxLines), NoNullItems] IReadOnlyList<BudgetLineRequest>? Income,
    [property: MaxLength(ProjectBudget.MaxLines), NoNullItems] IReadOnlyList<CoFunderRequest>? CoFunders,
    [property: MaxLength(ProjectBudget.MaxLines), NoNullItems] IReadOnlyList<BudgetLineRequest>? InKindCharges,
    [property: MaxLength(ProjectBudget.MaxLines), NoNullItems] IReadOnlyList<BudgetLineRequest>? InKindIncome);

public sealed record BudgetLineRequest(
    [property: Required, StringLength(6)] string Account,
    [property: Required, StringLength(200, MinimumLength = 2), VisibleText(2), PlainText] string Label,
    [property: Required, Range(0L, Amounts.MaxCents)] long? AmountCents);

/// <param name="Status">requested, granted or refused.</param>
public sealed record CoFunderRequest(
    [property: Required, StringLength(200, MinimumLength = 2), VisibleText(2), PlainText] string Name,
    Guid? ActorId,
    [property: Required, Range(1L, Amounts.MaxCents)] long? AmountCents,
    [property: Required] CoFundingStatus? Status);

public sealed record DocumentRequest(
    [property: Required, StringLength(60)] string Key,
    [property: Required, StringLength(200, MinimumLength = 2), VisibleText(2), PlainText] string Title,
    [property: Required, StringLength(2000)] string Url);

/// <param name="ContactId">The person's contact id in the directory, if they are one: erased from here with them.</param>
public sealed record ContactRequest(
    Guid? ContactId,
    [property: Required, StringLength(200, MinimumLength = 2), VisibleText(2), PlainText] string Name,
    [property: Required, StringLength(254)] string Email,
    [property: StringLength(32)] string? Phone);

public sealed record ApplicationResponse(
    Guid Id,
    Guid CallId,
    ActorName Applicant,
    string Status,
    ProjectDescription Project,
    IReadOnlyList<Guid> EventIds,
    ProjectBudget Budget,
    long RequestedCents,
    IReadOnlyList<AttachedDocument> Documents,
    ApplicationContact? Contact,
    IReadOnlyList<CorrectionResponse> Corrections,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ApplicationResponse From(GrantApplication application, string applicantName) =>
        new(application.Id, application.CallId, new ActorName(application.ApplicantId, applicantName), ApiEnum<ApplicationStatus>.NameOf(application.Status),
            application.Project, application.EventIds, application.Budget, application.RequestedCents, application.Documents, application.Contact,
            [.. application.Corrections.OrderBy(c => c.RequestedAt).Select(c => new CorrectionResponse(c.Id, c.Reason, c.RequestedAt, c.AnsweredAt))],
            application.SubmittedAt, application.CreatedAt, application.UpdatedAt);
}

/// <param name="AnsweredAt">When the applicant submitted the corrected application; null while it is with them.</param>
public sealed record CorrectionResponse(Guid Id, string Reason, DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt);

/// <summary>A line of an application's audit trail.</summary>
/// <param name="From">Null for the creation of the draft.</param>
public sealed record TransitionResponse(long Sequence, string Actor, string? From, string To, string? Reason, DateTimeOffset OccurredAt)
{
    public static TransitionResponse Of(ApplicationTransition transition) =>
        new(transition.Id, transition.Actor, transition.From is { } from ? ApiEnum<ApplicationStatus>.NameOf(from) : null,
            ApiEnum<ApplicationStatus>.NameOf(transition.To), transition.Reason, transition.OccurredAt);
}

/// <param name="Reason">Why, for the applicant and the audit trail (required to ask for corrections).</param>
public sealed record TransitionRequest([property: StringLength(GrantApplication.ReasonMaxLength), PlainText(singleLine: false)] string? Reason);
