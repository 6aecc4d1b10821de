namespace FundingCalls.Domain.Applications;

/// <summary>
/// One step of an application's life in its audit trail: who moved it, when, from which status to
/// which, and why. Rows are only ever inserted: the database refuses to update or delete them.
/// </summary>
public sealed class ApplicationTransition
{
    private ApplicationTransition()
    {
    }

    public ApplicationTransition(Guid applicationId, string actor, ApplicationStatus? from, ApplicationStatus to, string? reason, DateTimeOffset now)
    {
        ApplicationId = applicationId;
        Actor = actor;
        From = from;
        To = to;
        Reason = reason;
        OccurredAt = now;
    }

    public long Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    /// <summary>The subject of the token that made the change, or <c>system</c>.</summary>
    public string Actor { get; private set; } = "";

    /// <summary>Null for the creation of the draft.</summary>
    public ApplicationStatus? From { get; private set; }

    public ApplicationStatus To { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
}
