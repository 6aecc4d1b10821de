using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Calls;
using Microsoft.EntityFrameworkCore;

namespace FundingCalls.Endpoints;

internal static class RunCalls
{
    /// <returns>The call when the user runs it (its funder's staff, or an admin); null when there is no such call or it is another funder's (both answer 404).</returns>
    public static async Task<FundingCall?> CallRunByAsync(this FundingDbContext db, Guid id, ClaimsPrincipal user, bool track, CancellationToken cancellationToken)
    {
        var calls = track ? db.Calls : db.Calls.AsNoTracking();
        var call = await calls.SingleOrDefaultAsync(call => call.Id == id, cancellationToken);
        return call is not null && user.RunsCallsOf(call.FunderId) ? call : null;
    }
}
