using Ssi.ServiceDefaults.Text;
using FundingCalls.Documents;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Committees;
using FundingCalls.Domain.Grants;
using FundingCalls.Domain.Scheduling;
using FundingCalls.IntegrationEvents;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Time;

namespace FundingCalls.Data;

/// <summary>What a committee's deliberation does, once its rules are checked, inside the caller's transaction.</summary>
internal static class Deliberations
{
    /// <summary>
    /// Numbers the deliberation in the funder's register and applies it: an award reserves its amount on
    /// the envelope, accepts the application and creates the grant, with its report reminders and
    /// GrantAwarded (for the calendar's "soutenu par"); a refusal refuses it; an adjournment leaves it
    /// for a later session.
    /// </summary>
    /// <returns>The decision recorded, or null when the envelope cannot pay the award (nothing done).</returns>
    public static async Task<CommitteeDecision?> TakeAsync(FundingDbContext db, CommitteeSession session, FundingCall call, GrantApplication application,
        DecisionOutcome outcome, long? amountCents, string? reason, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (outcome == DecisionOutcome.Accepted && !await Envelopes.TryReserveAsync(db, call.Id, amountCents!.Value, cancellationToken))
        {
            return null;
        }

        var number = await DeliberationRegister.NextAsync(db, call.FunderId, ParisTime.ToParis(session.HeldAt).Year, cancellationToken);
        var decision = new CommitteeDecision(application.Id, outcome, amountCents, reason, number, actor, now);
        session.Record(decision);
        switch (outcome)
        {
            case DecisionOutcome.Accepted:
                await AwardAsync(db, call, application, decision, actor, now, cancellationToken);
                break;
            case DecisionOutcome.Refused:
                application.Refuse(actor, $"Délibération n° {number} : {reason}", now);
                db.AddIntegrationEvent(FundingMessages.Refused(application, reason!, number, now));
                break;
        }

        return decision;
    }

    private static async Task AwardAsync(FundingDbContext db, FundingCall call, GrantApplication application, CommitteeDecision decision, string actor,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var grant = new Grant(application.Id, call.Id, call.FunderId, application.ApplicantId, application.Project.Title, decision.AmountCents!.Value,
            decision.DeliberationNumber, application.EventIds, call.ReportDueOn, now);
        application.Accept(actor, $"Délibération n° {decision.DeliberationNumber} : {FrenchFormat.Euros(grant.AmountCents)}", now);
        db.Grants.Add(grant);
        var dueAt = ParisTime.StartOf(call.ReportDueOn);
        db.DueJobs.Add(new DueJob(DueJobKind.RemindReport, grant.Id, dueAt.AddDays(-30)));
        db.DueJobs.Add(new DueJob(DueJobKind.ReportOverdue, grant.Id, dueAt.AddDays(1)));
        var names = await db.Actors.Where(a => a.ActorId == call.FunderId || a.ActorId == application.ApplicantId)
            .ToDictionaryAsync(a => a.ActorId, a => a.Name, cancellationToken);
        db.AddIntegrationEvent(FundingMessages.Accepted(application, grant, now));
        db.AddIntegrationEvent(FundingMessages.Awarded(grant, names[call.FunderId], names[application.ApplicantId], now));
    }
}
