using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Documents;
using FundingCalls.Domain;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Committees;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Time;
using Ssi.ServiceDefaults.Validation;

namespace FundingCalls.Endpoints;

/// <summary>Committee sessions of a call: planned with members, quorum and agenda, attended, signed off with their minutes.</summary>
public static class CommitteeEndpoints
{
    private const string GetSessionRoute = "GetCommitteeSession";

    public static IEndpointRouteBuilder MapCommitteeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/calls/{callId:guid}/sessions", CreateSession).WithName("CreateCommitteeSession").WithTags("Committee").RequireAuthorization();
        app.MapGet("/calls/{callId:guid}/sessions", ListSessions).WithName("ListCommitteeSessions").WithTags("Committee").RequireAuthorization();

        var sessions = app.MapGroup("/sessions").WithTags("Committee").RequireAuthorization();
        sessions.MapGet("/{id:guid}", GetSession).WithName(GetSessionRoute);
        sessions.MapPut("/{id:guid}/attendance", RecordAttendance).WithName("RecordAttendance");
        sessions.MapPost("/{id:guid}/sign-off", SignOff).WithName("SignOffMinutes");
        sessions.MapGet("/{id:guid}/minutes", GetMinutes).WithName("GetMinutes");
        return app;
    }

    public static async Task<Results<CreatedAtRoute<SessionResponse>, ValidationProblem, ProblemHttpResult>> CreateSession(
        Guid callId, SessionRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(callId, user, track: false, cancellationToken) is null)
        {
            return Problems.NotFound($"No funding call of yours has the id {callId}.");
        }

        var errors = new Dictionary<string, string[]>();
        if (ParisTime.TryRead(request.HeldAt, out var heldAt) is { } timeProblem)
        {
            errors.AddError("heldAt", timeProblem);
        }

        var members = request.Members!;
        if (members.Select(member => member.Name.Trim()).Distinct().Count() != members.Count)
        {
            errors.AddError("members", "Two members have the same name: the attendance names them.");
        }

        if (request.Quorum > members.Count)
        {
            errors.AddError("quorum", $"A quorum of {request.Quorum} can never be reached with {members.Count} member(s).");
        }

        var agenda = request.Agenda!;
        var pending = await db.Applications.AsNoTracking()
            .Where(application => application.CallId == callId && agenda.Contains(application.Id))
            .ToDictionaryAsync(application => application.Id, application => application.IsPending, cancellationToken);
        for (var index = 0; index < agenda.Count; index++)
        {
            var problem = pending.TryGetValue(agenda[index], out var isPending)
                ? isPending ? agenda.Take(index).Contains(agenda[index]) ? "It is on the agenda twice." : null : "It was already decided or withdrawn."
                : "No submitted application of this call has this id.";
            if (problem is not null)
            {
                errors.AddError($"agenda[{index}]", problem);
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = clock.GetDatabaseNow();
        var session = new CommitteeSession(callId, heldAt.ToUniversalTime(), request.Place.Trim(), request.Quorum!.Value,
            [.. members.Select(member => new CommitteeMember(member.Name.Trim(), member.Role.Trim(), Present: false))], agenda, user.Actor(), now);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.CreatedAtRoute(SessionResponse.From(session), GetSessionRoute, new { id = session.Id });
    }

    public static async Task<Results<Ok<IReadOnlyList<SessionResponse>>, ProblemHttpResult>> ListSessions(
        Guid callId, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.CallRunByAsync(callId, user, track: false, cancellationToken) is null)
        {
            return Problems.NotFound($"No funding call of yours has the id {callId}.");
        }

        var sessions = await db.Sessions.AsNoTracking().Where(session => session.CallId == callId).OrderBy(session => session.HeldAt).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SessionResponse>>([.. sessions.Select(SessionResponse.From)]);
    }

    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> GetSession(Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken) =>
        await SessionAccess.LoadAsync(id, user, db, track: false, cancellationToken) is { } access
            ? TypedResults.Ok(SessionResponse.From(access.Session))
            : Problems.NotFound($"No committee session of yours has the id {id}.");

    public static async Task<Results<Ok<SessionResponse>, ValidationProblem, ProblemHttpResult>> RecordAttendance(
        Guid id, AttendanceRequest request, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await SessionAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No committee session of yours has the id {id}.");
        }

        var names = access.Session.Members.Select(member => member.Name).ToHashSet();
        var present = request.Present!.Select(name => name.Trim()).ToList();
        var errors = new Dictionary<string, string[]>();
        for (var index = 0; index < present.Count; index++)
        {
            if (!names.Contains(present[index]))
            {
                errors.AddError($"present[{index}]", $"'{present[index]}' is not a member of the session.");
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (access.Session.RecordAttendance(present.ToHashSet()) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SessionResponse.From(access.Session));
    }

    /// <summary>
    /// Signs the minutes off: they are written once from the session and kept as they are. A call
    /// closed with no application left to decide becomes decided.
    /// </summary>
    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> SignOff(
        Guid id, SignOffRequest request, ClaimsPrincipal user, FundingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await SessionAccess.LoadAsync(id, user, db, track: true, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No committee session of yours has the id {id}.");
        }

        var now = clock.GetDatabaseNow();
        var minutes = await WriteMinutesAsync(access, db, request.SignedBy.Trim(), now, cancellationToken);
        if (access.Session.SignOff(minutes, request.SignedBy.Trim(), now) is { } refusal)
        {
            return Problems.Conflict(refusal);
        }

        if (!await db.Applications.AnyAsync(application => application.CallId == access.Call.Id
                && (application.Status == ApplicationStatus.Submitted || application.Status == ApplicationStatus.UnderReview
                    || application.Status == ApplicationStatus.CorrectionsRequested), cancellationToken))
        {
            var call = await db.Calls.SingleAsync(call => call.Id == access.Call.Id, cancellationToken);
            call.MarkDecided();
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SessionResponse.From(access.Session));
    }

    /// <summary>The minutes as a printable French page: as signed off, or a draft written from the session as it stands.</summary>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetMinutes(Guid id, ClaimsPrincipal user, FundingDbContext db, CancellationToken cancellationToken)
    {
        if (await SessionAccess.LoadAsync(id, user, db, track: false, cancellationToken) is not { } access)
        {
            return Problems.NotFound($"No committee session of yours has the id {id}.");
        }

        var minutes = access.Session.Minutes ?? await WriteMinutesAsync(access, db, signedBy: null, signedAt: null, cancellationToken);
        return TypedResults.Text(minutes, "text/html; charset=utf-8");
    }

    private static async Task<string> WriteMinutesAsync(SessionAccess access, FundingDbContext db, string? signedBy, DateTimeOffset? signedAt, CancellationToken cancellationToken)
    {
        var agenda = access.Session.Agenda;
        var items = await (from application in db.Applications
                           join applicant in db.Actors on application.ApplicantId equals applicant.ActorId
                           where agenda.Contains(application.Id)
                           select new { application.Id, applicant.Name, application.Project, application.RequestedCents })
            .AsNoTracking().ToDictionaryAsync(row => row.Id, cancellationToken);
        var funderName = await db.Actors.Where(actor => actor.ActorId == access.Call.FunderId).Select(actor => actor.Name).SingleAsync(cancellationToken);
        return MinutesWriter.Write(access.Session, access.Call.Title, funderName,
            [.. agenda.Select(applicationId => items[applicationId]).Select(row => new AgendaItem(row.Id, row.Name, row.Project.Title, row.RequestedCents))],
            signedBy, signedAt);
    }
}
