namespace Ssi.AppHost.Platform;

/// <summary>
/// France's regions, departments, EPCI and communes for the directory: the npm package
/// <c>@etalab/decoupage-administratif</c> (code MIT; data Licence Ouverte: INSEE's COG, the DGCL,
/// La Poste), pinned and checked by the import, cached in the state folder, never committed.
/// </summary>
internal sealed class TerritoryPackage(string stateDirectory)
{
    public const string Name = "@etalab/decoupage-administratif";
    public const string Version = "6.0.0";
    public const string Sha512 = "XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ==";

    public string CacheDirectory { get; } = Path.Combine(stateDirectory, "cache", "decoupage-administratif");

    /// <summary>The tarball <c>npm pack</c> writes.</summary>
    public string File => Path.Combine(CacheDirectory, $"etalab-decoupage-administratif-{Version}.tgz");

    public bool IsCached => System.IO.File.Exists(File);
}
