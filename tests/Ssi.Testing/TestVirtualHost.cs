using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Ssi.Testing;

/// <summary>A throw-away RabbitMQ virtual host, so tests never see each other's queues; deleted on dispose.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(HttpClient management, string name, Uri amqpUri)
    {
        _management = management;
        Name = name;
        AmqpUri = amqpUri;
    }

    public string Name { get; }

    /// <summary>The <c>ConnectionStrings:messaging</c> value for this virtual host.</summary>
    public Uri AmqpUri { get; }

    public static async Task<TestVirtualHost> CreateAsync(string prefix)
    {
        var settings = await TestInfrastructure.EnsureStartedAsync();
        var name = UniqueNames.For(prefix, separator: '-');
        var credentials = settings.RabbitMq.UserInfo;
        var management = new HttpClient { BaseAddress = settings.RabbitMqManagement };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(credentials))));

        var user = Uri.UnescapeDataString(credentials.Split(':')[0]);
        (await management.PutAsJsonAsync($"/api/vhosts/{name}", new { })).EnsureSuccessStatusCode();
        (await management.PutAsJsonAsync($"/api/permissions/{name}/{Uri.EscapeDataString(user)}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();

        var amqpUri = new UriBuilder(settings.RabbitMq) { Path = "/" + name }.Uri;
        return new TestVirtualHost(management, name, amqpUri);
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteAsync($"/api/vhosts/{Name}");
        _management.Dispose();
    }
}
