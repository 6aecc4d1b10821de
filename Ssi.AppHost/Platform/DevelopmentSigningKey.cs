using System.Security.Cryptography;

namespace Ssi.AppHost.Platform;

/// <summary>
/// The key development tokens are signed with: <c>Parameters:jwt-signing-key</c> when configured,
/// otherwise the state folder's <c>jwt-signing-key</c> file that <c>./ssi token</c> signs with,
/// made on first use.
/// </summary>
internal static class DevelopmentSigningKey
{
    public const string ParameterName = "jwt-signing-key";

    public static IResourceBuilder<ParameterResource> AddJwtSigningKey(this IDistributedApplicationBuilder builder, PlatformSettings settings)
    {
        var configurationKey = $"Parameters:{ParameterName}";
        if (string.IsNullOrEmpty(builder.Configuration[configurationKey]))
        {
            builder.Configuration[configurationKey] = ReadOrCreate(Path.Combine(settings.StateDirectory, ParameterName));
        }

        return builder.AddParameter(ParameterName, secret: true);
    }

    private static string ReadOrCreate(string path)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var temporary = $"{path}.{Environment.ProcessId}";
        File.WriteAllText(temporary, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException)
        {
            // Another run made it first: use theirs.
            File.Delete(temporary);
            return File.ReadAllText(path).Trim();
        }
    }
}
