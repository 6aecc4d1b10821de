using System.Security.Claims;
using Ssi.ServiceDefaults.Authentication;

namespace Ssi.ServiceDefaults.Territories;

/// <summary>Who may manage the actors of a commune: an admin, or a coordinator of that commune or of its department.</summary>
public static class TerritoryAuthorization
{
    public static bool CanManage(ClaimsPrincipal user, string communeCode)
    {
        if (user.IsAdmin())
        {
            return true;
        }

        if (!user.IsInRole(SsiRoles.Coordinator))
        {
            return false;
        }

        var territories = user.TerritoryCodes();
        return territories.Contains(communeCode) || territories.Contains(CommuneCode.DepartmentOf(communeCode));
    }
}
