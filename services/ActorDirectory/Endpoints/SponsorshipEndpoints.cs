using System.Security.Claims;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Collectives;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Data;

namespace ActorDirectory.Endpoints;

/// <summary>Sponsorships ("parrainage"): an experienced association mentoring a newcomer for an edition.</summary>
public static class SponsorshipEndpoints
{
    public const string GetSponsorshipRoute = "GetSponsorship";
    private const string OneMentorPerEditionIndex = "ix_sponsorships_mentee_actor_id_edition";

    public static IEndpointRouteBuilder MapSponsorshipEndpoints(this IEndpointRouteBuilder app)
    {
        var sponsorships = app.MapGroup("/sponsorships").WithTags("Sponsorships");
        sponsorships.MapGet("/", ListSponsorships).WithName("ListSponsorships").AllowAnonymous();
        sponsorships.MapGet("/{id:guid}", GetSponsorship).WithName(GetSponsorshipRoute).AllowAnonymous();
        sponsorships.MapPost("/", StartSponsorship).WithName("StartSponsorship").RequireAuthorization();
        sponsorships.MapPost("/{id:guid}/end", EndSponsorship).WithName("EndSponsorship").RequireAuthorization();
        return app;
    }

    /// <param name="actor">Sponsorships where this actor is the mentor or the mentee.</param>
    public static async Task<Results<Ok<Page<SponsorshipResponse>>, ValidationProblem, ProblemHttpResult>> ListSponsorships(
        int? edition,
        Guid? actor,
        int? limit,
        string? cursor,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var query = db.Sponsorships.AsNoTracking();
        if (edition is not null)
        {
            if (edition is < Editions.First or > Editions.Last)
            {
                return Problems.Invalid("edition", $"edition must be a year between {Editions.First} and {Editions.Last}.");
            }

            query = query.Where(sponsorship => sponsorship.Edition == edition);
        }

        if (actor is { } actorId)
        {
            query = query.Where(sponsorship => sponsorship.MentorActorId == actorId || sponsorship.MenteeActorId == actorId);
        }

        if (cursor is not null)
        {
            if (!PageCursor.TryDecodeId(cursor, out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(sponsorship => sponsorship.Id > after);
        }

        var page = await WithNames(db, query.OrderBy(sponsorship => sponsorship.Id).Take(pageSize + 1)).ToListAsync(cancellationToken);
        var nextCursor = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        return TypedResults.Ok(new Page<SponsorshipResponse>(page.Take(pageSize).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<SponsorshipResponse>, ProblemHttpResult>> GetSponsorship(
        Guid id, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var sponsorship = await WithNames(db, db.Sponsorships.Where(sponsorship => sponsorship.Id == id)).SingleOrDefaultAsync(cancellationToken);
        return sponsorship is null ? UnknownSponsorship(id) : TypedResults.Ok(sponsorship);
    }

    /// <summary>Both actors must be active (422); a newcomer has one mentor per edition (409).</summary>
    public static async Task<Results<CreatedAtRoute<SponsorshipResponse>, ValidationProblem, ProblemHttpResult>> StartSponsorship(
        StartSponsorshipRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        var (mentorId, menteeId, edition) = (request.MentorActorId!.Value, request.MenteeActorId!.Value, request.Edition!.Value);
        var actors = await db.Actors.AsNoTracking()
            .Where(actor => (actor.Id == mentorId || actor.Id == menteeId) && actor.Status == ActorStatus.Active)
            .ToDictionaryAsync(actor => actor.Id, cancellationToken);
        if (!actors.TryGetValue(mentorId, out var mentor) || !actors.TryGetValue(menteeId, out var mentee))
        {
            return Problems.Unprocessable($"No active actor has the id {(actors.ContainsKey(mentorId) ? menteeId : mentorId)}.");
        }

        if (!SponsorshipAccess.CanArrange(user, mentor, mentee))
        {
            return Refused();
        }

        var existing = await db.Sponsorships.AsNoTracking()
            .Where(sponsorship => sponsorship.MenteeActorId == menteeId && sponsorship.Edition == edition)
            .Select(sponsorship => (Guid?)sponsorship.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return AlreadyMentored(menteeId, edition, existing);
        }

        var created = new Sponsorship(mentorId, menteeId, edition, request.StartedOn!.Value)
        {
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
        };
        db.Sponsorships.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.Violates(OneMentorPerEditionIndex))
        {
            return AlreadyMentored(menteeId, edition, null);
        }

        return TypedResults.CreatedAtRoute(Respond(created, mentor, mentee), GetSponsorshipRoute, new { id = created.Id });
    }

    public static async Task<Results<Ok<SponsorshipResponse>, ValidationProblem, ProblemHttpResult>> EndSponsorship(
        Guid id,
        EndSponsorshipRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        var sponsorship = await db.Sponsorships.SingleOrDefaultAsync(sponsorship => sponsorship.Id == id, cancellationToken);
        if (sponsorship is null)
        {
            return UnknownSponsorship(id);
        }

        var actors = await db.Actors.AsNoTracking()
            .Where(actor => actor.Id == sponsorship.MentorActorId || actor.Id == sponsorship.MenteeActorId)
            .ToDictionaryAsync(actor => actor.Id, cancellationToken);
        var (mentor, mentee) = (actors[sponsorship.MentorActorId], actors[sponsorship.MenteeActorId]);
        if (!SponsorshipAccess.CanArrange(user, mentor, mentee))
        {
            return Refused();
        }

        if (sponsorship.EndedOn is { } endedOn)
        {
            return Problems.Conflict($"Sponsorship {id} already ended on {endedOn:yyyy-MM-dd}.");
        }

        if (request.EndedOn < sponsorship.StartedOn)
        {
            return Problems.Invalid("endedOn", $"The sponsorship started on {sponsorship.StartedOn:yyyy-MM-dd}; it cannot end before.");
        }

        sponsorship.EndedOn = request.EndedOn;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Respond(sponsorship, mentor, mentee));
    }

    private static IQueryable<SponsorshipResponse> WithNames(DirectoryDbContext db, IQueryable<Sponsorship> sponsorships) =>
        from sponsorship in sponsorships
        join mentor in db.Actors on sponsorship.MentorActorId equals mentor.Id
        join mentee in db.Actors on sponsorship.MenteeActorId equals mentee.Id
        orderby sponsorship.Id
        select new SponsorshipResponse(
            sponsorship.Id, sponsorship.MentorActorId, mentor.Name, sponsorship.MenteeActorId, mentee.Name,
            sponsorship.Edition, sponsorship.StartedOn, sponsorship.EndedOn, sponsorship.Notes);

    private static SponsorshipResponse Respond(Sponsorship sponsorship, Actor mentor, Actor mentee) => new(
        sponsorship.Id, mentor.Id, mentor.Name, mentee.Id, mentee.Name, sponsorship.Edition, sponsorship.StartedOn, sponsorship.EndedOn, sponsorship.Notes);

    private static ProblemHttpResult AlreadyMentored(Guid menteeId, int edition, Guid? existingId) =>
        Problems.Conflict(existingId is null
            ? $"Actor {menteeId} already has a mentor for edition {edition}."
            : $"Actor {menteeId} already has a mentor for edition {edition}: sponsorship {existingId}.");

    private static ProblemHttpResult Refused() =>
        Problems.Forbidden("Only the mentor's members, a coordinator of the mentor's or the mentee's territory, or an admin may arrange this sponsorship.");

    private static ProblemHttpResult UnknownSponsorship(Guid id) => Problems.NotFound($"No sponsorship has the id {id}.");
}
