using System.Diagnostics;
using System.Globalization;
using Communications.Data;
using Communications.Domain.Audiences;
using Communications.Domain.Campaigns;
using Communications.Domain.Deliveries;
using Communications.Domain.Senders;
using Communications.Domain.Templates;
using Communications.Sending;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Territories;
using Ssi.Testing;

namespace Communications.Tests;

/// <summary>
/// The proof the issue asks for: real service processes (not the test host) send one campaign, two
/// replicas at once; one is killed (SIGKILL) mid-campaign and another started in its place. No
/// address may receive the campaign twice, and everything not caught mid-send still goes.
/// </summary>
public sealed class KillMidCampaignTests : IAsyncLifetime
{
    private const int Recipients = 300;
    private TestDatabase _database = null!;
    private TestVirtualHost _virtualHost = null!;
    private readonly MailInbox _inbox = MailInbox.ConnectAsync().GetAwaiter().GetResult();
    private readonly List<Process> _replicas = [];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("commsdb");
        _virtualHost = await TestVirtualHost.CreateAsync("commsdb");
        await using var db = Context();
        await db.Database.MigrateAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in _replicas.Where(replica => !replica.HasExited))
        {
            replica.Kill(entireProcessTree: true);
            await replica.WaitForExitAsync(CancellationToken.None);
        }

        _inbox.Dispose();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Killing_a_replica_mid_campaign_and_starting_another_never_sends_an_email_twice()
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        var campaignId = await ScheduleCampaignAsync(run);
        var smtp = await MailInbox.SmtpAsync();

        var doomed = Start(smtp);
        Start(smtp);
        await Eventually.Async(async () => Assert.True(await ReceivedAsync(run) >= Recipients / 3), TimeSpan.FromSeconds(90));
        doomed.Kill(entireProcessTree: true);
        await doomed.WaitForExitAsync(Cancellation);
        var atKill = await ReceivedAsync(run);
        Start(smtp);

        await Eventually.Async(async () => Assert.Equal(nameof(CampaignStatus.Finished), await StatusAsync(campaignId)), TimeSpan.FromSeconds(120));
        var received = (await _inbox.AllAsync()).Where(mail => mail.Subject.EndsWith(run, StringComparison.Ordinal))
            .GroupBy(mail => mail.To.Single().Address).ToList();
        await using var db = Context();
        var states = await db.Deliveries.Where(d => d.CampaignId == campaignId).GroupBy(d => d.State)
            .Select(group => new { group.Key, Count = group.Count() }).ToDictionaryAsync(row => row.Key, row => row.Count, Cancellation);

        TestContext.Current.TestOutputHelper?.WriteLine($"received at the kill: {atKill}; in the end: {received.Count} addresses, deliveries {string.Join(", ", states)}");
        Assert.True(atKill < Recipients, $"The replica was killed after the campaign ended ({atKill} sent): nothing was proven.");
        Assert.All(received, address => Assert.Single(address));
        var sent = states.GetValueOrDefault(DeliveryState.Sent);
        var interrupted = states.GetValueOrDefault(DeliveryState.Failed);
        Assert.Equal(Recipients, sent + interrupted);
        Assert.InRange(interrupted, 0, 2);
        Assert.InRange(received.Count, sent, sent + interrupted);
        Assert.True(await db.Deliveries.Where(d => d.State == DeliveryState.Failed).AllAsync(d => d.LastError == DeliveryQueue.Interrupted, Cancellation));
    }

    private async Task<Guid> ScheduleCampaignAsync(string run)
    {
        await using var db = Context();
        var now = DateTimeOffset.UtcNow;
        var actorId = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO directory_actors (actor_id, revision, name, kind, commune_code, department_code, region_code, is_active, themes, updated_at)
            VALUES ({actorId}, 1, 'Collectif de Billère', 'association', '64129', '64', '75', true, {Array.Empty<string>()}, now());
            INSERT INTO contacts (contact_id, actor_id, full_name, email, visibility, legal_basis, updated_at)
            SELECT gen_random_uuid(), {actorId}, 'Membre ' || n, 'membre-' || n || '.' || {run} || '@example.org', 'public', 'consent', now()
              FROM generate_series(1, {Recipients}) AS n;
            """, Cancellation);
        var sender = Sender.ForTerritory(new TerritoryReference(TerritoryKind.Commune, "64129"));
        var content = new MessageContent("Lettre", $"Lettre du collectif {run}", "<p>Bonjour {{ recipient.name }}</p>", "Bonjour {{ recipient.name }}");
        var template = new MessageTemplate(sender, content, now);
        var campaign = new Campaign(sender, new CampaignDraft("Lettre", "Collectif SSI de Billère", null, template.Id,
            new CampaignAudience(new Segment("commune:64129"))), "test", now);
        campaign.Schedule(content, now, now);
        db.AddRange(template, campaign);
        await db.SaveChangesAsync(Cancellation);
        return campaign.Id;
    }

    /// <summary>A replica of the service as it runs in production: its own process, rate-limited so that the kill lands mid-campaign.</summary>
    private Process Start(Uri smtp)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Communications.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["ConnectionStrings__commsdb"] = _database.ConnectionString,
            ["ConnectionStrings__messaging"] = _virtualHost.AmqpUri.ToString(),
            ["Authentication__Jwt__SigningKey"] = TestTokens.SigningKey,
            ["Mail__SmtpHost"] = smtp.Host,
            ["Mail__SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail__LinkBaseUrl"] = "http://localhost",
            ["Mail__MessagesPerSecond"] = "40",
            ["Mail__ClaimBatchSize"] = "10",
            ["Mail__ClaimLease"] = "00:00:03",
            ["Mail__PollInterval"] = "00:00:00.200",
            ["OTEL_SDK_DISABLED"] = "true",
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _replicas.Add(process);
        return process;
    }

    private async Task<int> ReceivedAsync(string run) => (await _inbox.AllAsync()).Count(mail => mail.Subject.EndsWith(run, StringComparison.Ordinal));

    private async Task<string> StatusAsync(Guid campaignId)
    {
        await using var db = Context();
        return (await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == campaignId, Cancellation)).Status.ToString();
    }

    private CommunicationsDbContext Context() =>
        new(new DbContextOptionsBuilder<CommunicationsDbContext>().UseServiceDatabase(_database.ConnectionString).Options);
}
