namespace Ssi.ServiceDefaults.Authentication;

/// <summary>Claim names of SSI tokens, as <c>./ssi token</c> and the identity provider issue them.</summary>
public static class SsiClaimTypes
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>INSEE codes of the territories a coordinator coordinates.</summary>
    public const string Territory = "territory";

    /// <summary>Ids of the actors a member acts for.</summary>
    public const string Actor = "actor";
}
