namespace Ssi.ServiceDefaults.Authentication;

public static class SsiRoles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Funder = "funder";
    public const string Reviewer = "reviewer";
    public const string Member = "member";
}
