using System.Security.Claims;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Domain.Offers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints;

/// <summary>An actor publishing, replacing and withdrawing its offers.</summary>
public static class OfferCommandEndpoints
{
    public static async Task<Results<CreatedAtRoute<OfferResponse>, ValidationProblem, ProblemHttpResult>> PublishOffer(
        Guid actorId,
        OfferRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TerritoryLookup territories,
        TimeProvider clock,
        HttpContext httpContext,
        CancellationToken cancellationToken)
    {
        var (actor, refusal) = await FindManagedActiveActorAsync(actorId, user, db, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var location = await LocateAsync(request, actor!, territories, cancellationToken);
        if (location is null)
        {
            return Problems.Unprocessable($"No commune has the INSEE code {request.CommuneCode}.");
        }

        var now = clock.GetDatabaseNow();
        var offer = new Offer(actor!.Id, request.Kind!.Value, request.Title, location, now);
        Apply(request, offer, location, now);
        db.Offers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);

        httpContext.Response.GetTypedHeaders().ETag = OfferEndpoints.ETagOf(offer);
        return TypedResults.CreatedAtRoute(OfferResponse.From(offer), OfferEndpoints.GetOfferRoute, new { id = offer.Id });
    }

    /// <summary>
    /// Replaces the whole offer, windows included. With <c>If-Match</c> (the ETag of a previous
    /// read), a change made meanwhile answers 412 instead of being overwritten. A withdrawn offer
    /// cannot be changed (409): publish a new one.
    /// </summary>
    public static async Task<Results<Ok<OfferResponse>, ValidationProblem, ProblemHttpResult>> ReplaceOffer(
        Guid actorId,
        Guid offerId,
        OfferRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TerritoryLookup territories,
        TimeProvider clock,
        HttpContext httpContext,
        CancellationToken cancellationToken)
    {
        var (actor, refusal) = await FindManagedActiveActorAsync(actorId, user, db, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var offer = await db.Offers.Include(offer => offer.Availabilities)
            .SingleOrDefaultAsync(offer => offer.Id == offerId && offer.ActorId == actorId, cancellationToken);
        if (offer is null)
        {
            return Problems.NotFound($"Actor {actorId} has no offer {offerId}.");
        }

        if (offer.IsWithdrawn)
        {
            return Problems.Conflict($"Offer {offerId} was withdrawn; publish a new offer instead.");
        }

        var ifMatch = httpContext.Request.GetTypedHeaders().IfMatch;
        if (ifMatch.Count > 0 && !ifMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(OfferEndpoints.ETagOf(offer), useStrongComparison: true)))
        {
            return ChangedMeanwhile(offerId);
        }

        var location = await LocateAsync(request, actor!, territories, cancellationToken);
        if (location is null)
        {
            return Problems.Unprocessable($"No commune has the INSEE code {request.CommuneCode}.");
        }

        Apply(request, offer, location, clock.GetDatabaseNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ifMatch.Count > 0 ? ChangedMeanwhile(offerId) : ChangedConcurrently(offerId);
        }

        httpContext.Response.GetTypedHeaders().ETag = OfferEndpoints.ETagOf(offer);
        return TypedResults.Ok(OfferResponse.From(offer));
    }

    /// <summary>
    /// Withdraws the offer: it stays readable (with <c>withdrawn: true</c>) and in the changes
    /// feed, but search no longer finds it. Withdrawing again changes nothing.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> WithdrawOffer(
        Guid actorId,
        Guid offerId,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == actorId, cancellationToken);
        if (actor is null)
        {
            return UnknownActor(actorId);
        }

        if (!OfferAccess.CanManageOffersOf(user, actor))
        {
            return Refused(actorId);
        }

        var offer = await db.Offers.SingleOrDefaultAsync(offer => offer.Id == offerId && offer.ActorId == actorId, cancellationToken);
        if (offer is null)
        {
            return Problems.NotFound($"Actor {actorId} has no offer {offerId}.");
        }

        if (offer.Withdraw(clock.GetDatabaseNow()))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return ChangedConcurrently(offerId);
            }
        }

        return TypedResults.NoContent();
    }

    private static async Task<(Actor? Actor, ProblemHttpResult? Refusal)> FindManagedActiveActorAsync(
        Guid actorId, ClaimsPrincipal user, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == actorId, cancellationToken);
        if (actor is null)
        {
            return (null, UnknownActor(actorId));
        }

        if (!OfferAccess.CanManageOffersOf(user, actor))
        {
            return (null, Refused(actorId));
        }

        return actor.Status == ActorStatus.Active
            ? (actor, null)
            : (null, Problems.Conflict($"Actor {actorId} is archived: it no longer offers anything."));
    }

    /// <returns>Where the offer is: the given commune, else the actor's; null for an unknown commune.</returns>
    private static async Task<TerritoryLocation?> LocateAsync(OfferRequest request, Actor actor, TerritoryLookup territories, CancellationToken cancellationToken) =>
        request.CommuneCode is null || request.CommuneCode == actor.Location.CommuneCode
            ? actor.Location
            : await territories.LocateCommuneAsync(request.CommuneCode, cancellationToken);

    private static void Apply(OfferRequest request, Offer offer, TerritoryLocation location, DateTimeOffset now)
    {
        offer.Kind = request.Kind!.Value;
        offer.Title = request.Title.Trim();
        offer.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        offer.Capacity = request.Capacity;
        offer.Tags = (request.Tags ?? []).Distinct().ToList();
        offer.Location = location;
        offer.ReplaceAvailability(request.Windows());
        offer.UpdatedAt = now;
    }

    private static ProblemHttpResult UnknownActor(Guid actorId) => Problems.NotFound($"No actor has the id {actorId}.");

    private static ProblemHttpResult Refused(Guid actorId) =>
        Problems.Forbidden($"Only the members of actor {actorId}, a coordinator of its territory or an admin may manage its offers.");

    private static ProblemHttpResult ChangedConcurrently(Guid offerId) =>
        Problems.Conflict($"Offer {offerId} was changed by someone else at the same time; read it again and retry.");

    private static ProblemHttpResult ChangedMeanwhile(Guid offerId) =>
        TypedResults.Problem($"Offer {offerId} changed since it was read; read it again and retry.", statusCode: StatusCodes.Status412PreconditionFailed, title: "Precondition Failed");
}
