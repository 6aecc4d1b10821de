using FundingCalls.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;

namespace FundingCalls.IntegrationEvents;

/// <summary>Keeps which actors sit together in a collective, newest news winning, for reviewers' conflicts of interest.</summary>
public sealed class CollectiveMembershipChangedConsumer(FundingDbContext db) : IConsumer<CollectiveMembershipChanged>
{
    public Task Consume(ConsumeContext<CollectiveMembershipChanged> context)
    {
        var message = context.Message;
        if (message.ActorId is not { } actorId)
        {
            return Task.CompletedTask;
        }

        var active = message.Change != "left";
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO collective_memberships (member_id, collective_id, actor_id, is_active, updated_at)
            VALUES ({message.MemberId}, {message.CollectiveId}, {actorId}, {active}, {message.OccurredAt.ToUniversalTime()})
            ON CONFLICT (member_id) DO UPDATE SET is_active = excluded.is_active, updated_at = excluded.updated_at
             WHERE collective_memberships.updated_at < excluded.updated_at
            """, context.CancellationToken);
    }
}
