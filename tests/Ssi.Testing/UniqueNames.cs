namespace Ssi.Testing;

internal static class UniqueNames
{
    public static string For(string prefix, char separator) =>
        $"test{separator}{prefix.ToLowerInvariant()}{separator}{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 38)];
}
