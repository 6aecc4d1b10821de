using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Diagnostics.Metrics;
using Communications.Domain.Deliveries;
using Communications.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.EntityFrameworkCore;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Ssi.Testing;

namespace Communications.Tests;

/// <summary>
/// An SMTP server that refuses some mailboxes for good (550 on RCPT TO), as a real provider does
/// for an address that does not exist: maildev accepts everything, so this one is the SmtpServer
/// library's, on a free loopback port.
/// </summary>
public sealed class RefusingSmtpServer : IAsyncDisposable
{
    public const string UnknownUser = "inconnu";
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _running;

    public RefusingSmtpServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(Port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new RefuseUnknownUsers());
        services.Add(new KeepMessages(Received));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stopping.Token);
    }

    public int Port { get; }

    /// <summary>The recipients of every message accepted.</summary>
    public ConcurrentBag<string> Received { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RefuseUnknownUsers : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            Task.FromResult(!to.User.StartsWith(UnknownUser, StringComparison.Ordinal));
    }

    private sealed class KeepMessages(ConcurrentBag<string> received) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            foreach (var to in transaction.To)
            {
                received.Add(to.AsAddress());
            }

            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}

public sealed class RefusingSmtpFactory : CommunicationsFactory
{
    public RefusingSmtpServer Smtp { get; } = new();

    protected override Uri SmtpUri => new($"smtp://127.0.0.1:{Smtp.Port}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class BounceTests(RefusingSmtpFactory factory) : IClassFixture<RefusingSmtpFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_address_the_server_refuses_for_good_is_bounced_once_and_suppressed_while_the_others_go()
    {
        var applicant = await TestDirectory.AddActorAsync(factory, "Association à deux contacts", "association", "64129");
        var unknown = $"{RefusingSmtpServer.UnknownUser}.{Guid.NewGuid():N}@example.org";
        var known = TestDirectory.Address("connue");
        await TestDirectory.AddContactAsync(factory, applicant, "Adresse périmée", unknown, "private", "contract");
        await TestDirectory.AddContactAsync(factory, applicant, "Adresse valide", known, "private", "contract");
        await using var platform = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);
        using var outcomes = new MetricCollector<long>(factory.Services.GetRequiredService<IMeterFactory>(), MailTelemetry.Name, "ssi.communications.deliveries");

        await platform.Bus.Publish(new Ssi.Contracts.FundingCalls.ApplicationAccepted(Guid.NewGuid(), Guid.NewGuid(), applicant, "Projet", 10_000, "2026-002", DateTimeOffset.UtcNow), Cancellation);

        await Eventually.Async(async () =>
        {
            Assert.Equal(DeliveryState.Bounced, await StateAsync(unknown));
            Assert.Equal(DeliveryState.Sent, await StateAsync(known));
        }, TimeSpan.FromSeconds(30));
        var bounced = await factory.InScopeAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.RecipientEmail == unknown, Cancellation));
        Assert.Equal(1, bounced.Attempts);
        Assert.StartsWith("550", bounced.LastError, StringComparison.Ordinal);
        Assert.Equal(SuppressionReason.Bounced, await factory.InScopeAsync(db => db.SuppressedAddresses.Where(a => a.Email == unknown).Select(a => a.Reason).SingleAsync(Cancellation)));
        Assert.Contains(known, factory.Smtp.Received);
        Assert.DoesNotContain(unknown, factory.Smtp.Received);
        Assert.Contains(outcomes.GetMeasurementSnapshot(), measurement => Equals(measurement.Tags["outcome"], "bounced") && Equals(measurement.Tags["kind"], "application-accepted"));
        Assert.Contains(outcomes.GetMeasurementSnapshot(), measurement => Equals(measurement.Tags["outcome"], "sent"));

        await platform.Bus.Publish(new Ssi.Contracts.FundingCalls.ReportDue(Guid.NewGuid(), applicant, "Projet", new DateOnly(2027, 3, 31), false, DateTimeOffset.UtcNow), Cancellation);
        await Eventually.Async(async () => Assert.Equal(2, factory.Smtp.Received.Count(address => address == known)));
        Assert.Equal(1, await factory.InScopeAsync(db => db.Deliveries.CountAsync(d => d.RecipientEmail == unknown, Cancellation)));
    }

    private Task<DeliveryState?> StateAsync(string email) =>
        factory.InScopeAsync(db => db.Deliveries.Where(d => d.RecipientEmail == email).Select(d => (DeliveryState?)d.State).SingleOrDefaultAsync(Cancellation));
}
