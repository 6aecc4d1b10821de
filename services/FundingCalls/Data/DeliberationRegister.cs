using Microsoft.EntityFrameworkCore;

namespace FundingCalls.Data;

/// <summary>
/// Each funder numbers its deliberations in one register a year (<c>2026-001</c>, <c>2026-002</c>...).
/// The next number is taken by one atomic upsert on <c>deliberation_counters</c>, inside the
/// decision's transaction: concurrent decisions never share a number, and a rolled-back one
/// gives its number back.
/// </summary>
internal static class DeliberationRegister
{
    public static async Task<string> NextAsync(FundingDbContext db, Guid funderId, int year, CancellationToken cancellationToken)
    {
        var number = await db.Database.SqlQuery<int>($"""
            INSERT INTO deliberation_counters (funder_id, year, last_number) VALUES ({funderId}, {year}, 1)
            ON CONFLICT (funder_id, year) DO UPDATE SET last_number = deliberation_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return $"{year}-{number.Single():000}";
    }
}
