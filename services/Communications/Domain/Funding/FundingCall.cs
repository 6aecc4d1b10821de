namespace Communications.Domain.Funding;

/// <summary>A funder's call for projects as <c>CallOpened</c> announced it: whom its reminders reach and whose applicants its funder may write to.</summary>
public sealed class FundingCall
{
    private FundingCall()
    {
    }

    public FundingCall(Guid callId, Guid funderId, string funderName, string title, string scopeTerritory, IEnumerable<string> eligibleActorKinds, DateTimeOffset closesAt)
    {
        CallId = callId;
        FunderId = funderId;
        FunderName = funderName;
        Title = title;
        ScopeTerritory = scopeTerritory;
        EligibleActorKinds = [.. eligibleActorKinds];
        ClosesAt = closesAt.ToUniversalTime();
    }

    public Guid CallId { get; private set; }

    public Guid FunderId { get; private set; }

    public string FunderName { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary><c>kind:code</c>, e.g. <c>region:32</c>.</summary>
    public string ScopeTerritory { get; private set; } = "";

    /// <summary>Empty means any kind.</summary>
    public List<string> EligibleActorKinds { get; private set; } = [];

    public DateTimeOffset ClosesAt { get; private set; }
}
