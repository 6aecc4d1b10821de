using Microsoft.Playwright;

namespace Ssi.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright's driver (node and its package ship in the
/// NuGet package; Playwright's own browser download cannot work here). One browser for the
/// assembly, started by the first test that asks for it, so tests without a browser never need
/// Chromium; a fresh context (cookies, storage, viewport) for each page.
/// </summary>
public sealed class BrowserFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim _starting = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The Debian package's launcher; <c>SSI_CHROMIUM</c> names another build.</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("SSI_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// A new context whose relative URLs resolve against <paramref name="baseUrl"/>. Nothing leaves
    /// the machine: the map's tiles from OpenStreetMap are refused at once rather than timing out.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseUrl, int width = 1280)
    {
        var context = await (await BrowserAsync()).NewContextAsync(new()
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = 800 },
            Locale = "fr-FR",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        await context.RouteAsync("https://tile.openstreetmap.org/**", route => route.AbortAsync());
        return context;
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _starting.WaitAsync();
        try
        {
            if (_browser is null)
            {
                if (!File.Exists(ChromiumPath))
                {
                    throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: install Debian's chromium package (./ssi test does) or set SSI_CHROMIUM.");
                }

                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = ChromiumPath,
                    Headless = true,
                    // The tests may run as root, where Chromium's sandbox refuses to start.
                    ChromiumSandbox = false,
                    Args = ["--disable-dev-shm-usage", "--disable-quic"],
                });
            }

            return _browser;
        }
        finally
        {
            _starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _starting.Dispose();
    }
}
