using System.Net;
using System.Net.Http.Json;
using Communications.Endpoints;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Ssi.Testing;
using static Communications.Tests.CampaignRequests;

namespace Communications.Tests;

/// <summary>Communications sending slowly enough (20 messages a second) to act on a campaign while it sends.</summary>
public sealed class SlowSendingFactory : CommunicationsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:MessagesPerSecond", "20");
        builder.UseSetting("Mail:ClaimBatchSize", "5");
    }
}

public sealed class PauseTests(SlowSendingFactory factory) : IClassFixture<SlowSendingFactory>, IDisposable
{
    private const int Recipients = 60;
    private readonly MailInbox _inbox = MailInbox.ConnectAsync().GetAwaiter().GetResult();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task A_sending_campaign_refuses_edits_pauses_between_two_messages_and_resumes_where_it_stopped()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var actor = await TestDirectory.AddActorAsync(factory, "Collectif de mesure", "association", "64129", themes: [$"pause-{run}"]);
        for (var i = 0; i < Recipients; i++)
        {
            await TestDirectory.AddContactAsync(factory, actor, $"Membre {i}", $"membre-{i}.{run}@example.org");
        }

        var client = factory.CreateClient(TestTokens.Create("coordinator", ["commune:64129"]));
        var sender = new { territory = "commune:64129" };
        var audience = new { segment = new { territory = "commune:64129", themes = new[] { $"pause-{run}" } } };
        var campaign = await CreateCampaignAsync(client, sender, audience);
        var scheduled = await client.PostAsJsonAsync($"/campaigns/{campaign.Id}/schedule", new { }, Cancellation);
        await Eventually.Async(async () => Assert.True(await ReceivedAsync(run) >= 10));

        var edit = await client.SendAsync(ConditionalRequests.PutIfMatch($"/campaigns/{campaign.Id}", Campaign(sender, campaign.TemplateId, audience, "Renommée"),
            scheduled.Headers.ETag!.ToString()), Cancellation);
        var paused = await client.PostAsync($"/campaigns/{campaign.Id}/pause", null, Cancellation);
        Assert.True(edit.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed, $"{edit.StatusCode}");
        Assert.Equal("paused", (await paused.ReadJsonAsync<CampaignResponse>()).Status);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Cancellation);
        var atPause = await ReceivedAsync(run);
        await Task.Delay(TimeSpan.FromSeconds(2), Cancellation);
        Assert.Equal(atPause, await ReceivedAsync(run));
        Assert.InRange(atPause, 10, Recipients - 1);

        Assert.Equal("sending", (await (await client.PostAsync($"/campaigns/{campaign.Id}/resume", null, Cancellation)).ReadJsonAsync<CampaignResponse>()).Status);
        var finished = await WaitUntilAsync(client, campaign.Id, "finished");

        Assert.Equal(Recipients, finished.Deliveries["sent"]);
        Assert.Equal(Recipients, await ReceivedAsync(run));
    }

    private async Task<int> ReceivedAsync(string run) =>
        (await _inbox.AllAsync()).Count(mail => mail.To.Any(to => to.Address.EndsWith($".{run}@example.org", StringComparison.Ordinal)));
}
