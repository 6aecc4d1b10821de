using Microsoft.Extensions.Options;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Communications.Brochures;

/// <summary>
/// Prints HTML to A4 PDF with one headless Chromium per replica, started on first use and started
/// again when it died or hung. One print at a time: a render takes a core, and the machines have two.
/// </summary>
public sealed class ChromiumPrinter(IOptions<BrochureOptions> options, ILogger<ChromiumPrinter> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IBrowser? _browser;

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            try
            {
                return await PrintOnceAsync(html, cancellationToken);
            }
            catch (Exception exception) when (exception is PuppeteerException or TimeoutException)
            {
                logger.LogWarning(exception, "Chromium failed to print a brochure; starting it again for one more try");
                await CloseBrowserAsync();
                return await PrintOnceAsync(html, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> PrintOnceAsync(string html, CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync();
        var page = await browser.NewPageAsync();
        try
        {
            // The page is our own HTML: nothing in it needs scripts or the network.
            await page.SetJavaScriptEnabledAsync(false);
            await page.SetOfflineModeAsync(true);
            await page.SetContentAsync(html);
            return await page.PdfDataAsync(new PdfOptions
            {
                Format = PaperFormat.A4,
                PreferCSSPageSize = true,
                PrintBackground = true,
                Outline = true,
                Tagged = true,
            }).WaitAsync(options.Value.PrintTimeout, cancellationToken);
        }
        finally
        {
            if (browser.IsConnected)
            {
                await page.CloseAsync();
            }
        }
    }

    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await CloseBrowserAsync();
        var path = options.Value.ChromiumPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium is not at {path} (Brochures:ChromiumPath): install Debian's chromium package (./ssi does).");
        }

        logger.LogInformation("Starting headless Chromium {ChromiumPath}", path);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            // --no-sandbox: the services may run as root, where Chromium's sandbox refuses to start.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--disable-extensions"],
            Timeout = (int)options.Value.PrintTimeout.TotalMilliseconds,
        });
        return _browser;
    }

    private async Task CloseBrowserAsync()
    {
        if (_browser is null)
        {
            return;
        }

        var browser = _browser;
        _browser = null;
        try
        {
            await browser.CloseAsync();
        }
        catch (Exception exception) when (exception is PuppeteerException or IOException or InvalidOperationException)
        {
            logger.LogDebug(exception, "Chromium was already gone");
        }

        await browser.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await CloseBrowserAsync();
        _gate.Dispose();
    }
}
