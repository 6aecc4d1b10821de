using System.Net;
using System.Text.Json;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Endpoints;
using ActorDirectory.Endpoints.Network;
using ActorDirectory.Tests.Offers;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Publishing;
using Ssi.Testing;

namespace ActorDirectory.Tests.Network;

public sealed class ChangeFeedTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private Task<ChangePage<ChangeItem>> ReadAsync(string? after, int limit = 100, string types = "") =>
        factory.CreateClient().GetJsonAsync<ChangePage<ChangeItem>>(
            $"/changes?limit={limit}" + (types == "" ? "" : $"&types={types}") + (after is null ? "" : $"&after={after}"));

    /// <summary>Reads until the feed has nothing more, as a network does on each poll.</summary>
    private async Task<(List<ChangeItem> Items, string Cursor)> DrainAsync(string? after, int limit = 100, string types = "")
    {
        var items = new List<ChangeItem>();
        while (true)
        {
            var page = await ReadAsync(after, limit, types);
            items.AddRange(page.Items);
            after = page.NextCursor;
            if (!page.HasMore)
            {
                return (items, after);
            }
        }
    }

    /// <summary>
    /// A cursor of the feed (for these types) past every change made so far. Other databases'
    /// transactions on the same server can hold the feed's horizon back a moment, hence the retries.
    /// </summary>
    private async Task<string> SettledEndAsync(string types = "")
    {
        var last = await factory.InScopeAsync(db => db.Changes.OrderBy(change => change.TransactionId).ThenBy(change => change.Sequence).LastOrDefaultAsync(Cancellation));
        var cursor = "";
        await Eventually.Async(async () =>
        {
            cursor = (await DrainAsync(null, types: types)).Cursor;
            Assert.True(ChangeFeedPosition.TryDecode(cursor, types == "" ? "*" : types, out var position));
            Assert.True(last is null || (position.TransactionId, position.Sequence).CompareTo((last.TransactionId, last.Sequence)) >= 0);
        });
        return cursor;
    }

    private static string Json(ActorResponse? actor) => JsonSerializer.Serialize(actor, JsonDefaults.Options);

    [Fact]
    public async Task Creations_updates_and_archivals_come_in_order_with_the_current_profile()
    {
        var start = await SettledEndAsync();
        var ccas = await factory.AddActorAsync("CCAS d'Eaubonne", ActorKind.Ccas, Places.Eaubonne);
        var mjc = await factory.AddActorAsync("MJC de Fontenay-sous-Bois", ActorKind.Mjc, Places.FontenaySousBois);
        await factory.ChangeActorAsync(ccas.Id, actor => actor.Describe("Centre communal d'action sociale."));
        var archived = await factory.ChangeActorAsync(mjc.Id, actor => actor.Archive(TimeProvider.System.GetDatabaseNow()));

        List<ChangeItem> oneByOne = [];
        await Eventually.Async(async () =>
        {
            oneByOne = (await DrainAsync(start, limit: 1)).Items;
            Assert.Equal(4, oneByOne.Count);
        });
        var coalesced = (await DrainAsync(start)).Items;

        Assert.Equal(
            [(ccas.Id, ChangeKind.Upserted), (mjc.Id, ChangeKind.Upserted), (ccas.Id, ChangeKind.Upserted), (mjc.Id, ChangeKind.Archived)],
            oneByOne.Select(item => (item.EntityId, item.Change)));
        Assert.All(oneByOne, item => Assert.Equal("actor", item.EntityType));
        Assert.Equal(oneByOne.Select(item => item.Sequence).Order(), oneByOne.Select(item => item.Sequence));

        // Within one page, a record's changes are coalesced into its last one: the profile is current anyway.
        Assert.Equal([(ccas.Id, ChangeKind.Upserted), (mjc.Id, ChangeKind.Archived)], coalesced.Select(item => (item.EntityId, item.Change)));
        Assert.Equal("Centre communal d'action sociale.", coalesced[0].Actor?.Description);
        Assert.Equal(ActorStatus.Archived, coalesced[1].Actor?.Status);
        Assert.Equal(Json(ActorResponse.From(archived)), Json(coalesced[1].Actor));
    }

    [Fact]
    public async Task A_network_replaying_then_polling_the_feed_holds_exactly_the_active_actors()
    {
        await factory.AddActorAsync("RESACOOP", ActorKind.RegionalNetwork, Places.Lyon);
        var radsiLike = await factory.AddActorAsync("Lianes Coopération", ActorKind.RegionalNetwork, Places.Lille);
        var copy = new Dictionary<Guid, string>();
        void Apply(IEnumerable<ChangeItem> items)
        {
            foreach (var item in items.Where(item => item.EntityType == "actor"))
            {
                if (item.Change == ChangeKind.Erased || item.Actor is not { Status: ActorStatus.Active })
                {
                    copy.Remove(item.EntityId);
                }
                else
                {
                    copy[item.EntityId] = Json(item.Actor);
                }
            }
        }

        var (replayed, cursor) = await DrainAsync(null, limit: 2);
        Apply(replayed);

        var lille = await factory.AddActorAsync("Université de Lille", ActorKind.University, Places.Lille);
        await factory.ChangeActorAsync(radsiLike.Id, actor => actor.Themes = ["food-sovereignty"]);
        await factory.ChangeActorAsync(lille.Id, actor => actor.Archive(TimeProvider.System.GetDatabaseNow()));
        var cinema = await factory.AddActorAsync("Cinéma Le Méliès", ActorKind.Cinema, Places.Pau);
        await Eventually.Async(async () =>
        {
            var (polled, next) = await DrainAsync(cursor, limit: 2);
            Apply(polled);
            cursor = next;
            Assert.Contains(cinema.Id, copy.Keys);
        });

        var active = await factory.InScopeAsync(db => db.Actors.AsNoTracking().Where(actor => actor.Status == ActorStatus.Active).ToListAsync(Cancellation));
        Assert.Equal(active.ToDictionary(actor => actor.Id, actor => Json(ActorResponse.From(actor))), copy);
        Assert.DoesNotContain(lille.Id, copy.Keys);

        var idle = await ReadAsync(cursor);
        Assert.Empty(idle.Items);
        Assert.False(idle.HasMore);
        Assert.Equal(cursor, idle.NextCursor);
    }

    [Fact]
    public async Task A_change_committed_after_a_slow_one_waits_for_it_and_both_come_in_order()
    {
        var start = await SettledEndAsync();
        var slowActor = DirectoryWrites.NewActor("Mairie de Billère", ActorKind.Commune, Places.Billere);
        await using var slow = await factory.HoldTransactionAsync();
        slow.Db.Actors.Add(slowActor);
        await slow.Db.SaveChangesAsync(Cancellation);

        var quick = await factory.AddActorAsync("Médiathèque d'Este", ActorKind.Library, Places.Billere);
        var whileHeld = await DrainAsync(start);

        Assert.DoesNotContain(whileHeld.Items, item => item.EntityId == quick.Id || item.EntityId == slowActor.Id);
        Assert.Equal(start, whileHeld.Cursor);

        await slow.CommitAsync();
        await Eventually.Async(async () =>
            Assert.Equal([slowActor.Id, quick.Id], (await DrainAsync(start)).Items.Select(item => item.EntityId)));
    }

    /// <summary>
    /// The older transaction takes a later sequence and commits first: by sequence alone, a reader
    /// would serve it and move past the younger transaction's earlier sequence for good.
    /// </summary>
    [Fact]
    public async Task A_younger_transaction_holding_an_earlier_sequence_is_not_skipped()
    {
        var start = await SettledEndAsync();
        await using var older = await factory.HoldTransactionAsync();
        await older.TakeTransactionIdAsync();

        var youngerActor = DirectoryWrites.NewActor("CCAS d'Eaubonne", ActorKind.Ccas, Places.Eaubonne);
        await using var younger = await factory.HoldTransactionAsync();
        younger.Db.Actors.Add(youngerActor);
        await younger.Db.SaveChangesAsync(Cancellation);

        var olderActor = DirectoryWrites.NewActor("Ville de Cergy", ActorKind.Commune, Places.Cergy);
        older.Db.Actors.Add(olderActor);
        await older.Db.SaveChangesAsync(Cancellation);
        await older.CommitAsync();

        string cursor = start;
        await Eventually.Async(async () =>
        {
            var (items, next) = await DrainAsync(start);
            Assert.Equal([olderActor.Id], items.Select(item => item.EntityId));
            cursor = next;
        });

        await younger.CommitAsync();
        await Eventually.Async(async () =>
            Assert.Equal([youngerActor.Id], (await DrainAsync(cursor)).Items.Select(item => item.EntityId)));

        var sequences = await factory.InScopeAsync(db => db.Changes.Where(change => change.EntityId == olderActor.Id || change.EntityId == youngerActor.Id)
            .ToDictionaryAsync(change => change.EntityId, change => change.Sequence, Cancellation));
        Assert.True(sequences[youngerActor.Id] < sequences[olderActor.Id], "The scenario needs the younger transaction to hold the earlier sequence.");
    }

    [Fact]
    public async Task Contacts_travel_as_ids_only_and_an_erasure_is_a_tombstone()
    {
        var actor = await factory.AddActorAsync("Artisans du Monde Pau", ActorKind.Association, Places.Pau);
        var start = await SettledEndAsync(types: "contact");
        var contact = await factory.InScopeAsync(async db =>
        {
            var person = new Contact(actor.Id, "Dominique Exemple", ContactVisibility.Public, LegalBasis.Consent, new DateOnly(2026, 10, 1), "bulletin d'adhésion", DateTimeOffset.UtcNow)
            {
                Email = "dominique.exemple@example.org",
            };
            db.Contacts.Add(person);
            await db.SaveChangesAsync(Cancellation);
            return person;
        });

        string cursor = start;
        await Eventually.Async(async () =>
        {
            var response = await factory.CreateClient().GetAsync($"/changes?types=contact&after={start}", Cancellation);
            var body = await response.Content.ReadAsStringAsync(Cancellation);
            var page = await response.ReadJsonAsync<ChangePage<ChangeItem>>();
            var item = Assert.Single(page.Items);
            Assert.Equal(("contact", contact.Id, actor.Id, ChangeKind.Upserted, (ActorResponse?)null), (item.EntityType, item.EntityId, item.ActorId, item.Change, item.Actor));
            Assert.DoesNotContain("Dominique", body);
            Assert.DoesNotContain("example.org", body);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            cursor = page.NextCursor;
        });

        await factory.InScopeAsync(async db =>
        {
            db.Contacts.Remove(await db.Contacts.SingleAsync(person => person.Id == contact.Id, Cancellation));
            return await db.SaveChangesAsync(Cancellation);
        });

        await Eventually.Async(async () =>
        {
            var item = Assert.Single((await DrainAsync(cursor, types: "contact")).Items);
            Assert.Equal((contact.Id, actor.Id, ChangeKind.Erased), (item.EntityId, item.ActorId, item.Change));
        });
    }

    [Fact]
    public async Task A_contact_s_changes_reach_only_the_readers_who_may_see_that_contact()
    {
        var actor = await factory.AddActorAsync("Peuples Solidaires Pau", ActorKind.Association, Places.Pau);
        var start = await SettledEndAsync(types: "contact");
        var (membersOnly, secret, narrowed) = await factory.InScopeAsync(async db =>
        {
            Contact Person(string name, ContactVisibility visibility) =>
                new(actor.Id, name, visibility, LegalBasis.Consent, new DateOnly(2026, 10, 1), "bulletin d'adhésion", DateTimeOffset.UtcNow);
            var contacts = (Person("Alix Exemple", ContactVisibility.Members), Person("Sacha Exemple", ContactVisibility.Private), Person("Noa Exemple", ContactVisibility.Public));
            db.Contacts.AddRange(contacts.Item1, contacts.Item2, contacts.Item3);
            await db.SaveChangesAsync(Cancellation);
            return contacts;
        });
        await factory.InScopeAsync(async db =>
        {
            (await db.Contacts.SingleAsync(contact => contact.Id == narrowed.Id, Cancellation)).Visibility = ContactVisibility.Private;
            return await db.SaveChangesAsync(Cancellation);
        });

        async Task<List<Guid>> SeenByAsync(HttpClient reader) =>
            [.. (await reader.GetJsonAsync<ChangePage<ChangeItem>>($"/changes?types=contact&after={start}")).Items.Select(item => item.EntityId)];

        await Eventually.Async(async () =>
            Assert.Equal([membersOnly.Id, secret.Id, narrowed.Id], await SeenByAsync(factory.MemberOf(actor.Id))));
        // Anonymous readers hear only of the contact that was public, and find it gone when they fetch it.
        Assert.Equal([narrowed.Id], await SeenByAsync(factory.CreateClient()));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/actors/{actor.Id}/contacts/{narrowed.Id}", Cancellation)).StatusCode);
        Assert.Equal([membersOnly.Id, narrowed.Id], await SeenByAsync(factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"]))));
    }

    [Fact]
    public async Task A_type_filter_only_serves_those_types()
    {
        var actor = await factory.AddActorAsync("CA de Cergy-Pontoise", ActorKind.Epci, Places.Cergy);
        var cursor = await SettledEndAsync(types: "offer,sponsorship");

        var (items, _) = await DrainAsync(null, limit: 1, types: "offer,sponsorship");
        var (actors, _) = await DrainAsync(null, types: "actor");

        Assert.DoesNotContain(items, item => item.EntityType is "actor" or "contact");
        Assert.Contains(actor.Id, actors.Select(item => item.EntityId));
        Assert.Empty((await ReadAsync(cursor, types: "offer,sponsorship")).Items);
    }

    [Theory]
    [InlineData("/changes?after=nonsense")]
    [InlineData("/changes?after=")]
    [InlineData("/changes?limit=0")]
    [InlineData("/changes?limit=1001")]
    [InlineData("/changes?limit=many")]
    [InlineData("/changes?types=actor,person")]
    public async Task Bad_feed_parameters_get_a_400_problem(string url)
    {
        var response = await factory.CreateClient().GetAsync(url, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_cursor_is_refused_by_a_feed_of_other_types_or_by_the_search()
    {
        var client = factory.CreateClient();
        var actorsOnly = await ReadAsync(null, types: "actor");
        var searchPage = await client.GetJsonAsync<Page<ActorResponse>>("/actors?limit=1");

        var otherTypes = await client.GetAsync($"/changes?types=actor,contact&after={actorsOnly.NextCursor}", Cancellation);
        var sameTypes = await client.GetAsync($"/changes?types=actor&after={actorsOnly.NextCursor}", Cancellation);
        var searchCursor = searchPage.NextCursor is null ? null : await client.GetAsync($"/changes?after={searchPage.NextCursor}", Cancellation);
        var feedCursorInSearch = await client.GetAsync($"/actors?cursor={actorsOnly.NextCursor}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, otherTypes.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameTypes.StatusCode);
        Assert.True(searchCursor is null || searchCursor.StatusCode == HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.BadRequest, feedCursorInSearch.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_network_endpoints()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json", Cancellation);
        var paths = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement.GetProperty("paths");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(paths.TryGetProperty("/changes", out _));
        Assert.True(paths.TryGetProperty("/actors/export.csv", out _));
        Assert.True(paths.TryGetProperty("/actors/{id}/jsonld", out _));
        var searchParameters = paths.GetProperty("/actors").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString());
        Assert.Equal(["q", "territory", "kind", "theme", "offers", "isInternationalSolidarity", "status", "updatedSince", "limit", "cursor"], searchParameters);
    }
}
