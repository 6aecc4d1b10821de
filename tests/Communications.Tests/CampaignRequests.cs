using System.Net.Http.Json;
using Communications.Endpoints;
using Ssi.Testing;

namespace Communications.Tests;

/// <summary>Writes templates and campaigns as their author would, through the API.</summary>
public static class CampaignRequests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static object Template(object sender, string subject = "{{ campaign.name }} : les rendez-vous de novembre",
        string html = "<p>Bonjour {{ recipient.name }} ({{ recipient.organisation }}),</p><p>Voici le programme.</p><p><a href=\"{{ unsubscribe_url }}\">Se désinscrire</a></p>",
        string text = "Bonjour {{ recipient.name }},\nVoici le programme.\nSe désinscrire : {{ unsubscribe_url }}") =>
        new { sender, name = "Lettre du collectif", subject, htmlBody = html, textBody = text };

    public static async Task<TemplateResponse> CreateTemplateAsync(HttpClient client, object sender)
    {
        var response = await client.PostAsJsonAsync("/templates", Template(sender), Cancellation);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync<TemplateResponse>();
    }

    public static object Campaign(object sender, Guid templateId, object audience, string name = "Lettre de novembre", string senderName = "Collectif SSI de Billère") =>
        new { sender, name, senderName, replyTo = "collectif.billere@example.org", templateId, audience };

    public static async Task<CampaignResponse> CreateCampaignAsync(HttpClient client, object sender, object audience)
    {
        var template = await CreateTemplateAsync(client, sender);
        var response = await client.PostAsJsonAsync("/campaigns", Campaign(sender, template.Id, audience), Cancellation);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync<CampaignResponse>();
    }

    public static async Task<CampaignResponse> WaitUntilAsync(HttpClient client, Guid campaignId, string status, TimeSpan? timeout = null)
    {
        CampaignResponse campaign = null!;
        await Eventually.Async(async () =>
        {
            campaign = await client.GetJsonAsync<CampaignResponse>($"/campaigns/{campaignId}");
            Assert.Equal(status, campaign.Status);
        }, timeout ?? TimeSpan.FromSeconds(30));
        return campaign;
    }
}
