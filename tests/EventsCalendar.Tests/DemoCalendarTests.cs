using EventsCalendar.Endpoints;
using EventsCalendar.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ssi.Contracts.EventsCalendar;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace EventsCalendar.Tests;

/// <summary>The demo calendar of the documents, written once the directory's demo organisers have arrived.</summary>
public sealed class DemoCalendarTests(EventsCalendarFactory factory) : IClassFixture<EventsCalendarFactory>, IAsyncLifetime
{
    private static readonly (string Name, string Commune, string? Epci, string Region)[] Organisers =
    [
        ("Mairie de Billère", "64129", "200067254", "75"),
        ("Les Jardins partagés de Billère", "64129", "200067254", "75"),
        ("Épicerie sociale de Billère", "64129", "200067254", "75"),
        ("CCFD-Terre Solidaire – équipe locale de Billère", "64129", "200067254", "75"),
        ("Groupe scolaire du Centre – Billère", "64129", "200067254", "75"),
        ("Ciné-club de Billère", "64129", "200067254", "75"),
        ("Ville de Fontenay-sous-Bois", "94033", "200054781", "11"),
        ("MDCVA de Fontenay-sous-Bois – relations internationales", "94033", "200054781", "11"),
        ("Fontenay–Haïti Solidarité", "94033", "200054781", "11"),
        ("Communauté d'agglomération de Cergy-Pontoise", "95127", "249500109", "11"),
        ("Conservatoire à rayonnement régional de Cergy-Pontoise", "95127", "249500109", "11"),
        ("CY Cergy Paris Université", "95127", "249500109", "11"),
        ("Conseil départemental de l'Essonne", "91228", null, "11"),
        ("CRESI – Centre de ressources de la solidarité internationale de l'Essonne", "91228", null, "11"),
        ("CCAS d'Eaubonne", "95203", "200058485", "11"),
    ];

    private BrokerProbe _broker = null!;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(EventPublished));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    private async Task<DemoCalendarResult> SeedAsync(TimeSpan wait)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<DemoCalendarSeeder>(scope.ServiceProvider).SeedAsync(wait, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_demo_calendar_waits_for_its_organisers_then_publishes_the_documents_programmes_once()
    {
        var early = await Assert.ThrowsAsync<DemoSeedingException>(() => SeedAsync(TimeSpan.Zero));
        Assert.Contains("Mairie de Billère", early.Message);

        foreach (var (name, commune, epci, region) in Organisers)
        {
            await factory.AnnounceActorAsync(_broker, name, commune, epciCode: epci, regionCode: region);
        }

        var first = await SeedAsync(TimeSpan.FromSeconds(30));
        var second = await SeedAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((4, DemoCalendar.Events.Count), (first.Programmes, first.EventsAdded));
        Assert.Equal(0, second.EventsAdded);
        var cergy = await factory.InScopeAsync(db => db.Programmes.SingleAsync(p => p.TerritoryCode == "249500109"));
        var cergyEvents = await factory.CreateClient().GetJsonAsync<Page<EventResponse>>($"/programmes/{cergy.Id}/events");
        Assert.Equal(3, cergyEvents!.Items.Count);
        var essonne = await factory.InScopeAsync(db => db.Programmes.SingleAsync(p => p.TerritoryCode == "91"));
        var forStaff = await factory.CreateClient().GetJsonAsync<Page<EventResponse>>($"/programmes/{essonne.Id}/events?audience=staff");
        Assert.Equal(2, forStaff!.Items.Count);
        var exhibition = (await factory.CreateClient().GetJsonAsync<Page<EventResponse>>("/events?territory=64129&kind=exhibition"))!.Items.Single();
        Assert.Equal((10, "Groupe scolaire du Centre – Billère"), (exhibition.Slots.Count, exhibition.Partners.Single().Name));
        await _broker.WaitForAsync<EventPublished>(message => message.Title == "Discosoupe solidaire");
    }
}
