using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Grants;
using Microsoft.EntityFrameworkCore;

namespace FundingCalls.Endpoints;

/// <summary>A grant with who may do what: its funder's staff manage it, its beneficiary's members read it and report on it.</summary>
internal sealed record GrantAccess(Grant Grant, string BeneficiaryName, bool RunsGrant, bool IsBeneficiary)
{
    /// <returns>Null when there is no such grant or the caller is neither its funder's staff nor its beneficiary (both answer 404).</returns>
    public static async Task<GrantAccess?> LoadAsync(Guid id, ClaimsPrincipal user, FundingDbContext db, bool track, CancellationToken cancellationToken)
    {
        var grants = track ? db.Grants : db.Grants.AsNoTracking();
        var grant = await grants.SingleOrDefaultAsync(grant => grant.Id == id, cancellationToken);
        if (grant is null)
        {
            return null;
        }

        var beneficiary = await db.Actors.Where(actor => actor.ActorId == grant.BeneficiaryId).Select(actor => actor.Name).SingleAsync(cancellationToken);
        var access = new GrantAccess(grant, beneficiary, user.RunsCallsOf(grant.FunderId), user.AppliesFor(grant.BeneficiaryId));
        return access.RunsGrant || access.IsBeneficiary ? access : null;
    }
}
