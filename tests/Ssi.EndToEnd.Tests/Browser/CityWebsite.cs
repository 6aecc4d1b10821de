using System.Net;
using System.Text;
using Ssi.AppHost.Infrastructure;

namespace Ssi.EndToEnd.Tests.Browser;

/// <summary>
/// A city's website, one page on an origin of its own. A real loopback server: Chromium's
/// local-network protection refuses the gateway's script to a page the browser made up itself.
/// </summary>
public sealed class CityWebsite : IDisposable
{
    private readonly HttpListener _listener = new();

    public CityWebsite(string html)
    {
        Address = new Uri($"http://localhost:{FreePorts.Next()}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _ = ServeAsync(Encoding.UTF8.GetBytes(html));
    }

    public Uri Address { get; }

    private async Task ServeAsync(byte[] page)
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(page);
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
