using ActorDirectory.Domain;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Changes;
using ActorDirectory.Seeding;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Publishing;
using Ssi.ServiceDefaults.Text;

namespace ActorDirectory.Tests.Seeding;

public sealed class ScaleSeedingTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private const int Associations = 500;

    // Every test territory has an actor, except department 75: the Ville de Paris holds the powers of a departmental council.
    private static readonly int LocalAuthorities = TestTerritories.All().Count() - 1;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_local_authority_and_every_association_is_added_once()
    {
        var first = await factory.SeedScaleAsync(Associations);
        var counts = await factory.CountAsync();

        var second = await factory.SeedScaleAsync(Associations);

        Assert.Equal((LocalAuthorities, Associations), (first.LocalAuthoritiesGenerated, first.AssociationsGenerated));
        Assert.Equal((0, 0), (second.ActorsAdded, second.OffersAdded));
        Assert.Equal(counts, await factory.CountAsync());
        Assert.Equal(LocalAuthorities + Associations, counts.Actors);
        Assert.True(first.Elapsed < TimeSpan.FromSeconds(10), $"Seeding {counts.Actors} actors took {first.Elapsed}.");
    }

    [Fact]
    public async Task Local_authorities_are_named_as_French_says_them_and_based_in_their_seat()
    {
        await factory.SeedScaleAsync(Associations);

        var actors = await factory.InScopeAsync(db => db.Actors.AsNoTracking().Where(a => a.Kind != ActorKind.Association).ToListAsync(Cancellation));
        Actor Named(string name) => Assert.Single(actors, a => a.Name == name);

        Assert.Equal(("64445", "216401299"), (Named("Conseil départemental des Pyrénées-Atlantiques").Location.CommuneCode, Named("Ville de Billère").Siren));
        Assert.Equal("91228", Named("Conseil départemental de l'Essonne").Location.CommuneCode);
        Assert.Equal("59350", Named("Conseil départemental du Nord").Location.CommuneCode);
        Assert.Equal("33063", Named("Conseil régional de la Nouvelle-Aquitaine").Location.CommuneCode);
        Assert.Equal("75056", Named("Conseil régional d'Île-de-France").Location.CommuneCode);
        Assert.Equal("95127", Named("Conseil départemental du Val-d'Oise").Location.CommuneCode);
        Assert.Equal("249500109", Named("Communauté d'agglomération de Cergy-Pontoise").Siren);
        Assert.Equal(["commune:91228"], Named("Ville d'Évry-Courcouronnes").ServedAreas);
        Assert.DoesNotContain(actors, a => a.Kind == ActorKind.Department && a.Name.EndsWith("de Paris", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Associations_follow_population_with_a_quarter_in_international_solidarity()
    {
        await factory.SeedScaleAsync(Associations);

        var associations = await factory.InScopeAsync(db => db.Actors.AsNoTracking().Where(a => a.Kind == ActorKind.Association).ToListAsync(Cancellation));

        Assert.Equal(Associations, associations.Count);
        Assert.InRange(associations.Count(a => a.IsInternationalSolidarity), Associations * 15 / 100, Associations * 35 / 100);
        Assert.True(associations.Count(a => a.Location.CommuneCode == "75056") > 10 * associations.Count(a => a.Location.CommuneCode == "64129"));
        Assert.All(associations, a => Assert.NotEmpty(a.Themes));
        Assert.All(associations.Where(a => a.Rna is not null), a => Assert.Matches(@"^W00\d{7}$", a.Rna));
        Assert.Equal(associations.Count, associations.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task Search_text_is_what_the_domain_computes()
    {
        await factory.SeedScaleAsync(Associations);

        var actors = await factory.InScopeAsync(db => db.Actors.AsNoTracking().ToListAsync(Cancellation));

        Assert.All(actors, actor => Assert.Equal(TextSearch.Normalize($"{actor.Name} {actor.Description}"), actor.SearchText));
    }

    [Fact]
    public async Task The_changes_feed_lists_every_added_actor_and_offer_in_insertion_order()
    {
        await factory.SeedScaleAsync(Associations);

        var (feed, actors, offers) = await factory.InScopeAsync(async db => (
            await db.Changes.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(Cancellation),
            await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Id, Cancellation),
            await db.Offers.AsNoTracking().Select(o => o.Id).ToListAsync(Cancellation)));

        var actorLines = feed.Where(c => c.EntityType == "actor").ToList();
        Assert.Equal(actors.Keys.Order(), actorLines.Select(c => c.EntityId).Order());
        Assert.Equal(offers.Order(), feed.Where(c => c.EntityType == "offer").Select(c => c.EntityId).Order());
        Assert.All(feed, change => Assert.Equal(ChangeKind.Upserted, change.Kind));

        // Regions, then departments, EPCI, communes, then associations by number.
        var kinds = actorLines.Select(c => actors[c.EntityId].Kind).ToList();
        Assert.Equal(kinds.OrderBy(KindRank), kinds);
        var rnas = actorLines.Select(c => actors[c.EntityId].Rna).OfType<string>().ToList();
        Assert.Equal(rnas.Order(StringComparer.Ordinal), rnas);
        Assert.True(feed.Last(c => c.EntityType == "actor").Sequence < feed.First(c => c.EntityType == "offer").Sequence);
    }

    [Theory]
    [InlineData(new[] { "--seed-scale" }, 100_000)]
    [InlineData(new[] { "--seed-scale", "--associations", "500" }, 500)]
    [InlineData(new[] { "--associations", "0", "--seed-scale" }, 0)]
    public void The_number_of_associations_comes_from_the_command_line(string[] args, int expected)
    {
        Assert.True(SeedingCommands.TryReadAssociations(args, out var associations));
        Assert.Equal(expected, associations);
    }

    [Theory]
    [InlineData("--seed-scale", "--associations")]
    [InlineData("--seed-scale", "--associations", "many")]
    [InlineData("--seed-scale", "--associations", "-5")]
    [InlineData("--seed-scale", "--associations", "5000000")]
    public void A_bad_number_of_associations_is_refused(params string[] args) =>
        Assert.False(SeedingCommands.TryReadAssociations(args, out _));

    private static int KindRank(ActorKind kind) => kind switch
    {
        ActorKind.Region => 0,
        ActorKind.Department => 1,
        ActorKind.Epci => 2,
        ActorKind.Commune => 3,
        _ => 4,
    };
}
