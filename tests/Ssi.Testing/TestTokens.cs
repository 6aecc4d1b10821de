using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Ssi.ServiceDefaults.Authentication;

namespace Ssi.Testing;

/// <summary>Development tokens, shaped like those of <c>./ssi token</c>, signed with a key only the tests use.</summary>
public static class TestTokens
{
    public static readonly string SigningKey = Convert.ToBase64String("ssi-tests-only-signing-key-0123456789abcdef"u8.ToArray());

    public static string Create(string role, IEnumerable<string>? territories = null, IEnumerable<Guid>? actors = null, string? subject = null)
    {
        var claims = new List<Claim>
        {
            new(SsiClaimTypes.Subject, subject ?? Guid.NewGuid().ToString()),
            new(SsiClaimTypes.Name, $"Test {role}"),
            new(SsiClaimTypes.Role, role),
        };
        claims.AddRange((territories ?? []).Select(code => new Claim(SsiClaimTypes.Territory, code)));
        claims.AddRange((actors ?? []).Select(id => new Claim(SsiClaimTypes.Actor, id.ToString())));

        var settings = new JwtSettings { SigningKey = SigningKey };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(settings.CreateDevelopmentSigningKey(), SecurityAlgorithms.HmacSha256),
        });
    }
}
