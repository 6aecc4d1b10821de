namespace FundingCalls.Domain.Scheduling;

/// <summary>
/// Something the service must do at a given instant (close a call at its deadline...), kept in
/// its database so that it survives restarts and runs once across replicas.
/// </summary>
public sealed class DueJob
{
    private DueJob()
    {
    }

    public DueJob(DueJobKind kind, Guid subjectId, DateTimeOffset dueAt)
    {
        Kind = kind;
        SubjectId = subjectId;
        DueAt = dueAt.ToUniversalTime();
    }

    public long Id { get; private set; }

    public DueJobKind Kind { get; private set; }

    /// <summary>What the job is about (a call's id...).</summary>
    public Guid SubjectId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public void Complete(DateTimeOffset now) => CompletedAt = now;

    /// <summary>Tries again later, waiting twice as long after each failure (up to an hour).</summary>
    public void Fail(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        DueAt = now + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Attempts)));
    }
}
