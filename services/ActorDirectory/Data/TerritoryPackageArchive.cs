using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace ActorDirectory.Data;

/// <summary>
/// The npm tarball of <c>@etalab/decoupage-administratif</c>, as <c>npm pack</c> downloads it:
/// its <c>package/data/</c> files are what <see cref="TerritoryImportSource"/> reads.
/// </summary>
public static class TerritoryPackageArchive
{
    private const string DataFolder = "package/data/";

    /// <exception cref="InvalidDataException">The file is missing or its SHA-512 is not <paramref name="expectedSha512"/>.</exception>
    public static async Task VerifyAsync(string archive, string expectedSha512, CancellationToken cancellationToken)
    {
        if (!File.Exists(archive))
        {
            throw new InvalidDataException($"The territory package '{archive}' does not exist.");
        }

        await using var file = File.OpenRead(archive);
        var actual = Convert.ToBase64String(await SHA512.HashDataAsync(file, cancellationToken));
        if (actual != expectedSha512)
        {
            throw new InvalidDataException($"{archive}: checksum mismatch (sha512-{actual}, expected sha512-{expectedSha512}); delete it to download it again.");
        }
    }

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
