using System.Security.Cryptography;

namespace Ssi.AppHost.Platform;

/// <summary>
/// France's regions, departments, EPCI and communes for the directory: the npm package
/// <c>@etalab/decoupage-administratif</c> (code MIT; data Licence Ouverte: INSEE's COG, the DGCL,
/// La Poste), pinned and checked, cached in the state folder, never committed.
/// </summary>
internal sealed class TerritoryPackage(string stateDirectory)
{
    public const string Name = "@etalab/decoupage-administratif";
    public const string Version = "6.0.0";
    private const string Sha512 = "XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ==";

    public string CacheDirectory { get; } = Path.Combine(stateDirectory, "cache", "decoupage-administratif");

    /// <summary>The tarball <c>npm pack</c> writes.</summary>
    public string File => Path.Combine(CacheDirectory, $"etalab-decoupage-administratif-{Version}.tgz");

    public bool IsCached => System.IO.File.Exists(File);

    /// <summary>Throws when the cached tarball is not the pinned one; a corrupt download is deleted so the next run fetches it again.</summary>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        await using var stream = System.IO.File.OpenRead(File);
        var actual = Convert.ToBase64String(await SHA512.HashDataAsync(stream, cancellationToken));
        if (actual != Sha512)
        {
            stream.Close();
            System.IO.File.Delete(File);
            throw new InvalidOperationException($"{Name}@{Version}: checksum mismatch (sha512-{actual}, expected sha512-{Sha512}); the download was deleted.");
        }
    }
}
