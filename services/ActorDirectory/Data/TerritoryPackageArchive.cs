using System.Formats.Tar;
using System.IO.Compression;

namespace ActorDirectory.Data;

/// <summary>
/// The npm tarball of <c>@etalab/decoupage-administratif</c>, as <c>npm pack</c> downloads it:
/// its <c>package/data/</c> files are what <see cref="TerritoryImportSource"/> reads.
/// </summary>
public static class TerritoryPackageArchive
{
    private const string DataFolder = "package/data/";

    public static bool IsArchive(string path) => path.EndsWith(".tgz", StringComparison.Ordinal) && File.Exists(path);

    /// <summary>Extracts the package's data files into <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a gzipped tarball.</exception>
    public static async Task ExtractDataAsync(string archive, string directory, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(archive);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(cancellationToken: cancellationToken) is { } entry)
            {
                var name = entry.Name.StartsWith(DataFolder, StringComparison.Ordinal) ? entry.Name[DataFolder.Length..] : null;
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && TerritoryImportSource.Files.Contains(name))
                {
                    await entry.ExtractToFileAsync(Path.Combine(directory, name!), overwrite: true, cancellationToken);
                }
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new InvalidDataException($"{archive} is not the npm tarball of @etalab/decoupage-administratif: {exception.Message}", exception);
        }
    }
}
