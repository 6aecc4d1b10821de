using Microsoft.EntityFrameworkCore;
using Npgsql;
using Ssi.Testing;

namespace FundingCalls.Tests;

/// <summary>Nobody edits an application's audit trail, not even with the service's own database account.</summary>
public sealed class AuditTrailTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri);

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Theory]
    [InlineData("UPDATE application_transitions SET reason = 'réécrit' WHERE application_id = {0}")]
    [InlineData("DELETE FROM application_transitions WHERE application_id = {0}")]
    [InlineData("TRUNCATE application_transitions CASCADE")]
    public async Task The_database_refuses_to_rewrite_or_erase_a_transition(string statement)
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var call = await factory.OpenCallAsync(funderId);
        var applicantId = await factory.AnnounceActorAsync(_broker);
        var draft = await factory.DraftAsync(call.Id, applicantId, FundingFixture.Application(applicantId, []));

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            factory.InScopeAsync(db => db.Database.ExecuteSqlRawAsync(statement, draft.Id)));

        Assert.Contains("append-only", refused.MessageText);
        Assert.Equal(1, await factory.InScopeAsync(db => db.ApplicationTransitions.CountAsync(t => t.ApplicationId == draft.Id)));
    }
}
