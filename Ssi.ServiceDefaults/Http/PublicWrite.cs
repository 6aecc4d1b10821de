using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// The rare write anyone may send without a token: a person acting on their own behalf, proven by
/// something other than a login (a sign-up that only the e-mail's owner can confirm, a token
/// received by e-mail). <see cref="Reason"/> says what stands in for the login.
/// </summary>
public sealed record PublicWrite(string Reason);

public static class PublicWriteExtensions
{
    /// <summary>Opens a write to anonymous callers, recording why (endpoint audits refuse anonymous writes without it).</summary>
    public static TBuilder AllowAnonymousWrite<TBuilder>(this TBuilder builder, string reason) where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(new PublicWrite(reason));
}
