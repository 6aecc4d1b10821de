using System.Net;

namespace PublicSite.Apis;

public sealed record Consent(string Topic, string Label, string ConsentText);

/// <summary>News subscriptions: what a visitor consents to, and the sign-up that sends the confirmation e-mail.</summary>
public sealed class CommunicationsApi(HttpClient http) : PublicApi(http)
{
    public Task<Consent?> ConsentAsync(string topic, CancellationToken cancellationToken) =>
        GetAsync<Consent>($"/subscriptions/consent?topic={Uri.EscapeDataString(topic)}", cancellationToken);

    /// <returns>False when communications refuses the address as malformed.</returns>
    public async Task<bool> SubscribeAsync(string email, string topic, string source, CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsJsonAsync("/subscriptions", new { email, topic, source }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }
}
