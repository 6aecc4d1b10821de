namespace FundingCalls.Domain.Committees;

/// <summary>A deliberation of a session on one application, numbered in the funder's register of the year.</summary>
public sealed class CommitteeDecision
{
    private CommitteeDecision()
    {
    }

    public CommitteeDecision(Guid applicationId, DecisionOutcome outcome, long? amountCents, string? reason, string deliberationNumber, string decidedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ApplicationId = applicationId;
        Outcome = outcome;
        AmountCents = amountCents;
        Reason = reason;
        DeliberationNumber = deliberationNumber;
        DecidedBy = decidedBy;
        DecidedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public DecisionOutcome Outcome { get; private set; }

    /// <summary>The amount awarded, when accepted.</summary>
    public long? AmountCents { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>e.g. <c>2026-014</c>: the year and the funder's running number.</summary>
    public string DeliberationNumber { get; private set; } = "";

    public string DecidedBy { get; private set; } = "";

    public DateTimeOffset DecidedAt { get; private set; }
}
