using Ssi.ServiceDefaults.Text;
using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Documents;
using FundingCalls.Domain;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Committees;
using FundingCalls.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decision = await Deliberations.TakeAsync(db, session, call, application, outcome, request.AmountCents, reason, user.Actor(), clock.GetDatabaseNow(), cancellationToken);
        if (decision is null)
        {
            var left = await db.Calls.Where(c => c.Id == call.Id).Select(c => c.EnvelopeCents - c.AwardedCents).SingleAsync(cancellationToken);
            return Problems.Conflict($"The envelope has {FrenchFormat.Euros(left)} left: {FrenchFormat.Euros(request.AmountCents!.Value)} cannot be awarded.");
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
}
