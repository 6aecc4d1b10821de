using Ssi.Testing;

namespace Ssi.EndToEnd.Tests.Browser;

/// <summary>
/// What the browser tests find on the public site (the platform runs without demo data): the 2026
/// edition, a published event of a new organiser in Billère, and a call open there, created once
/// for the class through the gateway's APIs.
/// </summary>
public sealed class BillereOnTheSite(PlatformFixture platform) : IAsyncLifetime
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public string EventTitle => $"Discosoupe solidaire (test navigateur {_suffix})";

    public PublishedEvent Event { get; private set; } = null!;

    public Guid CallId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var coordinator = platform.CreateClient(TestTokens.Create("coordinator", territories: ["64"]));
        await Flows.DeclareThe2026EditionAsync(platform.CreateClient(TestTokens.Create("admin")));
        var publishing = Flows.PublishAnEventInBillereAsync(coordinator, $"Collectif Discosoupe de Billère {_suffix}", EventTitle);
        var funderId = await Flows.RegisterActorInBillereAsync(coordinator, $"Commune de Billère (financeur, test navigateur {_suffix})", "commune");
        CallId = await Flows.OpenACallInBillereAsync(platform.CreateClient(TestTokens.Create("funder", actors: [funderId])), funderId,
            $"Fonds des solidarités de Billère ({_suffix})", [], minimumLinkedEvents: 0);
        Event = await publishing;

        // The site learns of the event through the calendar's API, and may have cached the programme before it.
        var site = platform.CreateAnonymousClient();
        await Eventually.Async(async () =>
            Assert.Contains(_suffix, await site.GetStringAsync("/programme/commune/64129", TestContext.Current.CancellationToken), StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
