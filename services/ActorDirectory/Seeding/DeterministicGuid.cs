using System.Security.Cryptography;
using System.Text;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Seeding;

/// <summary>
/// Name-based ids (RFC 9562 version 8: the first 16 bytes of the name's SHA-256): the same name
/// always gives the same id, so a second seeding run finds what the first one wrote, and the demo
/// and the scale data agree on the actor of a local authority whichever runs first.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(string name)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes("ssi-directory/" + name), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>The actor of a commune, EPCI, department or region, e.g. the Mairie de Billère for commune 64129.</summary>
    public static Guid ForLocalAuthority(TerritoryKind kind, string code) =>
        Create($"local-authority/{kind.ToString().ToLowerInvariant()}/{code}");
}
