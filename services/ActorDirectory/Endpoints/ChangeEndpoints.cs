using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using ActorDirectory.Data;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Endpoints.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints;

/// <summary>
/// The changes feed networks follow to keep an exact copy of the directory: replay it from the
/// start once, then poll with the last <c>nextCursor</c>.
/// </summary>
public static class ChangeEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    private static readonly string[] EntityTypes =
        [ChangeFeed.ActorType, ChangeFeed.ContactType, ChangeFeed.OfferType, ChangeFeed.CollectiveType, ChangeFeed.SponsorshipType];

    public static IEndpointRouteBuilder MapChangeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/changes", ListChanges)
            .WithTags("Changes")
            .WithName("ListChanges")
            .WithSummary("The directory's changes after a cursor, to keep an exact copy.")
            .WithDescription("""
                Replay from the start (no after), then poll with the last nextCursor, which is always returned so
                an idle feed keeps its place; hasMore says to ask again at once. Changes come in commit-safe order:
                only changes of transactions older than every running one are served, ordered by transaction then
                sequence, so a slow commit is delivered late but never skipped. An upserted or archived actor
                carries its current public profile (apply it as the state: it may already include later changes);
                archived actors stay with status archived, erased records come as tombstones with ids only.
                Contacts, offers, collectives and sponsorships carry ids only (and the actor id): fetch them with
                your own rights, no personal data travels in the feed. A contact's changes are listed only to
                readers who may see that contact, so the feed never reveals one that GET would answer 404 for. Within one page, a record's changes are
                coalesced into its last one. A cursor only continues a feed of the same types.
                """)
            .AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<ChangePage>, ValidationProblem, ProblemHttpResult>> ListChanges(
        [Description("A nextCursor or item cursor of this feed; omitted, the feed starts from the beginning.")] string? after,
        [Description("How many changes to read, 1 to 1000 (default 100).")] int? limit,
        [Description("Entity types to follow (repeat or comma-separate): actor, contact, offer, collective, sponsorship. All when omitted.")] string[]? types,
        HttpContext context,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        var pageSize = limit ?? DefaultLimit;
        if (pageSize is < 1 or > MaxLimit)
        {
            return Problems.Invalid("limit", $"limit must be between 1 and {MaxLimit}.");
        }

        var selected = (types ?? []).SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        if (selected.FirstOrDefault(type => !EntityTypes.Contains(type)) is { } unknown)
        {
            return Problems.Invalid("types", $"'{unknown}' is not one of: {string.Join(", ", EntityTypes)}.");
        }

        var selection = selected.Count == 0 ? "*" : string.Join(',', selected);
        var position = ChangeFeedPosition.Start;
        if (after is not null && !ChangeFeedPosition.TryDecode(after, selection, out position))
        {
            return TypedResults.Problem(
                "after is not a cursor of this feed for these types: pass a cursor the feed returned with the same types, or omit it to start from the beginning.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad Request");
        }

        var rows = await ReadSettledAsync(db, position, pageSize + 1, cancellationToken);
        var page = rows.Take(pageSize).ToList();
        var wanted = page.Where(change => selected.Count == 0 || selected.Contains(change.EntityType)).ToList();
        var items = await DescribeAsync(db, await VisibleToAsync(context.User, db, wanted, cancellationToken), selection, cancellationToken);
        var last = page.Count > 0 ? new ChangeFeedPosition(page[^1].TransactionId, page[^1].Sequence) : position;

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ChangePage(items, last.Encode(selection), rows.Count > pageSize));
    }

    /// <summary>
    /// Rows after the position, in (transaction, sequence) order, from transactions older than every
    /// transaction still running (<c>pg_snapshot_xmin</c>). Any row that becomes visible later
    /// belongs to a transaction running now or started later, whose id is at least that horizon, so
    /// it sorts after everything served: the feed never skips a slow commit. Ordering by sequence
    /// alone would not be enough: a transaction with an older id can take a later sequence, commit
    /// first, and be served before an earlier sequence of a younger transaction becomes visible.
    /// </summary>
    private static Task<List<ChangeRecord>> ReadSettledAsync(DirectoryDbContext db, ChangeFeedPosition after, int count, CancellationToken cancellationToken)
    {
        var afterTransaction = after.TransactionId.ToString(CultureInfo.InvariantCulture);
        return db.Changes.FromSql($"""
                SELECT * FROM changes
                WHERE (transaction_id, sequence) > ({afterTransaction}::xid8, {after.Sequence})
                  AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
                """)
            .AsNoTracking()
            .OrderBy(change => change.TransactionId)
            .ThenBy(change => change.Sequence)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The changes <paramref name="user"/> may know of: a contact's only for those who may read a contact of its visibility on its actor.</summary>
    private static async Task<List<ChangeRecord>> VisibleToAsync(ClaimsPrincipal user, DirectoryDbContext db, List<ChangeRecord> changes, CancellationToken cancellationToken)
    {
        var contactActorIds = changes
            .Where(change => change.EntityType == ChangeFeed.ContactType && change.ActorId is not null)
            .Select(change => change.ActorId!.Value)
            .Distinct()
            .ToList();
        if (contactActorIds.Count == 0 || user.IsAdmin())
        {
            return changes;
        }

        var actors = await db.Actors.AsNoTracking()
            .Where(actor => contactActorIds.Contains(actor.Id))
            .ToDictionaryAsync(actor => actor.Id, cancellationToken);
        return changes.Where(change => change.EntityType != ChangeFeed.ContactType
                || (change.Visibility is { } visibility && change.ActorId is { } actorId && actors.TryGetValue(actorId, out var actor)
                    && ContactAccess.VisibilitiesFor(user, actor).Contains(visibility)))
            .ToList();
    }

    /// <summary>
    /// One item per record and page, at its last change: an actor's profile is its current state
    /// anyway, so earlier changes of the same record in the page would repeat it.
    /// </summary>
    private static async Task<List<ChangeItem>> DescribeAsync(DirectoryDbContext db, IEnumerable<ChangeRecord> page, string selection, CancellationToken cancellationToken)
    {
        var latest = page
            .Select((change, index) => (change, index))
            .GroupBy(row => (row.change.EntityType, row.change.EntityId))
            .Select(group => group.Last())
            .OrderBy(row => row.index)
            .Select(row => row.change)
            .ToList();

        var actorIds = latest
            .Where(change => change.EntityType == ChangeFeed.ActorType && change.Kind != ChangeKind.Erased)
            .Select(change => change.EntityId)
            .ToList();
        var actors = await db.Actors.AsNoTracking()
            .Where(actor => actorIds.Contains(actor.Id))
            .ToDictionaryAsync(actor => actor.Id, cancellationToken);

        return latest.Select(change => new ChangeItem(
                new ChangeFeedPosition(change.TransactionId, change.Sequence).Encode(selection),
                change.Sequence,
                change.EntityType,
                change.EntityId,
                change.ActorId,
                change.Kind,
                change.OccurredAt,
                change.EntityType == ChangeFeed.ActorType && change.Kind != ChangeKind.Erased && actors.TryGetValue(change.EntityId, out var actor)
                    ? ActorResponse.From(actor)
                    : null))
            .ToList();
    }
}
