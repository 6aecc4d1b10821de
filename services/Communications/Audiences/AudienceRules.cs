using System.Text.RegularExpressions;
using Communications.Data;
using Communications.Domain.Audiences;
using Communications.Domain.Senders;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Territories;

namespace Communications.Audiences;

/// <summary>
/// Whether a sender may write to an audience: coordinators inside their territory only, funders to
/// their own calls' applicants only; and whether every criterion names something that exists.
/// </summary>
public sealed partial class AudienceRules(CommunicationsDbContext db)
{
    public async Task<AudienceCheck> CheckAsync(Sender sender, CampaignAudience audience, CancellationToken cancellationToken)
    {
        var given = (audience.Segment is null ? 0 : 1) + (audience.Subscribers is null ? 0 : 1) + (audience.ApplicantsOfCall is null ? 0 : 1);
        if (given != 1)
        {
            return AudienceCheck.Malformed("audience", "Give exactly one of segment, subscribers or applicantsOfCall.");
        }

        if (audience.ApplicantsOfCall is { } callId)
        {
            if (sender.FunderId is not { } funderId)
            {
                return AudienceCheck.Forbidden("A call's applicants are written to by its funder's staff only.");
            }

            var callFunder = await db.FundingCalls.Where(call => call.CallId == callId).Select(call => (Guid?)call.FunderId).SingleOrDefaultAsync(cancellationToken);
            return callFunder is null ? AudienceCheck.Unknown("audience.applicantsOfCall", $"No open or past call has the id {callId}.")
                : callFunder != funderId ? AudienceCheck.Forbidden($"Call {callId} is not one of funder {funderId}'s: a funder writes to its own applicants only.")
                : AudienceCheck.Valid;
        }

        if (sender.TerritoryReference is not { } senderTerritory)
        {
            return AudienceCheck.Forbidden("A funder writes to its own calls' applicants only (applicantsOfCall).");
        }

        var field = audience.Segment is null ? "audience.subscribers" : "audience.segment.territory";
        if (!TerritoryReference.TryParse(audience.Segment?.Territory ?? audience.Subscribers, out var territory))
        {
            return AudienceCheck.Malformed(field, $"Not a territory reference ({TerritoryReference.Expected}).");
        }

        if (!senderTerritory.Contains(territory))
        {
            return AudienceCheck.Forbidden($"{territory} is not inside {senderTerritory}: coordinators write to their own territory only.");
        }

        return audience.Segment is { } segment ? await CheckSegmentAsync(segment, cancellationToken) : AudienceCheck.Valid;
    }

    private async Task<AudienceCheck> CheckSegmentAsync(Segment segment, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (segment.ActorKinds?.Where(kind => !ActorKinds.All.Contains(kind)).ToList() is { Count: > 0 } unknownKinds)
        {
            errors["audience.segment.actorKinds"] = [$"Unknown actor kind(s) {string.Join(", ", unknownKinds)}; known: {string.Join(", ", ActorKinds.All.Order(StringComparer.Ordinal))}."];
        }

        if (segment.Themes?.Where(theme => !Slug().IsMatch(theme)).ToList() is { Count: > 0 } badThemes)
        {
            errors["audience.segment.themes"] = [$"Themes are the directory's kebab-case slugs; not: {string.Join(", ", badThemes)}."];
        }

        if (segment.ContactFunctions?.Where(function => function.Length is < 2 or > 100 || function.Any(char.IsControl)).ToList() is { Count: > 0 })
        {
            errors["audience.segment.contactFunctions"] = ["Each function is a word or phrase of 2 to 100 characters, on one line."];
        }

        if (segment.CollectiveId is { } collectiveId
            && !await db.CollectiveMemberships.AnyAsync(membership => membership.CollectiveId == collectiveId, cancellationToken))
        {
            errors["audience.segment.collectiveId"] = [$"The directory has announced no member of a collective {collectiveId}."];
        }

        return errors.Count == 0 ? AudienceCheck.Valid : new AudienceCheck(AudienceCheckOutcome.Unknown, errors);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z")]
    private static partial Regex Slug();
}

public enum AudienceCheckOutcome
{
    Valid,

    /// <summary>Not well formed (400).</summary>
    Malformed,

    /// <summary>Names something that does not exist (422).</summary>
    Unknown,

    /// <summary>Outside what the sender may write to (403).</summary>
    Forbidden,
}

public sealed record AudienceCheck(AudienceCheckOutcome Outcome, IReadOnlyDictionary<string, string[]> Errors)
{
    public static readonly AudienceCheck Valid = new(AudienceCheckOutcome.Valid, new Dictionary<string, string[]>());

    public static AudienceCheck Malformed(string field, string error) => new(AudienceCheckOutcome.Malformed, new Dictionary<string, string[]> { [field] = [error] });

    public static AudienceCheck Unknown(string field, string error) => new(AudienceCheckOutcome.Unknown, new Dictionary<string, string[]> { [field] = [error] });

    public static AudienceCheck Forbidden(string error) => new(AudienceCheckOutcome.Forbidden, new Dictionary<string, string[]> { ["audience"] = [error] });
}
