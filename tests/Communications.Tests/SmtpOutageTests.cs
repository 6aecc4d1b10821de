using Communications.Domain.Deliveries;
using Microsoft.EntityFrameworkCore;
using Ssi.Testing;

namespace Communications.Tests;

/// <summary>Communications reaching the SMTP server through a proxy the test can cut.</summary>
public sealed class ProxiedSmtpFactory : CommunicationsFactory
{
    private TcpProxy? _proxy;

    public TcpProxy Proxy => _proxy ??= new TcpProxy(MailInbox.SmtpAsync().GetAwaiter().GetResult());

    protected override Uri SmtpUri => Proxy.Through(MailInbox.SmtpAsync().GetAwaiter().GetResult());

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }
}

public sealed class SmtpOutageTests(ProxiedSmtpFactory factory) : IClassFixture<ProxiedSmtpFactory>, IDisposable
{
    private readonly MailInbox _inbox = MailInbox.ConnectAsync().GetAwaiter().GetResult();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _inbox.Dispose();

    [Fact]
    public async Task Messages_queued_while_the_SMTP_server_is_unreachable_are_retried_with_backoff_and_sent_once_it_is_back()
    {
        var applicant = await TestDirectory.AddActorAsync(factory, "Association de Fontenay", "association", "94033");
        var email = TestDirectory.Address("patiente");
        await TestDirectory.AddContactAsync(factory, applicant, "Ada Exemple", email, "private", "contract");
        factory.Proxy.Cut();
        try
        {
            await PublishReportDueAsync(applicant);
            await Eventually.Async(async () => Assert.True(await DeliveryAsync(email) is { Attempts: >= 2, State: DeliveryState.Queued, LastError: not null }),
                TimeSpan.FromSeconds(20));
        }
        finally
        {
            factory.Proxy.Restore();
        }

        Assert.Single(await _inbox.WaitForAsync(email));
        // The sender records the message sent once the server has accepted it, which may be after the inbox shows it.
        await Eventually.Async(async () => Assert.Equal(DeliveryState.Sent, (await DeliveryAsync(email))!.State), TimeSpan.FromSeconds(10));
        Assert.True((await DeliveryAsync(email))!.Attempts >= 3);
    }

    private async Task PublishReportDueAsync(Guid applicant)
    {
        await using var platform = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);
        await platform.Bus.Publish(new Ssi.Contracts.FundingCalls.ReportDue(Guid.NewGuid(), applicant, "Projet patient", new DateOnly(2027, 3, 31), false, DateTimeOffset.UtcNow), Cancellation);
    }

    private Task<Delivery?> DeliveryAsync(string email) =>
        factory.InScopeAsync(db => db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.RecipientEmail == email, Cancellation));
}
