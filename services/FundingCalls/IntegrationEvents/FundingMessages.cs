using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Grants;
using FundingCalls.Domain.Reports;
using Ssi.Contracts.FundingCalls;
using Ssi.ServiceDefaults.Http;

namespace FundingCalls.IntegrationEvents;

/// <summary>The integration events funding announces, built from its entities.</summary>
internal static class FundingMessages
{
    public static CallOpened Opened(FundingCall call, string funderName, DateTimeOffset now) =>
        new(call.Id, call.FunderId, funderName, call.Title, call.Edition, call.ScopeTerritory, call.Eligibility.ActorKinds,
            call.EnvelopeCents, call.OpensAt, call.ClosesAt, now);

    public static CallClosingSoon ClosingSoon(FundingCall call, IReadOnlyList<Guid> draftApplicantIds, DateTimeOffset now) =>
        new(call.Id, call.Title, call.ScopeTerritory, call.ClosesAt, draftApplicantIds, now);

    public static CallClosed Closed(FundingCall call, int submittedApplications, DateTimeOffset now) =>
        new(call.Id, call.Title, call.ClosedAt ?? now, submittedApplications, now);

    public static ApplicationSubmitted Submitted(GrantApplication application, bool resubmission, DateTimeOffset now) =>
        new(application.Id, application.CallId, application.ApplicantId, application.Project.Title, application.RequestedCents,
            application.EventIds, resubmission, now);

    public static CorrectionRequested CorrectionRequested(GrantApplication application, string reason, DateTimeOffset now) =>
        new(application.Id, application.CallId, application.ApplicantId, application.Project.Title, reason, now);

    public static ApplicationAccepted Accepted(GrantApplication application, Grant grant, DateTimeOffset now) =>
        new(application.Id, application.CallId, application.ApplicantId, application.Project.Title, grant.AmountCents, grant.DeliberationNumber, now);

    public static ApplicationRefused Refused(GrantApplication application, string reason, string deliberationNumber, DateTimeOffset now) =>
        new(application.Id, application.CallId, application.ApplicantId, application.Project.Title, reason, deliberationNumber, now);

    public static GrantAwarded Awarded(Grant grant, string funderName, string beneficiaryName, DateTimeOffset now) =>
        new(grant.Id, grant.ApplicationId, grant.CallId, grant.FunderId, funderName, grant.BeneficiaryId, beneficiaryName, grant.ProjectTitle,
            grant.AmountCents, grant.DeliberationNumber, grant.EventIds, now);

    public static ReportSubmitted ReportSubmitted(Grant grant, GrantReport report, DateTimeOffset now) =>
        new(grant.Id, grant.BeneficiaryId, grant.FunderId, report.ActualCharges, report.ForecastCharges, report.Participants, now);

    public static PaymentDue PaymentDue(Grant grant, GrantPayment payment, DateTimeOffset now) =>
        new(grant.Id, payment.Id, grant.FunderId, grant.BeneficiaryId, ApiEnum<PaymentKind>.NameOf(payment.Kind), payment.AmountCents, payment.DueOn, now);

    public static ReportDue ReportDue(Grant grant, bool overdue, DateTimeOffset now) =>
        new(grant.Id, grant.BeneficiaryId, grant.ProjectTitle, grant.ReportDueOn, overdue, now);
}
