using FundingCalls.Endpoints;
using FundingCalls.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace FundingCalls.Tests;

/// <summary>The demo funding of the documents, written once the directory's demo actors have arrived.</summary>
public sealed class DemoFundingTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Fact]
    public async Task The_demo_has_the_three_funders_calls_with_applications_at_every_stage_and_seeds_once()
    {
        foreach (var (name, kind, commune) in new[]
        {
            ("Région Hauts-de-France", "region", "59350"), ("Lille–Sahel Échanges", "association", "59350"), ("Dunkerque Terre d'accueil", "association", "59183"),
            ("Lianes Coopération", "regional-network", "59350"), ("Ville de Dunkerque", "commune", "59183"), ("Ville de Fontenay-sous-Bois", "commune", "94033"),
            ("Fontenay–Haïti Solidarité", "association", "94033"), ("Les Amis de Koudougou", "association", "94033"), ("Échanges Fontenay–Vietnam", "association", "94033"),
            ("Région Auvergne-Rhône-Alpes", "region", "69123"), ("RESACOOP", "regional-network", "69123"), ("Pays de Savoie Solidaires", "regional-network", "73065"),
        })
        {
            await factory.AnnounceActorAsync(_broker, name, kind, commune, commune[..2], commune[..2] switch { "59" => "32", "94" => "11", _ => "84" });
        }

        var first = await SeedAsync();
        var again = await SeedAsync();

        Assert.Equal((3, 0), (first, again));
        var calls = (await factory.CreateClient().GetJsonAsync<Page<CallResponse>>("/calls")).Items;
        Assert.Equal(["closed", "decided", "open"], calls.Select(call => call.Status).Order());
        var statuses = await factory.InScopeAsync(db => db.Applications.Select(a => a.Status).Distinct().ToListAsync());
        Assert.Equal(["Accepted", "CorrectionsRequested", "Draft", "Refused", "Submitted", "UnderReview", "Withdrawn"], statuses.Select(s => s.ToString()).Order());
        var grants = (await factory.CreateClient().GetJsonAsync<Page<PublicGrantResponse>>("/grants")).Items;
        Assert.Equal(3, grants.Count);
        Assert.Contains(grants, grant => grant.Beneficiary.Name == "Pays de Savoie Solidaires" && grant.AmountCents == 2_500_000);
        Assert.Equal(1, await factory.InScopeAsync(db => db.Reports.CountAsync()));
        Assert.Equal(1, await factory.InScopeAsync(db => db.Sessions.CountAsync(session => session.Minutes != null)));
    }

    private async Task<int> SeedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<DemoFundingSeeder>(scope.ServiceProvider).SeedAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }
}
