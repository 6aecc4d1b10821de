using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;

namespace FundingCalls.Endpoints;

/// <summary>Writing and reading applications: drafts by the applicant's members, lists for the funder's staff, and the audit trail.</summary>
public static class ApplicationEndpoints
{
    private const string GetApplicationRoute = "GetApplication";

    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/calls/{callId:guid}/applications", CreateApplication).WithName("CreateApplication").WithTags("Applications")
            .RequireAuthorization(policy => policy.RequireRole(SsiRoles.Member));
        app.MapGet("/calls/{callId:guid}/applications", ListApplications).WithName("ListApplications").WithTags("Applications")
            .RequireAuthorization();

        var applications = app.MapGroup("/applications").WithTags("Applications").RequireAuthorization();
        applications.MapGet("/{id:guid}", GetApplication).WithName(GetApplicationRoute);
        applications.MapPut("/{id:guid}", ReviseApplication).WithName("ReviseApplication");
        applications.MapGet("/{id:guid}/history", GetHistory).WithName("GetApplicationHistory");
        return app;
    }

    public static async Task<Results<CreatedAtRoute<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> CreateApplication(
        Guid callId, ApplicationRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(call => call.Id == callId, cancellationToken);
        if (call is null || !call.IsPublic)
        {
            return Problems.NotFound($"No funding call has the id {callId}.");
        }

        var errors = new Dictionary<string, string[]>();
        var content = ApplicationContentCheck.Read(request, errors);
        if (content is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var applicantId = request.ApplicantId!.Value;
        if (!user.AppliesFor(applicantId))
        {
            return Problems.Forbidden($"Only the members of actor {applicantId} apply on its behalf.");
        }

        var applicant = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.ActorId == applicantId, cancellationToken);
        if (applicant is not { IsActive: true })
        {
            return Problems.Unprocessable(applicant is null
                ? $"The directory has no actor {applicantId}: an applicant is an actor of the directory."
                : $"{applicant.Name} is archived in the directory: it applies for nothing new.");
        }

        var now = clock.GetDatabaseNow();
        if (call.Status != CallStatus.Open || now >= call.ClosesAt)
        {
            return Problems.Conflict($"The call is {ApiEnum<CallStatus>.NameOf(call.Status)}{(call.Status == CallStatus.Open ? " but past its deadline" : "")}: it takes no new application.");
        }

        var application = new GrantApplication(call.Id, applicantId, content, user.Actor(), now);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(ApplicationResponse.From(application, applicant.Name), GetApplicationRoute, new { id = application.Id });
    }

    /// <summary>
    /// A call's applications: every one submitted at least once for its funder's staff (drafts are
    /// their applicant's), the caller's own for an applicant's members.
    /// </summary>
    /// <param name="status">draft, submitted, corrections-requested, under-review, accepted, refused or withdrawn.</param>
    public static async Task<Results<Ok<Page<ApplicationResponse>>, ValidationProblem, ProblemHttpResult>> ListApplications(
        Guid callId, ClaimsPrincipal user, FundingDbContext db, string? status, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(call => call.Id == callId, cancellationToken);
        if (call is null || (!call.IsPublic && !user.RunsCallsOf(call.FunderId)))
        {
            return Problems.NotFound($"No funding call has the id {callId}.");
        }

        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Applications.AsNoTracking().Include(a => a.Corrections).Where(a => a.CallId == callId);
        if (user.RunsCallsOf(call.FunderId))
        {
            query = query.Where(a => a.Status != ApplicationStatus.Draft);
        }
        else
        {
            Guid[] own = user.IsInRole(SsiRoles.Member) ? [.. user.ActorIds()] : [];
            query = query.Where(a => own.Contains(a.ApplicantId));
        }

        if (status is not null)
        {
            if (!ApiEnum<ApplicationStatus>.TryParse(status, out var wanted))
            {
                return Problems.Invalid("status", $"'{status}' is not an application status: {string.Join(", ", ApiEnum<ApplicationStatus>.Names)}.");
            }

            query = query.Where(a => a.Status == wanted);
        }

        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 1, out var keys) || !Guid.TryParse(keys[0], out var afterId))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(a => a.Id > afterId);
        }

        var page = await query.OrderBy(a => a.Id)
            .Join(db.Actors, a => a.ApplicantId, actor => actor.ActorId, (a, actor) => new { Application = a, ApplicantName = actor.Name })
            .Take(pageSize + 1).AsSplitQuery().ToListAsync(cancellationToken);
        var nextCursor = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Application.Id.ToString()) : null;
        return TypedResults.Ok(new Page<ApplicationResponse>([.. page.Take(pageSize).Select(row => ApplicationResponse.From(row.Application, row.ApplicantName))], nextCursor));
    }

    public static async Task<Results<Ok<ApplicationResponse>, ProblemHttpResult>> GetApplication(
        Guid id, ClaimsPrincipal user, FundingDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await ApplicationAccess.LoadAsync(id, user, db, track: false, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No application of yours has the id {id}.");
        }

        response.SetETag(access.Application.Version);
        return TypedResults.Ok(ApplicationResponse.From(access.Application, access.Applicant.Name));
    }

    /// <summary>Replaces a draft, or an application sent back for corrections, with If-Match.</summary>
    public static async Task<Results<Ok<ApplicationResponse>, ValidationProblem, ProblemHttpResult>> ReviseApplication(
        Guid id, ApplicationRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, FundingDbContext db,
        TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await ApplicationAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No application of yours has the id {id}.");
        }

        if (!access.IsApplicant)
        {
            return Problems.Forbidden($"Only the members of {access.Applicant.Name} edit this application.");
        }

        var errors = new Dictionary<string, string[]>();
        var content = ApplicationContentCheck.Read(request, errors);
        if (content is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (request.ApplicantId != access.Application.ApplicantId)
        {
            return Problems.Unprocessable($"The application is {access.Applicant.Name}'s; an application's applicant does not change.");
        }

        if (EntityTags.CheckIfMatch(ifMatch, access.Application.Version, "application") is { } precondition)
        {
            return precondition;
        }

        if (!access.Application.IsEditable)
        {
            return Problems.Conflict($"The application is {ApiEnum<ApplicationStatus>.NameOf(access.Application.Status)}: it changes only as a draft or when the funder asks for corrections.");
        }

        access.Application.Revise(content, clock.GetDatabaseNow());
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(access.Application.Version);
        return TypedResults.Ok(ApplicationResponse.From(access.Application, access.Applicant.Name));
    }

    /// <summary>Every move of the application, oldest first: who, when, from which status to which, and why.</summary>
    public static async Task<Results<Ok<IReadOnlyList<TransitionResponse>>, ProblemHttpResult>> GetHistory(
        Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await ApplicationAccess.LoadAsync(id, user, db, track: false, cancellationToken) is null)
        {
            return Problems.NotFound($"No application of yours has the id {id}.");
        }

        var transitions = await db.ApplicationTransitions.AsNoTracking().Where(t => t.ApplicationId == id).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TransitionResponse>>([.. transitions.Select(TransitionResponse.Of)]);
    }
}
