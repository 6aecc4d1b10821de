using System.Globalization;
using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Committees;
using FundingCalls.Domain.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;

namespace FundingCalls.Endpoints;

/// <summary>A call's files for its funder's spreadsheets: applications, reviewers' scores, the committee's decisions.</summary>
public static class CallExportEndpoints
{
    public static IEndpointRouteBuilder MapCallExportEndpoints(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/calls/{id:guid}").WithTags("Exports").RequireAuthorization();
        exports.MapGet("/applications.csv", ExportApplications).WithName("ExportApplications");
        exports.MapGet("/scores.csv", ExportScores).WithName("ExportScores");
        exports.MapGet("/decisions.csv", ExportDecisions).WithName("ExportDecisions");
        return app;
    }

    /// <summary>Every application submitted at least once, with its budget totals and where it stands.</summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportApplications(
        Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(id, user, track: false, cancellationToken) is null)
        {
            return Problems.NotFound($"No funding call of yours has the id {id}.");
        }

        var rows = from application in db.Applications.AsNoTracking()
                   join applicant in db.Actors on application.ApplicantId equals applicant.ActorId
                   where application.CallId == id && application.SubmittedAt != null
                   orderby application.SubmittedAt, application.Id
                   select new { application, applicant.Name, applicant.Siret, applicant.Rna };
        return CsvExport.Download($"candidatures-{id}.csv",
            ["application_id", "applicant", "siret", "rna", "project", "territory", "starts_on", "ends_on", "status", "requested_cents", "charges_cents",
                "events", "submitted_at", "corrections_requested"],
            rows.AsAsyncEnumerable(),
            row => [row.application.Id.ToString(), row.Name, row.Siret, row.Rna, row.application.Project.Title, row.application.Project.Territory,
                Day(row.application.Project.StartsOn), Day(row.application.Project.EndsOn), ApiEnum<ApplicationStatus>.NameOf(row.application.Status),
                Number(row.application.RequestedCents), Number(row.application.Budget.TotalCharges), Number(row.application.EventIds.Count),
                CsvExport.Timestamp(row.application.SubmittedAt!.Value), Number(row.application.Corrections.Count)],
            cancellationToken);
    }

    /// <summary>One line per review and criterion, recused reviews included with their reason (they never count).</summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportScores(
        Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(id, user, track: false, cancellationToken) is null)
        {
            return Problems.NotFound($"No funding call of yours has the id {id}.");
        }

        var reviews = from review in db.Reviews.AsNoTracking()
                      join application in db.Applications on review.ApplicationId equals application.Id
                      join applicant in db.Actors on application.ApplicantId equals applicant.ActorId
                      where review.CallId == id
                      orderby application.Id, review.AssignedAt
                      select new { review, applicant.Name };
        var lines = reviews.AsAsyncEnumerable().SelectMany(row => (row.review.Scores.Count == 0 ? [null] : row.review.Scores.Cast<CriterionScore?>())
            .Select(score => (row.review, row.Name, score)).ToAsyncEnumerable());
        return CsvExport.Download($"notes-{id}.csv",
            ["application_id", "applicant", "reviewer", "review_status", "recusal_reason", "criterion", "score", "comment", "submitted_at"],
            lines,
            line => [line.review.ApplicationId.ToString(), line.Name, line.review.ReviewerName, ApiEnum<ReviewStatus>.NameOf(line.review.Status),
                line.review.RecusalReason, line.score?.Criterion, line.score is null ? null : Number(line.score.Score), line.score?.Comment,
                line.review.SubmittedAt is { } submitted ? CsvExport.Timestamp(submitted) : null],
            cancellationToken);
    }

    /// <summary>Every deliberation of the call's sessions, in the order taken.</summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportDecisions(
        Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(id, user, track: false, cancellationToken) is null)
        {
            return Problems.NotFound($"No funding call of yours has the id {id}.");
        }

        var sessions = await db.Sessions.AsNoTracking().Where(session => session.CallId == id).ToListAsync(cancellationToken);
        var names = await (from application in db.Applications
                           join applicant in db.Actors on application.ApplicantId equals applicant.ActorId
                           where application.CallId == id
                           select new { application.Id, applicant.Name, application.Project })
            .ToDictionaryAsync(row => row.Id, cancellationToken);
        var decisions = sessions.SelectMany(session => session.Decisions.Select(decision => (session, decision))).OrderBy(row => row.decision.DecidedAt);
        return CsvExport.Download($"decisions-{id}.csv",
            ["deliberation", "session_id", "session_held_at", "application_id", "applicant", "project", "outcome", "amount_cents", "reason", "decided_at"],
            decisions.ToAsyncEnumerable(),
            row => [row.decision.DeliberationNumber, row.session.Id.ToString(), CsvExport.Timestamp(row.session.HeldAt), row.decision.ApplicationId.ToString(),
                names[row.decision.ApplicationId].Name, names[row.decision.ApplicationId].Project.Title, ApiEnum<DecisionOutcome>.NameOf(row.decision.Outcome),
                row.decision.AmountCents is { } amount ? Number(amount) : null, row.decision.Reason, CsvExport.Timestamp(row.decision.DecidedAt)],
            cancellationToken);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("O", CultureInfo.InvariantCulture);
}
