namespace FundingCalls.Domain.Applications;

/// <summary>The funder sent the application back; <see cref="AnsweredAt"/> is set when the applicant submits it again.</summary>
public sealed class CorrectionRequest
{
    private CorrectionRequest()
    {
    }

    public CorrectionRequest(string reason, string requestedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Reason = reason;
        RequestedBy = requestedBy;
        RequestedAt = now;
    }

    public Guid Id { get; private set; }

    public string Reason { get; private set; } = "";

    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public void Answer(DateTimeOffset now) => AnsweredAt = now;
}
