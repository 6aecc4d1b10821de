using FundingCalls.Data;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Scheduling;
using FundingCalls.Endpoints;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.FundingCalls;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Territories;
using Ssi.Testing;

namespace FundingCalls.Tests;

/// <summary>Calls close at their deadline by the service's own due-jobs table, across restarts.</summary>
public sealed class SchedulerTests(FundingCallsFactory factory) : IClassFixture<FundingCallsFactory>, IAsyncLifetime
{
    private BrokerProbe _broker = null!;

    public async ValueTask InitializeAsync() => _broker = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(CallClosed), typeof(CallClosingSoon));

    public ValueTask DisposeAsync() => _broker.DisposeAsync();

    [Fact]
    public async Task An_open_call_closes_by_itself_at_its_deadline_and_says_so()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var closesAt = DateTimeOffset.UtcNow.AddSeconds(3);
        var call = await factory.OpenCallAsync(funderId, FundingFixture.RegionalCall(funderId, closesAt: closesAt));

        var closed = await _broker.WaitForAsync<CallClosed>(message => message.CallId == call.Id, TimeSpan.FromSeconds(30));

        Assert.InRange(closed.ClosedAt, call.ClosesAt, call.ClosesAt.AddSeconds(5));
        var read = await factory.CreateClient().GetJsonAsync<CallResponse>($"/calls/{call.Id}");
        Assert.Equal(("closed", false), (read.Status, read.AcceptsSubmissions));
    }

    [Fact]
    public async Task A_reminder_goes_out_the_configured_time_before_the_deadline()
    {
        var funderId = await factory.AnnounceFunderAsync(_broker);
        var call = await factory.OpenCallAsync(funderId, FundingFixture.RegionalCall(funderId, closesAt: DateTimeOffset.UtcNow.AddDays(7).AddSeconds(3)));

        var reminder = await _broker.WaitForAsync<CallClosingSoon>(message => message.CallId == call.Id, TimeSpan.FromSeconds(30));

        Assert.Equal(call.ClosesAt, reminder.ClosesAt);
    }
}

/// <summary>A deadline that passed while the service was down is honoured as soon as it starts again.</summary>
public sealed class DeadlineAcrossRestartTests(DeadlineAcrossRestartTests.StoppedThroughTheDeadline factory)
    : IClassFixture<DeadlineAcrossRestartTests.StoppedThroughTheDeadline>
{
    [Fact]
    public async Task A_deadline_passed_while_no_replica_ran_closes_the_call_on_start()
    {
        await Eventually.Async(async () => Assert.Equal("closed",
            (await factory.CreateClient().GetJsonAsync<CallResponse>($"/calls/{factory.CallId}")).Status), TimeSpan.FromSeconds(20));
        var job = await factory.InScopeAsync(db => db.DueJobs.SingleAsync(j => j.SubjectId == factory.CallId));
        Assert.NotNull(job.CompletedAt);
    }

    /// <summary>The state a replica left when it stopped an hour before the deadline, written before the service starts.</summary>
    public sealed class StoppedThroughTheDeadline : FundingCallsFactory
    {
        public Guid CallId { get; private set; }

        protected override async Task SeedAsync(FundingDbContext db)
        {
            var funderId = Guid.CreateVersion7();
            var now = DateTimeOffset.UtcNow;
            await new DirectoryActors(db).RecordAsync(new ActorNews(funderId, 1, "Conseil régional Nord-Pas-de-Calais", "region",
                new TerritoryLocation("59350", null, "59", "32"), true, null, null, [], null, StatesIdentifiers: true, now), CancellationToken.None);
            var terms = new CallTerms(2026, "Appel à projets spécial Semaine 2026", null, new TerritoryReference(TerritoryKind.Region, "32"), 1_000_000, 100_000, 80,
                new EligibilityRules([], false, false, 0), [new Criterion("impact", "Impact", 100)], [], now.AddDays(-10), now.AddMinutes(-5), new DateOnly(2027, 3, 31), 15);
            var call = new FundingCall(funderId, terms, "test", now.AddDays(-11));
            CallId = call.Id;
            Assert.Null(call.Open(now.AddDays(-10).AddHours(-1)));
            db.Calls.Add(call);
            db.DueJobs.Add(new DueJob(DueJobKind.CloseCall, call.Id, call.ClosesAt));
            await db.SaveChangesAsync();
        }
    }
}
