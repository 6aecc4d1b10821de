namespace Communications.Domain.Contacts;

/// <summary>Whom a contact person may hear from, read from the directory's visibility and legal basis.</summary>
public static class ContactReach
{
    /// <summary>
    /// Campaigns come from a territory's coordinators or a funder: they reach contacts the
    /// directory shows beyond the actor itself (<c>public</c>, <c>members</c>, which coordinators
    /// read), held for information: a <c>contract</c> basis covers only what the contract needs.
    /// </summary>
    public static readonly IReadOnlyList<string> CampaignVisibilities = ["public", "members"];

    public static readonly IReadOnlyList<string> CampaignLegalBases = ["consent", "legitimate-interest", "public-task"];
}
