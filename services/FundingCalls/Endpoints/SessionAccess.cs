using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Calls;
using FundingCalls.Domain.Committees;
using Microsoft.EntityFrameworkCore;

namespace FundingCalls.Endpoints;

/// <summary>A committee session with its call, for the call's funder staff only.</summary>
internal sealed record SessionAccess(CommitteeSession Session, FundingCall Call)
{
    /// <returns>Null when there is no such session or it is another funder's (both answer 404).</returns>
    public static async Task<SessionAccess?> LoadAsync(Guid id, ClaimsPrincipal user, FundingDbContext db, bool track, CancellationToken cancellationToken)
    {
        var sessions = track ? db.Sessions : db.Sessions.AsNoTracking();
        var session = await sessions.SingleOrDefaultAsync(session => session.Id == id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var call = await db.Calls.AsNoTracking().SingleAsync(call => call.Id == session.CallId, cancellationToken);
        return user.RunsCallsOf(call.FunderId) ? new SessionAccess(session, call) : null;
    }
}
