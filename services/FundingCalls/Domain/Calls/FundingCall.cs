using Ssi.ServiceDefaults.Territories;

namespace FundingCalls.Domain.Calls;

/// <summary>
/// A call for projects ("appel à projets"), such as a regional council's special call for the
/// week or a city's project-aid committee: its funder, envelope, rules, rubric and window.
/// Draft while its funder writes it, open from publication, closed at its deadline (by the
/// scheduler, and no submission is accepted from that instant whatever the scheduler does),
/// decided once its committee has ruled, archived at last.
/// </summary>
public sealed class FundingCall
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 8000;

    private FundingCall()
    {
    }

    public FundingCall(Guid funderId, CallTerms terms, string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        FunderId = funderId;
        CreatedBy = createdBy;
        CreatedAt = now;
        Status = CallStatus.Draft;
        Revise(terms);
    }

    public Guid Id { get; private set; }

    /// <summary>The directory actor that funds the call (a regional council, a city...).</summary>
    public Guid FunderId { get; private set; }

    /// <summary>The year of the Semaine (Festival des Solidarités) the call funds.</summary>
    public int Edition { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>The territory the call covers, as <c>kind:code</c>.</summary>
    public string ScopeTerritory { get; private set; } = "";

    public long EnvelopeCents { get; private set; }

    public long MaxGrantCents { get; private set; }

    public int CofundingCapPercent { get; private set; }

    public EligibilityRules Eligibility { get; private set; } = null!;

    public List<Criterion> Criteria { get; private set; } = [];

    public List<RequiredDocument> RequiredDocuments { get; private set; } = [];

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public DateOnly ReportDueOn { get; private set; }

    public int ReportGapThresholdPercent { get; private set; }

    public CallStatus Status { get; private set; }

    /// <summary>What the committee awarded so far, never above <see cref="EnvelopeCents"/>: written only by one conditional UPDATE per award.</summary>
    public long AwardedCents { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public TerritoryReference Scope => TerritoryReference.TryParse(ScopeTerritory, out var scope)
        ? scope
        : throw new InvalidOperationException($"Call {Id} has a malformed scope '{ScopeTerritory}'.");

    /// <summary>Whether the public sees it: once published.</summary>
    public bool IsPublic => Status != CallStatus.Draft;

    /// <summary>Only a draft's terms change: applicants rely on a published call's.</summary>
    public void Revise(CallTerms terms)
    {
        Edition = terms.Edition;
        Title = terms.Title;
        Description = terms.Description;
        ScopeTerritory = terms.Scope.ToString();
        EnvelopeCents = terms.EnvelopeCents;
        MaxGrantCents = terms.MaxGrantCents;
        CofundingCapPercent = terms.CofundingCapPercent;
        Eligibility = terms.Eligibility;
        Criteria = [.. terms.Criteria];
        RequiredDocuments = [.. terms.RequiredDocuments];
        OpensAt = terms.OpensAt;
        ClosesAt = terms.ClosesAt;
        ReportDueOn = terms.ReportDueOn;
        ReportGapThresholdPercent = terms.ReportGapThresholdPercent;
    }

    /// <returns>Why the call cannot be published now, or null once it is open.</returns>
    public string? Open(DateTimeOffset now)
    {
        if (Status != CallStatus.Draft)
        {
            return $"The call is {Status.ToString().ToLowerInvariant()}: only a draft is opened.";
        }

        if (ClosesAt <= now)
        {
            return $"The call's deadline ({ClosesAt:O}) has passed: move it before opening the call.";
        }

        Status = CallStatus.Open;
        OpenedAt = now;
        return null;
    }

    /// <summary>Whether an application may be submitted at <paramref name="now"/>: from the opening instant, strictly before the deadline.</summary>
    public bool AcceptsSubmissionsAt(DateTimeOffset now) => Status == CallStatus.Open && OpensAt <= now && now < ClosesAt;

    /// <returns>Whether the call closed now (it was open and its deadline has come).</returns>
    public bool CloseAtDeadline(DateTimeOffset now)
    {
        if (Status != CallStatus.Open || now < ClosesAt)
        {
            return false;
        }

        Status = CallStatus.Closed;
        ClosedAt = now;
        return true;
    }

    /// <summary>The committee has ruled on every application of a closed call.</summary>
    public bool MarkDecided()
    {
        if (Status != CallStatus.Closed)
        {
            return false;
        }

        Status = CallStatus.Decided;
        return true;
    }

    /// <returns>Why the call cannot be archived, or null once it is.</returns>
    public string? Archive()
    {
        if (Status != CallStatus.Decided)
        {
            return $"The call is {Status.ToString().ToLowerInvariant()}: only a decided call is archived.";
        }

        Status = CallStatus.Archived;
        return null;
    }
}
