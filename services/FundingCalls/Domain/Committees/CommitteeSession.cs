namespace FundingCalls.Domain.Committees;

/// <summary>
/// A sitting of the committee that decides on a call's applications ("commission d'aide aux
/// projets", "commission permanente"): its members and their attendance, the quorum, the agenda
/// and its deliberations. Without quorum it decides nothing; once its minutes are signed off it
/// changes no more, and the minutes are kept as signed.
/// </summary>
public sealed class CommitteeSession
{
    public const int PlaceMaxLength = 300;

    private readonly List<CommitteeDecision> _decisions = [];

    private CommitteeSession()
    {
    }

    public CommitteeSession(Guid callId, DateTimeOffset heldAt, string place, int quorum, IReadOnlyList<CommitteeMember> members, IReadOnlyList<Guid> agenda,
        string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        CallId = callId;
        HeldAt = heldAt;
        Place = place;
        Quorum = quorum;
        Members = [.. members];
        Agenda = [.. agenda];
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid CallId { get; private set; }

    public DateTimeOffset HeldAt { get; private set; }

    public string Place { get; private set; } = "";

    /// <summary>How many members must be present for the session to decide.</summary>
    public int Quorum { get; private set; }

    public List<CommitteeMember> Members { get; private set; } = [];

    /// <summary>The applications the session examines, in order.</summary>
    public List<Guid> Agenda { get; private set; } = [];

    public IReadOnlyList<CommitteeDecision> Decisions => _decisions;

    /// <summary>The minutes as signed off, in French HTML; null while the session is open.</summary>
    public string? Minutes { get; private set; }

    public DateTimeOffset? SignedOffAt { get; private set; }

    public string? SignedOffBy { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsSignedOff => SignedOffAt is not null;

    public int PresentCount => Members.Count(member => member.Present);

    public bool HasQuorum => PresentCount >= Quorum;

    /// <returns>Why the attendance cannot change, or null once recorded.</returns>
    public string? RecordAttendance(IReadOnlySet<string> present)
    {
        if (IsSignedOff)
        {
            return "The minutes are signed off: the session no longer changes.";
        }

        if (_decisions.Count > 0)
        {
            return "The session has deliberated: the attendance it deliberated with stays as it was.";
        }

        Members = [.. Members.Select(member => member with { Present = present.Contains(member.Name) })];
        return null;
    }

    /// <returns>Why the session cannot deliberate on <paramref name="applicationId"/> now, or null.</returns>
    public string? WhyCannotDecide(Guid applicationId)
    {
        if (IsSignedOff)
        {
            return "The minutes are signed off: the session decides nothing more.";
        }

        if (!HasQuorum)
        {
            return $"No quorum: {PresentCount} member(s) present, {Quorum} needed. Record the attendance first.";
        }

        if (!Agenda.Contains(applicationId))
        {
            return "The application is not on the session's agenda.";
        }

        return _decisions.Any(decision => decision.ApplicationId == applicationId && decision.Outcome != DecisionOutcome.Adjourned)
            ? "The session has already decided on this application."
            : null;
    }

    public void Record(CommitteeDecision decision) => _decisions.Add(decision);

    /// <returns>Why the minutes cannot be signed off, or null once they are, frozen as <paramref name="minutes"/>.</returns>
    public string? SignOff(string minutes, string signedOffBy, DateTimeOffset now)
    {
        if (IsSignedOff)
        {
            return "The minutes are already signed off.";
        }

        Minutes = minutes;
        SignedOffBy = signedOffBy;
        SignedOffAt = now;
        return null;
    }
}
