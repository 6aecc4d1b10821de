using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Documents;
using FundingCalls.Domain;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Committees;
using FundingCalls.Domain.Grants;
using FundingCalls.Domain.Scheduling;
using FundingCalls.IntegrationEvents;
using FundingCalls.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Time;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>
/// A session's deliberations: accepting (a grant is awarded), refusing or adjourning an
/// application of its agenda, each under the next number of the funder's register.
/// </summary>
public static class DecisionEndpoints
{
    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sessions/{id:guid}/decisions", Decide).WithName("Decide").WithTags("Committee").RequireAuthorization();
        return app;
    }

    /// <remarks>
    /// An award reserves its amount on the call's envelope with one conditional UPDATE inside the
    /// decision's transaction: the row lock serialises concurrent decisions on one call, and an
    /// award that would overdraw the envelope changes nothing. The application's row version
    /// makes a second decision on the same application fail, rolling its reservation back.
    /// </remarks>
    public static async Task<Results<Ok<DecisionResponse>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id, DecisionRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, DueJobSignal scheduler, CancellationToken cancellationToken)
    {
        if (await SessionAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No committee session of yours has the id {id}.");
        }

        var (session, call) = access;
        var applicationId = request.ApplicationId!.Value;
        var application = await db.Applications.SingleOrDefaultAsync(application => application.Id == applicationId && application.CallId == call.Id, cancellationToken);
        if (application is null)
        {
            return Problems.Invalid("applicationId", "No application of the session's call has this id.");
        }

        var outcome = request.Outcome!.Value;
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        var errors = new Dictionary<string, string[]>();
        if (outcome == DecisionOutcome.Accepted)
        {
            CheckAmount(request.AmountCents, application, call, errors);
        }
        else if (request.AmountCents is not null)
        {
            errors.AddError("amountCents", "Only an accepted application is awarded an amount.");
        }

        if (outcome == DecisionOutcome.Refused && reason is null)
        {
            errors.AddError("reason", "A refusal gives its reason, printed in the minutes and sent to the applicant.");
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (call.Status != CallStatus.Closed)
        {
            return Problems.Conflict($"The call is {ApiEnum<CallStatus>.NameOf(call.Status)}: its committee decides once it has closed.");
        }

        if (session.WhyCannotDecide(applicationId) is { } notNow)
        {
            return Problems.Conflict(notNow);
        }

        if (!application.IsPending || application.Status == ApplicationStatus.CorrectionsRequested)
        {
            return Problems.Conflict($"The application is {ApiEnum<ApplicationStatus>.NameOf(application.Status)}: the committee decides on submitted applications and those under review.");
        }

        var now = clock.GetDatabaseNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (outcome == DecisionOutcome.Accepted && !await ReserveAsync(db, call, request.AmountCents!.Value, cancellationToken))
        {
            var left = await db.Calls.Where(c => c.Id == call.Id).Select(c => c.EnvelopeCents - c.AwardedCents).SingleAsync(cancellationToken);
            return Problems.Conflict($"The envelope has {FrenchFormat.Euros(left)} left: {FrenchFormat.Euros(request.AmountCents!.Value)} cannot be awarded.");
        }

        var number = await DeliberationRegister.NextAsync(db, call.FunderId, ParisTime.ToParis(session.HeldAt).Year, cancellationToken);
        var decision = new CommitteeDecision(applicationId, outcome, request.AmountCents, reason, number, user.Actor(), now);
        session.Record(decision);
        switch (outcome)
        {
            case DecisionOutcome.Accepted:
                await AwardAsync(db, call, application, decision, user.Actor(), now, cancellationToken);
                break;
            case DecisionOutcome.Refused:
                application.Refuse(user.Actor(), $"Délibération n° {number} : {reason}", now);
                db.AddIntegrationEvent(FundingMessages.Refused(application, reason!, number, now));
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        scheduler.Wake();
        return TypedResults.Ok(DecisionResponse.From(decision));
    }

    private static void CheckAmount(long? amountCents, GrantApplication application, FundingCall call, Dictionary<string, string[]> errors)
    {
        if (amountCents is not { } amount)
        {
            errors.AddError("amountCents", "An accepted application is awarded an amount.");
        }
        else if (amount > application.RequestedCents)
        {
            errors.AddError("amountCents", $"{FrenchFormat.Euros(amount)} is more than the {FrenchFormat.Euros(application.RequestedCents)} requested.");
        }
        else if (amount > call.MaxGrantCents)
        {
            errors.AddError("amountCents", $"{FrenchFormat.Euros(amount)} is more than the call's maximum grant of {FrenchFormat.Euros(call.MaxGrantCents)}.");
        }
    }

    private static async Task<bool> ReserveAsync(FundingDbContext db, FundingCall call, long amountCents, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE funding_calls SET awarded_cents = awarded_cents + {amountCents}
             WHERE id = {call.Id} AND awarded_cents + {amountCents} <= envelope_cents
            """, cancellationToken) == 1;

    /// <summary>Accepts the application, awards its grant and schedules the report reminders; GrantAwarded tells the calendar which events it supports.</summary>
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
        var names = await db.Actors.Where(actor => actor.ActorId == call.FunderId || actor.ActorId == application.ApplicantId)
            .ToDictionaryAsync(actor => actor.ActorId, actor => actor.Name, cancellationToken);
        db.AddIntegrationEvent(FundingMessages.Accepted(application, grant, now));
        db.AddIntegrationEvent(FundingMessages.Awarded(grant, names[call.FunderId], names[application.ApplicantId], now));
    }
}
