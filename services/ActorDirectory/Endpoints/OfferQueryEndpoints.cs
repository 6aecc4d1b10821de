using ActorDirectory.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints;

/// <summary>Reading offers: searching them all, one offer, an actor's offers.</summary>
public static class OfferQueryEndpoints
{
    /// <summary>
    /// Unknown <c>near</c> communes answer 422: the parameter is well formed, but names no commune
    /// of the reference.
    /// </summary>
    public static async Task<Results<Ok<Page<OfferSearchResult>>, ValidationProblem, ProblemHttpResult>> SearchOffers(
        [AsParameters] OfferSearchParameters parameters,
        DirectoryDbContext db,
        TerritoryLookup territories,
        CancellationToken cancellationToken)
    {
        if (!parameters.TryGetCriteria(out var criteria, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var near = criteria.NearCommuneCode is { } communeCode
            ? await territories.LocateCommuneAsync(communeCode, cancellationToken)
            : null;
        if (criteria.NearCommuneCode is not null && near is null)
        {
            return Problems.Unprocessable($"No commune has the INSEE code {criteria.NearCommuneCode}.");
        }

        return TypedResults.Ok(await OfferSearch.RunAsync(db, criteria, near, cancellationToken));
    }

    public static async Task<Results<Ok<OfferResponse>, ProblemHttpResult>> GetOffer(
        Guid id, DirectoryDbContext db, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.AsNoTracking().Include(offer => offer.Availabilities).SingleOrDefaultAsync(offer => offer.Id == id, cancellationToken);
        if (offer is null)
        {
            return Problems.NotFound($"No offer has the id {id}.");
        }

        httpContext.Response.GetTypedHeaders().ETag = OfferEndpoints.ETagOf(offer);
        return TypedResults.Ok(OfferResponse.From(offer));
    }

    /// <param name="includeWithdrawn">True to list the actor's withdrawn offers too.</param>
    public static async Task<Results<Ok<Page<OfferResponse>>, ProblemHttpResult>> ListActorOffers(
        Guid actorId,
        bool? includeWithdrawn,
        int? limit,
        string? cursor,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        if (!await db.Actors.AnyAsync(actor => actor.Id == actorId, cancellationToken))
        {
            return Problems.NotFound($"No actor has the id {actorId}.");
        }

        var query = db.Offers.AsNoTracking().Include(offer => offer.Availabilities).Where(offer => offer.ActorId == actorId);
        if (includeWithdrawn is not true)
        {
            query = query.Where(offer => !offer.IsWithdrawn);
        }

        if (cursor is not null)
        {
            if (!PageCursor.TryDecodeId(cursor, out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(offer => offer.Id > after);
        }

        var page = await query.OrderBy(offer => offer.Id).Take(pageSize + 1).AsSplitQuery().ToListAsync(cancellationToken);
        var nextCursor = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        return TypedResults.Ok(new Page<OfferResponse>(page.Take(pageSize).Select(OfferResponse.From).ToList(), nextCursor));
    }
}
