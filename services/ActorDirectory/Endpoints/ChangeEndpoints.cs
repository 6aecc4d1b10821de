using System.ComponentModel;
using System.Security.Claims;
using ActorDirectory.Data;
using ActorDirectory.Domain.Authorization;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Endpoints.Network;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;

namespace ActorDirectory.Endpoints;

/// <summary>
/// The changes feed networks follow to keep an exact copy of the directory: replay it from the
/// start once, then poll with the last <c>nextCursor</c>.
/// </summary>
public static class ChangeEndpoints
{
    private static readonly string[] EntityTypes =
        [ChangeRecorder.ActorType, ChangeRecorder.ContactType, ChangeRecorder.OfferType, ChangeRecorder.CollectiveType, ChangeRecorder.SponsorshipType];

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

    public static async Task<Results<Ok<ChangePage<ChangeItem>>, ValidationProblem, ProblemHttpResult>> ListChanges(
        [Description("A nextCursor or item cursor of this feed; omitted, the feed starts from the beginning.")] string? after,
        [Description("How many changes to read, 1 to 1000 (default 100).")] int? limit,
        [Description("Entity types to follow (repeat or comma-separate): actor, contact, offer, collective, sponsorship. All when omitted.")] string[]? types,
        HttpContext context,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        var pageSize = limit ?? ChangeFeed.DefaultLimit;
        if (pageSize is < 1 or > ChangeFeed.MaxLimit)
        {
            return Problems.Invalid("limit", $"limit must be between 1 and {ChangeFeed.MaxLimit}.");
        }

        if (ChangeFeed.TrySelect(types, EntityTypes, out var selected, out var selection) is { } unknownType)
        {
            return Problems.Invalid("types", unknownType);
        }

        var position = ChangeFeedPosition.Start;
        if (after is not null && !ChangeFeedPosition.TryDecode(after, selection, out position))
        {
            return TypedResults.Problem(
                "after is not a cursor of this feed for these types: pass a cursor the feed returned with the same types, or omit it to start from the beginning.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad Request");
        }

        var rows = await ChangeFeed.ReadSettledAsync(db.Changes, position, pageSize + 1, cancellationToken);
        var page = rows.Take(pageSize).ToList();
        var wanted = page.Where(change => selected.Count == 0 || selected.Contains(change.EntityType)).ToList();
        var items = await DescribeAsync(db, await VisibleToAsync(context.User, db, wanted, cancellationToken), selection, cancellationToken);
        var last = page.Count > 0 ? ChangeFeed.PositionOf(page[^1]) : position;

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ChangePage<ChangeItem>(items, last.Encode(selection), rows.Count > pageSize));
    }

    /// <summary>The changes <paramref name="user"/> may know of: a contact's only for those who may read a contact of its visibility on its actor.</summary>
    private static async Task<List<ChangeRecord>> VisibleToAsync(ClaimsPrincipal user, DirectoryDbContext db, List<ChangeRecord> changes, CancellationToken cancellationToken)
    {
        var contactActorIds = changes
            .Where(change => change.EntityType == ChangeRecorder.ContactType && change.ActorId is not null)
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
        return changes.Where(change => change.EntityType != ChangeRecorder.ContactType
                || (change.Visibility is { } visibility && change.ActorId is { } actorId && actors.TryGetValue(actorId, out var actor)
                    && ContactAccess.VisibilitiesFor(user, actor).Contains(visibility)))
            .ToList();
    }

    /// <summary>One item per record and page, at its last change, an actor's with its current public profile.</summary>
    private static async Task<List<ChangeItem>> DescribeAsync(DirectoryDbContext db, IEnumerable<ChangeRecord> page, string selection, CancellationToken cancellationToken)
    {
        var latest = ChangeFeed.Coalesce(page);

        var actorIds = latest
            .Where(change => change.EntityType == ChangeRecorder.ActorType && change.Kind != ChangeKind.Erased)
            .Select(change => change.EntityId)
            .ToList();
        var actors = await db.Actors.AsNoTracking()
            .Where(actor => actorIds.Contains(actor.Id))
            .ToDictionaryAsync(actor => actor.Id, cancellationToken);

        return latest.Select(change => new ChangeItem(
                ChangeFeed.PositionOf(change).Encode(selection),
                change.Sequence,
                change.EntityType,
                change.EntityId,
                change.ActorId,
                change.Kind,
                change.OccurredAt,
                change.EntityType == ChangeRecorder.ActorType && change.Kind != ChangeKind.Erased && actors.TryGetValue(change.EntityId, out var actor)
                    ? ActorResponse.From(actor)
                    : null))
            .ToList();
    }
}
