using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Data;

/// <summary>Where a page of search results ended: the sort key of its last actor.</summary>
/// <param name="Rank">With a search text, the relevance of the last actor; otherwise null and <paramref name="Name"/> is set.</param>
public sealed record ActorSearchPosition(Guid Id, string? Name, double? Rank);

/// <summary>One page of matching actors and, when more follow, the position to continue from.</summary>
public sealed record ActorSearchResult(IReadOnlyList<Actor> Actors, ActorSearchPosition? Next);

/// <summary>
/// A search of the directory, ready to run: the filters as indexed SQL, then a stable order, by
/// name without search text and by relevance with it (ties broken by id so keyset paging never
/// skips or repeats an actor).
/// </summary>
public sealed class ActorSearch
{
    private readonly DirectoryDbContext db;
    private readonly ActorSearchFilter filter;
    private readonly TextCandidates? candidates;

    private ActorSearch(DirectoryDbContext db, ActorSearchFilter filter, TextCandidates? candidates)
    {
        this.db = db;
        this.filter = filter;
        this.candidates = candidates;
    }

    /// <summary>Looks up, for a search text, the directory words its words may stand for.</summary>
    public static async Task<ActorSearch> PrepareAsync(DirectoryDbContext db, ActorSearchFilter filter, CancellationToken cancellationToken) =>
        new(db, filter, filter.Text is { } text ? await db.CandidatesAsync(text, cancellationToken) : null);

    public async Task<ActorSearchResult> ReadPageAsync(ActorSearchPosition? after, int limit, CancellationToken cancellationToken)
    {
        var actors = Matching();
        if (filter.Text is { } text)
        {
            var ranked = RankedBy(actors, text);
            if (after is { Rank: { } rank })
            {
                ranked = ranked.Where(match => match.Rank < rank || (match.Rank == rank && match.Actor.Id > after.Id));
            }

            var matches = await InRankOrder(ranked).Take(limit + 1).ToListAsync(cancellationToken);
            var last = matches.Count > limit ? matches[limit - 1] : null;
            return new ActorSearchResult(
                matches.Take(limit).Select(match => match.Actor).ToList(),
                last is null ? null : new ActorSearchPosition(last.Actor.Id, null, last.Rank));
        }

        if (after is { Name: { } name })
        {
            actors = actors.Where(actor => EF.Functions.GreaterThan(ValueTuple.Create(actor.Name, actor.Id), ValueTuple.Create(name, after.Id)));
        }

        var page = await InNameOrder(actors).Take(limit + 1).ToListAsync(cancellationToken);
        var lastActor = page.Count > limit ? page[limit - 1] : null;
        return new ActorSearchResult(
            page.Take(limit).ToList(),
            lastActor is null ? null : new ActorSearchPosition(lastActor.Id, lastActor.Name, null));
    }

    /// <summary>Every matching actor, in the order pages list them.</summary>
    public IQueryable<Actor> All() =>
        filter.Text is { } text ? InRankOrder(RankedBy(Matching(), text)).Select(match => match.Actor) : InNameOrder(Matching());

    /// <summary>The actors that pass every filter, unordered.</summary>
    public IQueryable<Actor> Matching()
    {
        var actors = db.Actors.AsNoTracking();
        if (filter.Text is { } text)
        {
            var wholeText = $" {text} ";
            actors = candidates switch
            {
                TextCandidates.Words { Proximity: null } words => actors.Where(actor => db.ActorWords.Any(candidate =>
                    candidate.ActorId == actor.Id && candidate.Words.Matches(words.All))),
                TextCandidates.Words { Proximity: { } proximity } words => actors.Where(actor => db.ActorWords.Any(candidate =>
                    candidate.ActorId == actor.Id && candidate.Words.Matches(words.All) && candidate.Words.Matches(proximity))),
                TextCandidates.WholeText => actors.Where(actor => (" " + actor.SearchText + " ").Contains(wholeText)),
                _ => actors.Where(_ => false),
            };
        }

        if (filter.Territory is { } territory)
        {
            actors = actors.Where(territory.Includes<Actor>(actor => actor.Location));
        }

        if (filter.Kinds.Count > 0)
        {
            actors = actors.Where(actor => filter.Kinds.Contains(actor.Kind));
        }

        if (filter.Themes.Count > 0)
        {
            actors = actors.Where(actor => actor.Themes.Any(theme => filter.Themes.Contains(theme)));
        }

        if (filter.Offers.Count > 0)
        {
            var availableAfter = filter.OffersAvailableAfter;
            actors = actors.Where(actor => db.Offers.Any(offer =>
                offer.ActorId == actor.Id
                && !offer.IsWithdrawn
                && filter.Offers.Contains(offer.Kind)
                && (!offer.Availabilities.Any() || offer.Availabilities.Any(window => window.EndsAt > availableAfter))));
        }

        if (filter.IsInternationalSolidarity is { } isInternationalSolidarity)
        {
            actors = actors.Where(actor => actor.IsInternationalSolidarity == isInternationalSolidarity);
        }

        if (filter.UpdatedSince is { } since)
        {
            actors = actors.Where(actor => actor.UpdatedAt >= since);
        }

        return actors.Where(actor => filter.Statuses.Contains(actor.Status));
    }

    /// <summary>
    /// Relevance: 2 when the name starts with the searched words (an exact name included), 1 when
    /// it starts with the text as a prefix ("resac" for RESACOOP), plus the trigram word
    /// similarity (0..1) that forgives typos. The name leads <see cref="Actor.SearchText"/>.
    /// Computed only for the candidates that <see cref="ActorWordQuery"/> lets through.
    /// </summary>
    private static IQueryable<RankedActor> RankedBy(IQueryable<Actor> actors, string text)
    {
        var words = text + " ";
        return actors.Select(actor => new RankedActor
        {
            Actor = actor,
            Rank = (actor.SearchText == text || actor.SearchText.StartsWith(words) ? 2.0 : actor.SearchText.StartsWith(text) ? 1.0 : 0.0)
                + EF.Functions.TrigramsWordSimilarity(text, actor.SearchText),
        });
    }

    private static IOrderedQueryable<RankedActor> InRankOrder(IQueryable<RankedActor> matches) =>
        matches.OrderByDescending(match => match.Rank).ThenBy(match => match.Actor.Id);

    private static IOrderedQueryable<Actor> InNameOrder(IQueryable<Actor> actors) =>
        actors.OrderBy(actor => actor.Name).ThenBy(actor => actor.Id);

    private sealed class RankedActor
    {
        public required Actor Actor { get; init; }

        public double Rank { get; init; }
    }
}
