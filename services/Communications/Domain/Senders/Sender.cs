using System.Security.Claims;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Territories;

namespace Communications.Domain.Senders;

/// <summary>
/// On whose behalf templates and campaigns are written: the coordinators of a territory, or a
/// funder's staff. Exactly one of the two is set.
/// </summary>
/// <param name="Territory">A territory reference (<c>department:64</c>) its coordinators write for.</param>
/// <param name="FunderId">The directory actor of a funder, whose staff write to its applicants.</param>
public sealed record Sender(string? Territory, Guid? FunderId)
{
    public static Sender ForTerritory(TerritoryReference territory) => new(territory.ToString(), null);

    public static Sender ForFunder(Guid funderId) => new(null, funderId);

    public TerritoryReference? TerritoryReference => TerritoryReference.TryParse(Territory, out var territory) ? territory : null;

    /// <summary>An admin; a coordinator whose territories contain the sender's; a funder's staff for their funder.</summary>
    public bool MayBeActedForBy(ClaimsPrincipal user) =>
        user.IsAdmin()
        || (TerritoryReference is { } territory && user.IsInRole(SsiRoles.Coordinator) && user.Covers(territory))
        || (FunderId is { } funderId && user.IsInRole(SsiRoles.Funder) && user.ActorIds().Contains(funderId));
}
