namespace Communications.Domain.Templates;

/// <summary>The variables a campaign template may use, with the French sample values its preview shows.</summary>
public static class CampaignVariables
{
    public const string RecipientName = "recipient.name";
    public const string RecipientEmail = "recipient.email";
    public const string RecipientOrganisation = "recipient.organisation";
    public const string RecipientFunction = "recipient.function";
    public const string CampaignName = "campaign.name";
    public const string SenderName = "sender.name";
    public const string UnsubscribeUrl = "unsubscribe_url";

    public static readonly IReadOnlyDictionary<string, string> Samples = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RecipientName] = "Camille Exemple",
        [RecipientEmail] = "camille.exemple@example.org",
        [RecipientOrganisation] = "Association Exemple Solidaire",
        [RecipientFunction] = "chargée de mission",
        [CampaignName] = "Lettre du collectif",
        [SenderName] = "Coordination locale du Festival des Solidarités",
        [UnsubscribeUrl] = "https://ssi.example.org/api/communications/unsubscribe?token=exemple",
    };

    public static IReadOnlyCollection<string> Names => (IReadOnlyCollection<string>)Samples.Keys;
}
