using System.ComponentModel.DataAnnotations;
using Communications.Domain.Audiences;
using Ssi.ServiceDefaults.Validation;

namespace Communications.Endpoints;

/// <summary>Exactly one of the three.</summary>
/// <param name="Subscribers">A territory reference: its confirmed news subscribers (a department's or region's include those of the places inside it).</param>
/// <param name="ApplicantsOfCall">One of the sending funder's calls: the contacts of the actors who applied.</param>
public sealed record AudienceRequest(SegmentRequest? Segment, [property: StringLength(40)] string? Subscribers, Guid? ApplicantsOfCall)
{
    public CampaignAudience ToAudience() => new(Segment?.ToSegment(), Subscribers, ApplicantsOfCall);
}

/// <param name="Territory">Where the actors are based, with everything inside it (<c>department:64</c>).</param>
/// <param name="ActorKinds">The directory's kinds (<c>association</c>, <c>commune</c>, <c>school</c>...); any when empty.</param>
/// <param name="Themes">The directory's theme slugs; any when empty.</param>
/// <param name="CollectiveId">Only the active members of this collective of the directory.</param>
/// <param name="ContactFunctions">Only contacts whose function contains one of these words (<c>solidarité</c>, <c>président</c>).</param>
public sealed record SegmentRequest(
    [property: Required, StringLength(40)] string Territory,
    [property: MaxLength(20), NoNullItems] IReadOnlyList<string>? ActorKinds,
    [property: MaxLength(20), NoNullItems] IReadOnlyList<string>? Themes,
    Guid? CollectiveId,
    [property: MaxLength(10), NoNullItems] IReadOnlyList<string>? ContactFunctions)
{
    public Segment ToSegment() => new(Territory, ActorKinds, Themes, CollectiveId, ContactFunctions?.Select(function => function.Trim()).ToList());
}

public sealed record AudiencePreviewRequest([property: Required] SenderRequest? Sender, [property: Required] AudienceRequest? Audience);

/// <param name="Count">How many addresses the campaign would be sent to now (one per address, suppressed ones left out).</param>
/// <param name="Sample">The first few, addresses half hidden.</param>
public sealed record AudiencePreview(int Count, IReadOnlyList<RecipientSample> Sample);

public sealed record RecipientSample(string? Name, string? Organisation, string? Function, string Email)
{
    public static RecipientSample From(Recipient recipient) => new(recipient.Name, recipient.Organisation, recipient.Function, Mask(recipient.Email));

    /// <summary>c••••@example.org: enough to recognise, not to harvest.</summary>
    private static string Mask(string email)
    {
        var at = email.IndexOf('@');
        return at <= 1 ? email : $"{email[0]}{new string('•', Math.Min(at - 1, 6))}{email[at..]}";
    }
}
