using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Xunit;

namespace Ssi.Testing;

/// <summary>
/// What the test SMTP server (maildev) received, read through its REST API: the parts as maildev
/// parsed them, the headers from the raw message. Tests tell their messages apart by recipient.
/// </summary>
public sealed class MailInbox(Uri api) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { BaseAddress = api, Timeout = TimeSpan.FromSeconds(60) };

    public static async Task<MailInbox> ConnectAsync() => new((await TestInfrastructure.EnsureStartedAsync()).MailInbox);

    /// <summary>The SMTP server's address, for a service under test.</summary>
    public static async Task<Uri> SmtpAsync() => (await TestInfrastructure.EnsureStartedAsync()).Smtp;

    /// <summary>Every message received so far.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> AllAsync() =>
        await _http.GetFromJsonAsync<List<ReceivedMail>>("/api/email", Json, TestContext.Current.CancellationToken) ?? [];

    /// <summary>The messages received for <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> ToAsync(string address) =>
        [.. (await AllAsync()).Where(mail => mail.To.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase))).OrderBy(mail => mail.Time)];

    /// <summary>
    /// Waits until <paramref name="count"/> messages arrived for <paramref name="address"/>, only
    /// those titled <paramref name="subject"/> when given (a platform shared by tests may write to
    /// one address for others); more than that fails.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null, string? subject = null)
    {
        IReadOnlyList<ReceivedMail> received = [];
        await Eventually.Async(async () =>
        {
            received = [.. (await ToAsync(address)).Where(mail => subject is null || mail.Subject == subject)];
            if (received.Count < count)
            {
                throw new TimeoutException($"{received.Count} message(s) arrived for {address}, {count} expected.");
            }
        }, timeout ?? TimeSpan.FromSeconds(30));
        return received.Count == count ? received
            : throw new InvalidOperationException($"{received.Count} messages arrived for {address}, only {count} expected.");
    }

    /// <summary>The raw message's headers, unfolded, names lower-cased; a repeated header keeps its values in order.</summary>
    public async Task<ILookup<string, string>> HeadersAsync(ReceivedMail mail)
    {
        var source = await _http.GetStringAsync($"/api/email/{mail.Id}/source", TestContext.Current.CancellationToken);
        var head = source.Split(["\r\n\r\n", "\n\n"], 2, StringSplitOptions.None)[0];
        var unfolded = head.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n ", " ", StringComparison.Ordinal).Replace("\n\t", " ", StringComparison.Ordinal);
        return unfolded.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToLookup(parts => parts[0].Trim().ToLowerInvariant(), parts => parts[1].Trim());
    }

    public void Dispose() => _http.Dispose();
}

public sealed record ReceivedMail(
    string Id,
    DateTimeOffset Time,
    string Subject,
    string? Html,
    string? Text,
    IReadOnlyList<MailAddress> From,
    IReadOnlyList<MailAddress> To);

public sealed record MailAddress(string Address, string? Name);
