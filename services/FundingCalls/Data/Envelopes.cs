using Microsoft.EntityFrameworkCore;

namespace FundingCalls.Data;

/// <summary>A call's envelope, drawn on by awards.</summary>
internal static class Envelopes
{
    /// <summary>
    /// Adds <paramref name="amountCents"/> to what the call awarded, unless the envelope would be
    /// exceeded: one conditional UPDATE, whose row lock serialises concurrent awards on one call.
    /// </summary>
    /// <returns>Whether the amount was reserved.</returns>
    public static async Task<bool> TryReserveAsync(FundingDbContext db, Guid callId, long amountCents, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            UPDATE funding_calls SET awarded_cents = awarded_cents + {amountCents}
             WHERE id = {callId} AND awarded_cents + {amountCents} <= envelope_cents
            """, cancellationToken) == 1;
}
