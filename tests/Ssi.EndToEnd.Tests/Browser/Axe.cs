using System.Text.Json;
using Microsoft.Playwright;
using Ssi.Testing;

namespace Ssi.EndToEnd.Tests.Browser;

/// <summary>
/// axe-core's WCAG 2.1 A and AA rules run in a page or a frame. <c>./ssi test</c> installs the
/// pinned axe-core into <c>.ssi/tools</c> and names it in <c>SSI_AXE_CORE</c>; a test run directly
/// with <c>dotnet</c> finds it there.
/// </summary>
public static class Axe
{
    private const string Run = """
        async () => {
          // Frames are checked on their own: axe would wait for an answer from frames it is not in.
          const results = await axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })));
        }
        """;

    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Locate()));

    public static Task AssertNoAccessibilityViolationsAsync(this IPage page) => page.MainFrame.AssertNoAccessibilityViolationsAsync();

    public static async Task AssertNoAccessibilityViolationsAsync(this IFrame frame)
    {
        // Evaluated rather than added as a <script>: the site's Content-Security-Policy must not stop it.
        await frame.EvaluateAsync(Script.Value);
        var violations = JsonSerializer.Deserialize<Violation[]>(await frame.EvaluateAsync<string>(Run), JsonSerializerOptions.Web)!;
        Assert.True(violations.Length == 0, $"axe found {violations.Length} accessibility violation(s) on {frame.Url}:\n" + string.Join('\n', violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Targets.Select(target => $"    {target}")))));
    }

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("SSI_AXE_CORE") is { Length: > 0 } named)
        {
            return named;
        }

        var state = Environment.GetEnvironmentVariable("SSI_STATE_DIR") is { Length: > 0 } dir ? dir : Path.Combine(TestInfrastructure.RepositoryRoot, ".ssi");
        var tools = Path.Combine(state, "tools");
        return (Directory.Exists(tools) ? Directory.GetDirectories(tools, "axe-core-*") : [])
            .Select(installed => Path.Combine(installed, "node_modules", "axe-core", "axe.min.js"))
            .Where(File.Exists).Order(StringComparer.Ordinal).LastOrDefault()
            ?? throw new InvalidOperationException($"axe-core is not in {tools}: run ./ssi test once (it installs it there) or set SSI_AXE_CORE to an axe.min.js.");
    }

    private sealed record Violation(string Id, string? Impact, string Help, string[] Targets);
}
