using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Ssi.ServiceDefaults.Authentication;

public static class JwtAuthenticationExtensions
{
    public const string ConfigurationSection = "Authentication:Jwt";

    /// <summary>
    /// Every endpoint is closed unless said otherwise: one that forgets to ask for authorization
    /// still needs a valid token, and public reads say so with <c>AllowAnonymous</c>. Requests that
    /// matched no endpoint of ours (an unknown path, a wrong method) pass, so they keep their 404
    /// and 405 problems.
    /// </summary>
    public static readonly AuthorizationPolicy ClosedUnlessPublic = new AuthorizationPolicyBuilder()
        .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true
            || context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint)
        .Build();

    /// <summary>
    /// JWT bearer authentication in every service (defence in depth behind the gateway).
    /// Production points <c>Authentication:Jwt:Authority</c> at an OIDC provider; local runs and
    /// tests sign tokens with the development key in <c>Authentication:Jwt:SigningKey</c>.
    /// </summary>
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var settings = builder.Configuration.GetSection(ConfigurationSection).Get<JwtSettings>() ?? new JwtSettings();

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    NameClaimType = SsiClaimTypes.Name,
                    RoleClaimType = SsiClaimTypes.Role,
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };

                if (!string.IsNullOrWhiteSpace(settings.Authority))
                {
                    options.Authority = settings.Authority;
                    options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
                }
                else
                {
                    options.TokenValidationParameters.IssuerSigningKey = settings.CreateDevelopmentSigningKey();
                }
            });

        builder.Services.AddAuthorizationBuilder().SetFallbackPolicy(ClosedUnlessPublic);
        return builder;
    }
}

public sealed class JwtSettings
{
    public string? Authority { get; set; }
    public string Issuer { get; set; } = "ssi-dev";
    public string Audience { get; set; } = "ssi-platform";

    /// <summary>Base64 HMAC-SHA256 key; <c>./ssi</c> generates one per machine, tests their own.</summary>
    public string? SigningKey { get; set; }

    public SymmetricSecurityKey CreateDevelopmentSigningKey()
    {
        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            throw new InvalidOperationException(
                $"Configure either {JwtAuthenticationExtensions.ConfigurationSection}:Authority (OIDC) or " +
                $"{JwtAuthenticationExtensions.ConfigurationSection}:SigningKey (base64, at least 32 bytes; './ssi up' provides one).");
        }

        var key = Convert.FromBase64String(SigningKey);
        if (key.Length < 32)
        {
            throw new InvalidOperationException($"{JwtAuthenticationExtensions.ConfigurationSection}:SigningKey must hold at least 32 bytes.");
        }

        return new SymmetricSecurityKey(key);
    }
}
