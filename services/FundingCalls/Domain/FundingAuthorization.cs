using System.Security.Claims;
using Ssi.ServiceDefaults.Authentication;

namespace FundingCalls.Domain;

/// <summary>Who does what in funding, from the token's roles and the actors it acts for.</summary>
public static class FundingAuthorization
{
    /// <summary>The funder's staff (funder role, acting for the funder actor) run its calls; admins run every call.</summary>
    public static bool RunsCallsOf(this ClaimsPrincipal user, Guid funderId) =>
        user.IsAdmin() || (user.IsInRole(SsiRoles.Funder) && user.ActorIds().Contains(funderId));

    /// <summary>The applicant's members write and follow its applications.</summary>
    public static bool AppliesFor(this ClaimsPrincipal user, Guid applicantId) => user.ActsFor(applicantId);

    /// <summary>Who made a change, for the audit trail.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.SubjectId() ?? "unknown";
}
