using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using Ssi.Contracts.FundingCalls;

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
}
