using System.Globalization;
using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Scheduling;
using FundingCalls.IntegrationEvents;
using FundingCalls.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ssi.Messaging;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace FundingCalls.Endpoints;

/// <summary>Calls for projects: written by their funder's staff as drafts, opened, closed by the scheduler, archived; read by anyone once open.</summary>
public static class CallEndpoints
{
    private const string GetCallRoute = "GetFundingCall";

    public static IEndpointRouteBuilder MapCallEndpoints(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/calls").WithTags("Funding calls");

        calls.MapGet("/", ListCalls).WithName("ListFundingCalls").AllowAnonymous();
        calls.MapGet("/{id:guid}", GetCall).WithName(GetCallRoute).AllowAnonymous();
        calls.MapPost("/", CreateCall).WithName("CreateFundingCall").RequireAuthorization(policy => policy.RequireRole(SsiRoles.Funder, SsiRoles.Admin));
        calls.MapPut("/{id:guid}", ReviseCall).WithName("ReviseFundingCall").RequireAuthorization(policy => policy.RequireRole(SsiRoles.Funder, SsiRoles.Admin));
        calls.MapPost("/{id:guid}/open", OpenCall).WithName("OpenFundingCall").RequireAuthorization(policy => policy.RequireRole(SsiRoles.Funder, SsiRoles.Admin));
        calls.MapPost("/{id:guid}/archive", ArchiveCall).WithName("ArchiveFundingCall").RequireAuthorization(policy => policy.RequireRole(SsiRoles.Funder, SsiRoles.Admin));

        return app;
    }

    /// <summary>Published calls (and the drafts of the funders the caller runs), soonest deadline first.</summary>
    /// <param name="scope">Only the calls covering exactly this territory (<c>region:32</c>...).</param>
    /// <param name="covers">Only the calls whose scope contains this territory: for <c>commune:59350</c>, the calls of Lille, of the Nord and of its region
    /// (an EPCI's calls only when named: which EPCI a commune belongs to is the directory's knowledge).</param>
    /// <param name="status">draft, open, closed, decided or archived.</param>
    /// <param name="acceptingSubmissions">Only the calls an application may be submitted to right now.</param>
    public static async Task<Results<Ok<Page<CallResponse>>, ValidationProblem, ProblemHttpResult>> ListCalls(
        FundingDbContext db, ClaimsPrincipal user, TimeProvider clock, string? scope, string? covers, string? status, int? edition, Guid? funderId,
        bool? acceptingSubmissions, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        Guid[]? runs = user.IsAdmin() ? null : user.IsInRole(SsiRoles.Funder) ? [.. user.ActorIds()] : [];
        var query = db.Calls.AsNoTracking().Where(call => call.Status != CallStatus.Draft || runs == null || runs.Contains(call.FunderId));
        if (cursor is not null)
        {
            if (!PageCursor.TryDecode(cursor, 2, out var keys)
                || !DateTimeOffset.TryParseExact(keys[0], "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var afterClosing)
                || !Guid.TryParse(keys[1], out var afterId))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(call => call.ClosesAt > afterClosing || (call.ClosesAt == afterClosing && call.Id > afterId));
        }

        if (scope is not null)
        {
            if (!TerritoryReference.TryParse(scope, out var territory))
            {
                return Problems.Invalid("scope", $"'{scope}' is not a territory: {TerritoryReference.Expected}.");
            }

            var named = territory.ToString();
            query = query.Where(call => call.ScopeTerritory == named);
        }

        if (covers is not null)
        {
            if (!TerritoryReference.TryParse(covers, out var territory))
            {
                return Problems.Invalid("covers", $"'{covers}' is not a territory: {TerritoryReference.Expected}.");
            }

            string[] scopes = [.. ScopesContaining(territory)];
            query = query.Where(call => scopes.Contains(call.ScopeTerritory));
        }

        if (status is not null)
        {
            if (!ApiEnum<CallStatus>.TryParse(status, out var wanted))
            {
                return Problems.Invalid("status", $"'{status}' is not a call status: {string.Join(", ", ApiEnum<CallStatus>.Names)}.");
            }

            query = query.Where(call => call.Status == wanted);
        }

        query = edition is null ? query : query.Where(call => call.Edition == edition);
        query = funderId is null ? query : query.Where(call => call.FunderId == funderId);
        var now = clock.GetDatabaseNow();
        if (acceptingSubmissions == true)
        {
            query = query.Where(call => call.Status == CallStatus.Open && call.OpensAt <= now && now < call.ClosesAt);
        }

        var page = await query.OrderBy(call => call.ClosesAt).ThenBy(call => call.Id)
            .Join(db.Actors, call => call.FunderId, funder => funder.ActorId, (call, funder) => new { Call = call, FunderName = funder.Name })
            .Take(pageSize + 1).ToListAsync(cancellationToken);
        var last = page.Count > pageSize ? page[pageSize - 1].Call : null;
        var nextCursor = last is null ? null : PageCursor.Encode(last.ClosesAt.ToString("O", CultureInfo.InvariantCulture), last.Id.ToString());
        return TypedResults.Ok(new Page<CallResponse>([.. page.Take(pageSize).Select(row => CallResponse.From(row.Call, row.FunderName, now))], nextCursor));
    }

    public static async Task<Results<Ok<CallResponse>, ProblemHttpResult>> GetCall(
        Guid id, FundingDbContext db, ClaimsPrincipal user, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(call => call.Id == id, cancellationToken);
        if (call is null || (!call.IsPublic && !user.RunsCallsOf(call.FunderId)))
        {
            return Problems.NotFound($"No funding call has the id {id}.");
        }

        response.SetETag(call.Version);
        return TypedResults.Ok(CallResponse.From(call, await FunderNameAsync(db, call, cancellationToken), clock.GetDatabaseNow()));
    }

    public static async Task<Results<CreatedAtRoute<CallResponse>, ValidationProblem, ProblemHttpResult>> CreateCall(
        CallRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var terms = CallTermsCheck.Read(request, errors);
        if (terms is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var funderId = request.FunderId!.Value;
        if (!user.RunsCallsOf(funderId))
        {
            return Problems.Forbidden($"Only the staff of funder {funderId} (funder role, acting for it) write its calls.");
        }

        var funder = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.ActorId == funderId, cancellationToken);
        if (funder is not { IsActive: true })
        {
            return Problems.Unprocessable(funder is null
                ? $"The directory has no actor {funderId}: a call's funder is an actor of the directory."
                : $"{funder.Name} is archived in the directory: it funds nothing new.");
        }

        var now = clock.GetDatabaseNow();
        var call = new FundingCall(funderId, terms, user.Actor(), now);
        db.Calls.Add(call);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(CallResponse.From(call, funder.Name, now), GetCallRoute, new { id = call.Id });
    }

    public static async Task<Results<Ok<CallResponse>, ValidationProblem, ProblemHttpResult>> ReviseCall(
        Guid id, CallRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user, FundingDbContext db,
        TimeProvider clock, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(id, user, track: true, cancellationToken) is not { } call)
        {
            return Problems.NotFound($"No funding call of yours has the id {id}.");
        }

        var errors = new Dictionary<string, string[]>();
        var terms = CallTermsCheck.Read(request, errors);
        if (terms is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (request.FunderId != call.FunderId)
        {
            return Problems.Unprocessable("A call's funder does not change: write a new call for another funder.");
        }

        if (EntityTags.CheckIfMatch(ifMatch, call.Version, "call") is { } precondition)
        {
            return precondition;
        }

        if (call.Status != CallStatus.Draft)
        {
            return Problems.Conflict($"The call is {ApiEnum<CallStatus>.NameOf(call.Status)}: applicants rely on its terms, which change only while it is a draft.");
        }

        call.Revise(terms);
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(call.Version);
        return TypedResults.Ok(CallResponse.From(call, await FunderNameAsync(db, call, cancellationToken), clock.GetDatabaseNow()));
    }

    /// <summary>Publishes a draft: CallOpened is announced, and its deadline (and the reminder before it) are scheduled.</summary>
    public static async Task<Results<Ok<CallResponse>, ProblemHttpResult>> OpenCall(
        Guid id, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, DueJobSignal scheduler, IOptions<SchedulingOptions> scheduling,
        CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(id, user, track: true, cancellationToken) is not { } call)
        {
            return Problems.NotFound($"No funding call of yours has the id {id}.");
        }

        var now = clock.GetDatabaseNow();
        if (call.Open(now) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        var funderName = await FunderNameAsync(db, call, cancellationToken);
        db.DueJobs.Add(new DueJob(DueJobKind.CloseCall, call.Id, call.ClosesAt));
        var reminder = call.ClosesAt - scheduling.Value.ClosingReminderLead;
        if (reminder > now && reminder > call.OpensAt)
        {
            db.DueJobs.Add(new DueJob(DueJobKind.RemindCallClosing, call.Id, reminder));
        }

        db.AddIntegrationEvent(FundingMessages.Opened(call, funderName, now));
        await db.SaveChangesAsync(cancellationToken);
        scheduler.Wake();
        return TypedResults.Ok(CallResponse.From(call, funderName, now));
    }

    public static async Task<Results<Ok<CallResponse>, ProblemHttpResult>> ArchiveCall(
        Guid id, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(id, user, track: true, cancellationToken) is not { } call)
        {
            return Problems.NotFound($"No funding call of yours has the id {id}.");
        }

        if (call.Archive() is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CallResponse.From(call, await FunderNameAsync(db, call, cancellationToken), clock.GetDatabaseNow()));
    }

    /// <summary>The territory and those above it that its code tells: a commune's department and region, a department's region.</summary>
    private static IEnumerable<string> ScopesContaining(TerritoryReference territory)
    {
        yield return territory.ToString();
        var department = territory.Kind switch
        {
            TerritoryKind.Commune => CommuneCode.DepartmentOf(territory.Code),
            TerritoryKind.Department => territory.Code,
            _ => null,
        };
        if (department is null)
        {
            yield break;
        }

        if (territory.Kind == TerritoryKind.Commune)
        {
            yield return new TerritoryReference(TerritoryKind.Department, department).ToString();
        }

        if (Regions.OfDepartment(department) is { } region)
        {
            yield return new TerritoryReference(TerritoryKind.Region, region).ToString();
        }
    }

    private static async Task<string> FunderNameAsync(FundingDbContext db, FundingCall call, CancellationToken cancellationToken) =>
        await db.Actors.Where(actor => actor.ActorId == call.FunderId).Select(actor => actor.Name).SingleAsync(cancellationToken);
}
