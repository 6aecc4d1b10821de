using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Applications;
using FundingCalls.IntegrationEvents;
using Microsoft.AspNetCore.Http.HttpResults;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;

namespace FundingCalls.Endpoints;

/// <summary>
/// An application's moves: submitted (every rule of the call checked) and withdrawn by its
/// applicant; sent back for corrections and taken into review by the funder's staff. Each move
/// is appended to the audit trail and, when other services must hear of it, to the outbox, in
/// one transaction.
/// </summary>
public static class ApplicationLifecycleEndpoints
{
    public static IEndpointRouteBuilder MapApplicationLifecycleEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/applications").WithTags("Applications").RequireAuthorization();
        applications.MapPost("/{id:guid}/submit", Submit).WithName("SubmitApplication");
        applications.MapPost("/{id:guid}/withdraw", Withdraw).WithName("WithdrawApplication");
        applications.MapPost("/{id:guid}/corrections", RequestCorrections).WithName("RequestCorrections");
        applications.MapPost("/{id:guid}/review", StartReview).WithName("StartReview");
        return app;
    }

    /// <summary>Submits a draft within the call's window, or an application corrected as the funder asked; refused with every failing rule named.</summary>
    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> Submit(
        Guid id, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetDatabaseNow();
        if (await ApplicationAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No application of yours has the id {id}.");
        }

        if (!access.IsApplicant)
        {
            return Problems.Forbidden($"Only the members of {access.Applicant.Name} submit this application.");
        }

        var application = access.Application;
        if (!application.IsEditable)
        {
            return Problems.Conflict($"The application is already {ApiEnum<ApplicationStatus>.NameOf(application.Status)}.");
        }

        var failures = await SubmissionCheck.FailuresAsync(application, access.Call, access.Applicant, db, now, cancellationToken);
        if (failures.Count > 0)
        {
            return Problems.Unprocessable($"The application does not meet {failures.Count} rule(s) of the call; each is named under errors.", failures);
        }

        var resubmission = application.Status == ApplicationStatus.CorrectionsRequested;
        application.Submit(user.Actor(), now);
        db.AddIntegrationEvent(FundingMessages.Submitted(application, resubmission, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ApplicationResponse.From(application, access.Applicant.Name));
    }

    public static Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id, TransitionRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MoveAsync(id, user, db, cancellationToken, access => access.IsApplicant ? null : $"Only the members of {access.Applicant.Name} withdraw this application.",
            access => access.Application.Withdraw(user.Actor(), Trimmed(request.Reason), clock.GetDatabaseNow()));

    /// <summary>Sends a submitted application back to its applicant with what to correct; CorrectionRequested tells them.</summary>
    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> RequestCorrections(
        Guid id, TransitionRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (Trimmed(request.Reason) is not { Length: >= 3 } reason)
        {
            return Problems.Invalid("reason", "Say what the applicant must correct (3 characters at least).");
        }

        var now = clock.GetDatabaseNow();
        return await MoveAsync(id, user, db, cancellationToken, access => access.RunsCall ? null : $"Only the staff of the call's funder ask {access.Applicant.Name} for corrections.",
            access =>
            {
                var refusal = access.Application.RequestCorrections(user.Actor(), reason, now);
                if (refusal is null)
                {
                    db.AddIntegrationEvent(FundingMessages.CorrectionRequested(access.Application, reason, now));
                }

                return refusal;
            });
    }

    public static Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> StartReview(
        Guid id, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        MoveAsync(id, user, db, cancellationToken, access => access.RunsCall ? null : "Only the staff of the call's funder take an application into review.",
            access => access.Application.StartReview(user.Actor(), clock.GetDatabaseNow()));

    private static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken,
        Func<ApplicationAccess, string?> forbidden, Func<ApplicationAccess, string?> move)
    {
        if (await ApplicationAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No application of yours has the id {id}.");
        }

        if (forbidden(access) is { } notAllowed)
        {
            return Problems.Forbidden(notAllowed);
        }

        if (move(access) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ApplicationResponse.From(access.Application, access.Applicant.Name));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
