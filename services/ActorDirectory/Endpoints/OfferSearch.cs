using System.Globalization;
using System.Linq.Expressions;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Endpoints;

/// <summary>
/// Finds the offers of active actors that answer a question like "a room for 80 people in or near
/// Billère on 18 November": nearest first (same commune, same EPCI, same department), then by id.
/// </summary>
public static class OfferSearch
{
    private const int SameCommune = (int)OfferDistance.SameCommune;
    private const int SameEpci = (int)OfferDistance.SameEpci;
    private const int SameDepartment = (int)OfferDistance.SameDepartment;

    /// <param name="near">The commune the search is near, located; null for a search anywhere.</param>
    public static async Task<Page<OfferSearchResult>> RunAsync(
        DirectoryDbContext db, OfferSearchCriteria criteria, TerritoryLocation? near, CancellationToken cancellationToken)
    {
        var offers = Filter(db.Offers.AsNoTracking().Where(offer => !offer.IsWithdrawn), criteria);

        var ranked = near is null
            ? offers.Select(offer => new { Offer = offer, Rank = SameCommune })
            : offers
                .Where(offer => offer.Location.DepartmentCode == near.DepartmentCode
                    || (near.EpciCode != null && offer.Location.EpciCode == near.EpciCode))
                .Select(offer => new
                {
                    Offer = offer,
                    Rank = offer.Location.CommuneCode == near.CommuneCode ? SameCommune
                        : near.EpciCode != null && offer.Location.EpciCode == near.EpciCode ? SameEpci
                        : SameDepartment,
                });

        if (criteria.After is var (afterRank, afterId))
        {
            ranked = ranked.Where(row => row.Rank > afterRank || (row.Rank == afterRank && row.Offer.Id > afterId));
        }

        var rows = await (
                from row in ranked
                join actor in db.Actors on row.Offer.ActorId equals actor.Id
                join commune in db.Territories on new { Kind = TerritoryKind.Commune, Code = row.Offer.Location.CommuneCode } equals new { commune.Kind, commune.Code }
                where actor.Status == ActorStatus.Active
                orderby row.Rank, row.Offer.Id
                select new
                {
                    row.Rank,
                    row.Offer.Id,
                    row.Offer.Kind,
                    row.Offer.Title,
                    row.Offer.Description,
                    row.Offer.Capacity,
                    row.Offer.Tags,
                    Availability = row.Offer.Availabilities
                        .OrderBy(window => window.StartsAt)
                        .Select(window => new AvailabilityWindowResponse(window.StartsAt, window.EndsAt))
                        .ToList(),
                    row.Offer.ActorId,
                    ActorName = actor.Name,
                    row.Offer.Location.CommuneCode,
                    CommuneName = commune.Name,
                })
            .Take(criteria.Limit + 1)
            .ToListAsync(cancellationToken);

        var page = rows.Take(criteria.Limit)
            .Select(row => new OfferSearchResult(
                row.Id, row.Kind, row.Title, row.Description, row.Capacity, row.Tags, row.Availability,
                row.ActorId, row.ActorName, row.CommuneCode, row.CommuneName,
                near is null ? null : (OfferDistance)row.Rank))
            .ToList();
        var nextCursor = rows.Count > criteria.Limit
            ? PageCursor.Encode(rows[criteria.Limit - 1].Rank.ToString(CultureInfo.InvariantCulture), rows[criteria.Limit - 1].Id.ToString())
            : null;
        return new Page<OfferSearchResult>(page, nextCursor);
    }

    private static IQueryable<Offer> Filter(IQueryable<Offer> offers, OfferSearchCriteria criteria)
    {
        if (criteria.Kind is { } kind)
        {
            offers = offers.Where(offer => offer.Kind == kind);
        }

        if (criteria.MinCapacity is { } minCapacity)
        {
            offers = offers.Where(offer => offer.Capacity >= minCapacity);
        }

        foreach (var tag in criteria.Tags)
        {
            offers = offers.Where(offer => offer.Tags.Contains(tag));
        }

        if (criteria.AvailableFrom is not null || criteria.AvailableUntil is not null)
        {
            var overlaps = Overlapping(criteria.AvailableFrom, criteria.AvailableUntil);
            offers = offers.Where(offer => !offer.Availabilities.Any() || offer.Availabilities.AsQueryable().Any(overlaps));
        }

        return offers;
    }

    private static Expression<Func<OfferAvailability, bool>> Overlapping(DateTimeOffset? from, DateTimeOffset? until) => (from, until) switch
    {
        ({ } start, { } end) => window => window.StartsAt < end && window.EndsAt > start,
        ({ } start, null) => window => window.EndsAt > start,
        (null, { } end) => window => window.StartsAt < end,
        _ => window => true,
    };
}
