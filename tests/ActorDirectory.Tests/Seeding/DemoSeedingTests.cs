using System.Text.Json;
using System.Text.RegularExpressions;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Domain.Collectives;
using ActorDirectory.Domain.Offers;
using ActorDirectory.Domain.Territories;
using ActorDirectory.Seeding;
using ActorDirectory.Seeding.Demo;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts;
using Ssi.Contracts.ActorDirectory;
using Ssi.Messaging.Outbox;
using Ssi.ServiceDefaults.Publishing;
using Ssi.ServiceDefaults.Territories;
using Ssi.Testing;

namespace ActorDirectory.Tests.Seeding;

public sealed class DemoSeedingTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    /// <summary>The people the SSI documents name, with their contact details: none may appear in the demo.</summary>
    private static readonly string[] RealPeople = ["Audion", "Frey", "Suhecki", "Garlenq"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        await factory.SeedDemoAsync();
        var before = await factory.CountAsync();

        var again = await factory.SeedDemoAsync();

        Assert.Equal(new DemoSeedResult(0, 0), again);
        Assert.Equal(before, await factory.CountAsync());
        Assert.True(before.Actors >= DemoActors.All.Count);
        Assert.Equal(DemoContacts.All.Count, before.Contacts);
    }

    [Fact]
    public async Task Every_demo_actor_is_announced_once_and_recorded_in_the_changes_feed()
    {
        await factory.SeedDemoAsync();
        await factory.SeedDemoAsync();

        var (events, feed) = await factory.InScopeAsync(async db => (
            await db.Set<OutboxMessage>().Where(message => message.MessageType.Contains("ActorRegistered")).Select(message => message.Body).ToListAsync(Cancellation),
            await db.Changes.Where(change => change.EntityType == "actor").ToListAsync(Cancellation)));
        foreach (var actor in DemoActors.All)
        {
            Assert.Single(events, body => body.Contains(actor.Id.ToString(), StringComparison.Ordinal));
            Assert.Contains(feed, change => change.EntityId == actor.Id && change.Kind == ChangeKind.Upserted);
        }

        await Eventually.Async(async () => Assert.Equal(0, await factory.InScopeAsync(db =>
            db.Set<OutboxMessage>().CountAsync(message => message.DeliveredAt == null, Cancellation))));
    }

    [Fact]
    public async Task Demo_contacts_and_the_Billere_memberships_are_announced_once()
    {
        await factory.SeedDemoAsync();
        await factory.SeedDemoAsync();

        var (contacts, members) = await factory.InScopeAsync(async db => (
            await db.Contacts.AsNoTracking().ToListAsync(Cancellation),
            await db.CollectiveMembers.AsNoTracking()
                .Where(m => db.Collectives.Any(c => c.Id == m.CollectiveId && c.Location.CommuneCode == "64129" && c.Edition == 2026))
                .ToListAsync(Cancellation)));
        var contactNews = await AnnouncedAsync<ContactChanged>();
        var membershipNews = await AnnouncedAsync<CollectiveMembershipChanged>();

        Assert.Equal(DemoContacts.All.Count, contacts.Count);
        foreach (var contact in contacts)
        {
            var news = Assert.Single(contactNews, message => message.ContactId == contact.Id);
            Assert.Equal((contact.ActorId, contact.FullName, contact.Email, contact.UpdatedAt), (news.ActorId, news.FullName, news.Email, news.UpdatedAt));
        }

        var referent = Assert.Single(contactNews, message => message.FullName == "Claire Dubosc");
        Assert.Equal(("public", "legitimate-interest"), (referent.Visibility, referent.LegalBasis));
        Assert.NotEmpty(members);
        foreach (var member in members)
        {
            var news = Assert.Single(membershipNews, message => message.MemberId == member.Id);
            Assert.Equal((member.CollectiveId, member.ActorId, member.LeftOn is null ? "joined" : "left"), (news.CollectiveId, news.ActorId, news.Change));
        }

        var coordination = Assert.Single(membershipNews, message => message.ActorId == DemoActors.MairieDeBillere.Id);
        Assert.Contains("coordination", coordination.Roles);
    }

    [Fact]
    public async Task The_Billere_collective_has_its_coordinator_members_roles_charter_and_history()
    {
        await factory.SeedDemoAsync();

        var collective = await factory.InScopeAsync(db => db.Collectives.AsNoTracking()
            .Include(c => c.Members).Include(c => c.WorkingGroups).AsSplitQuery()
            .SingleAsync(c => c.Location.CommuneCode == "64129" && c.Edition == 2026, Cancellation));

        Assert.Equal(DemoActors.MairieDeBillere.Id, collective.CoordinatorActorId);
        Assert.True(collective.Members.Count(m => m.ActorId is not null && m.LeftOn is null) >= 8);
        Assert.All(collective.Members, member => Assert.NotNull(member.CharterSignedOn));
        Assert.All(collective.Members, member => Assert.NotEmpty(member.Roles));
        Assert.Contains(CollectiveRole.Coordination, Member(collective, DemoActors.MairieDeBillere).Roles);
        Assert.Contains(CollectiveRole.RegionalReferent, Member(collective, DemoActors.Radsi).Roles);
        Assert.Contains(CollectiveRole.PupilMobilisation, Member(collective, DemoActors.GroupeScolaireDuCentreBillere).Roles);
        Assert.Contains(CollectiveRole.AfterSchoolAnimation, Member(collective, DemoActors.CentreAnimationBillere).Roles);

        var left = Assert.Single(collective.Members, m => m.LeftOn is not null);
        Assert.True(left.LeftOn > left.JoinedOn);
        var citizen = Assert.Single(collective.Members, m => m.ActorId is null);
        Assert.False(string.IsNullOrWhiteSpace(citizen.CitizenName));

        var discosoupe = Assert.Single(collective.WorkingGroups, g => g.Name == "Discosoupe");
        Assert.Equal(DemoActors.EpicerieSocialeDeBillere.Id, discosoupe.LeadActorId);
        Assert.Contains(DemoActors.JardinsPartagesDeBillere.Id, discosoupe.MemberActorIds);

        var sponsorship = await factory.InScopeAsync(db => db.Sponsorships.SingleAsync(s => s.MenteeActorId == DemoActors.JeunesSolidairesBillereMadagascar.Id, Cancellation));
        Assert.Equal((DemoActors.PyreneesSahelSolidarite.Id, 2026), (sponsorship.MentorActorId, sponsorship.Edition));
    }

    [Fact]
    public async Task Billere_lends_a_room_for_80_people_on_18_November()
    {
        await factory.SeedDemoAsync();
        var eveningOf18November = new DateTimeOffset(2026, 11, 18, 20, 0, 0, TimeSpan.FromHours(1)).ToUniversalTime();

        var rooms = await factory.InScopeAsync(db => db.Offers.AsNoTracking()
            .Where(o => o.Kind == OfferKind.Room && o.Capacity >= 80 && o.Location.CommuneCode == "64129")
            .Where(o => o.Availabilities.Any(a => a.StartsAt <= eveningOf18November && a.EndsAt >= eveningOf18November))
            .Select(o => o.Title)
            .ToListAsync(Cancellation));

        Assert.Equal(["Salle des fêtes de Billère"], rooms);
        var staff = await factory.InScopeAsync(db => db.Offers.CountAsync(o => o.ActorId == DemoActors.MairieDeBillere.Id && o.Tags.Contains("stage-manager"), Cancellation));
        Assert.Equal(1, staff);
    }

    [Fact]
    public async Task Demo_people_are_fictional_and_reachable_only_at_example_org()
    {
        await factory.SeedDemoAsync();

        var (contacts, actors, citizens) = await factory.InScopeAsync(async db => (
            await db.Contacts.AsNoTracking().ToListAsync(Cancellation),
            await db.Actors.AsNoTracking().ToListAsync(Cancellation),
            await db.CollectiveMembers.Where(m => m.CitizenName != null).Select(m => m.CitizenName!).ToListAsync(Cancellation)));

        Assert.NotEmpty(contacts);
        Assert.All(contacts, contact => Assert.EndsWith("@example.org", contact.Email));
        Assert.All(contacts, contact => Assert.Matches(@"^0(1 99 00|3 53 01|4 65 71|5 36 49)( \d\d){2}$", contact.Phone));
        Assert.All(actors.Where(a => a.PublicEmail is not null), actor => Assert.EndsWith("@example.org", actor.PublicEmail));
        var personalData = contacts.SelectMany(c => new[] { c.FullName, c.Email!, c.Function ?? "" }).Concat(citizens);
        foreach (var surname in RealPeople)
        {
            Assert.DoesNotContain(personalData, text => text.Contains(surname, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(contacts, c => c.Visibility == ContactVisibility.Public);
        Assert.Contains(contacts, c => c.Visibility == ContactVisibility.Members);
        Assert.Contains(contacts, c => c.Visibility == ContactVisibility.Private);
        Assert.All(contacts, contact => Assert.False(string.IsNullOrWhiteSpace(contact.ConsentSource)));
    }

    [Fact]
    public async Task Invented_identifiers_are_well_formed_and_real_ones_match_the_territory_reference()
    {
        await factory.SeedDemoAsync();

        var actors = await factory.InScopeAsync(db => db.Actors.AsNoTracking().ToListAsync(Cancellation));
        var communes = TestTerritories.All().Where(t => t.Kind == TerritoryKind.Commune).ToDictionary(t => t.Code);

        Assert.All(actors.Where(a => a.Rna is not null), actor => Assert.Matches(new Regex(@"^W00\d{7}$"), actor.Rna));
        Assert.All(actors.Where(a => a.Kind == ActorKind.Commune), actor => Assert.Equal(communes[actor.Location.CommuneCode].Siren, actor.Siren));
        Assert.Equal("249500109", actors.Single(a => a.Id == DemoActors.CaDeCergyPontoise.Id).Siren);
    }

    [Fact]
    public async Task Scale_data_seeded_afterwards_keeps_one_actor_per_local_authority()
    {
        await factory.SeedDemoAsync();

        await factory.SeedScaleAsync(associations: 20);

        var (billere, essonne) = await factory.InScopeAsync(async db => (
            await db.Actors.Where(a => a.Location.CommuneCode == "64129" && a.Kind == ActorKind.Commune).ToListAsync(Cancellation),
            await db.Actors.Where(a => a.Kind == ActorKind.Department && a.ServedAreas.Contains("department:91")).ToListAsync(Cancellation)));
        Assert.Equal("Mairie de Billère", Assert.Single(billere).Name);
        Assert.Equal(DemoActors.ConseilDepartementalEssonne.Id, Assert.Single(essonne).Id);
    }

    [Fact]
    public async Task Without_its_communes_the_demo_stops_before_writing_and_says_to_import_territories()
    {
        await factory.InScopeAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Cancellation);
            await db.Territories.Where(t => t.Kind == TerritoryKind.Commune && t.Code == "80021").ExecuteDeleteAsync(Cancellation);

            var failure = await Assert.ThrowsAsync<SeedingException>(() =>
                new DemoSeeder(db, new TerritoryLookup(db), TimeProvider.System).SeedAsync(Cancellation));

            Assert.Contains("80021", failure.Message);
            Assert.Contains("import territories first", failure.Message);
            Assert.Empty(db.ChangeTracker.Entries());
            await transaction.RollbackAsync(Cancellation);
            return 0;
        });
    }

    /// <summary>The events of type <typeparamref name="T"/> the outbox holds, delivered or not.</summary>
    private Task<List<T>> AnnouncedAsync<T>() where T : IIntegrationEvent => factory.InScopeAsync(async db =>
        (await db.Set<OutboxMessage>().Where(message => message.MessageType.StartsWith(typeof(T).FullName + ","))
            .Select(message => message.Body).ToListAsync(Cancellation))
        .Select(body => JsonSerializer.Deserialize<T>(body, JsonSerializerOptions.Web)!).ToList());

    private static CollectiveMember Member(Collective collective, DemoActor actor) =>
        collective.Members.Single(m => m.ActorId == actor.Id);
}
