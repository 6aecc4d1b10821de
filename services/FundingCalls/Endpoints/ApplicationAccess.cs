using System.Security.Claims;
using FundingCalls.Data;
using FundingCalls.Domain;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Calls;
using Microsoft.EntityFrameworkCore;
using Ssi.DirectoryReplica;

namespace FundingCalls.Endpoints;

/// <summary>
/// An application with who may do what to it: the applicant's members write, submit and withdraw
/// it; the call's funder staff read it once submitted and move it along; nobody else sees it.
/// </summary>
internal sealed record ApplicationAccess(GrantApplication Application, FundingCall Call, DirectoryActor Applicant, bool IsApplicant, bool RunsCall)
{
    /// <returns>Null when there is no such application or the user may not see it (both answer 404).</returns>
    public static async Task<ApplicationAccess?> LoadAsync(Guid id, ClaimsPrincipal user, FundingDbContext db, bool track, CancellationToken cancellationToken)
    {
        var applications = track ? db.Applications : db.Applications.AsNoTracking();
        var application = await applications.Include(a => a.Corrections).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == application.CallId, cancellationToken);
        var applicant = await db.Actors.AsNoTracking().SingleAsync(a => a.ActorId == application.ApplicantId, cancellationToken);
        var access = new ApplicationAccess(application, call, applicant, user.AppliesFor(application.ApplicantId),
            user.RunsCallsOf(call.FunderId) && application.Status != ApplicationStatus.Draft);
        return access.IsApplicant || access.RunsCall ? access : null;
    }
}
