using FundingCalls.Domain.Budgets;
using Ssi.ServiceDefaults.Http;

namespace FundingCalls.Domain.Applications;

/// <summary>
/// An actor's application to a call (CERFA 12156): its project, the calendar events it funds, its
/// budget and the amount asked. Draft while the applicant writes it; submitted within the call's
/// window; sent back for corrections and submitted again as often as the funder asks; under review;
/// accepted, refused or withdrawn. Every move is appended to <see cref="Transitions"/>.
/// </summary>
public sealed class GrantApplication
{
    public const int ReasonMaxLength = 2000;

    private readonly List<CorrectionRequest> _corrections = [];
    private readonly List<ApplicationTransition> _transitions = [];

    private GrantApplication()
    {
    }

    public GrantApplication(Guid callId, Guid applicantId, ApplicationContent content, string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        CallId = callId;
        ApplicantId = applicantId;
        CreatedBy = createdBy;
        CreatedAt = now;
        Status = ApplicationStatus.Draft;
        Revise(content, now);
        _transitions.Add(new ApplicationTransition(Id, createdBy, null, ApplicationStatus.Draft, null, now));
    }

    public Guid Id { get; private set; }

    public Guid CallId { get; private set; }

    /// <summary>The directory actor that applies.</summary>
    public Guid ApplicantId { get; private set; }

    public ProjectDescription Project { get; private set; } = null!;

    public List<Guid> EventIds { get; private set; } = [];

    public ProjectBudget Budget { get; private set; } = null!;

    public long RequestedCents { get; private set; }

    public List<AttachedDocument> Documents { get; private set; } = [];

    /// <summary>Null once the person was erased from the directory.</summary>
    public ApplicationContact? Contact { get; private set; }

    public ApplicationStatus Status { get; private set; }

    /// <summary>When it was first submitted.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<CorrectionRequest> Corrections => _corrections;

    /// <summary>The moves made through this instance; the whole trail is read from the database.</summary>
    public IReadOnlyList<ApplicationTransition> Transitions => _transitions;

    /// <summary>Whether the applicant may change it: a draft, or sent back for corrections.</summary>
    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.CorrectionsRequested;

    public CorrectionRequest? OpenCorrection => _corrections.FirstOrDefault(correction => correction.AnsweredAt is null);

    public void Revise(ApplicationContent content, DateTimeOffset now)
    {
        Project = content.Project;
        EventIds = [.. content.EventIds];
        Budget = content.Budget;
        RequestedCents = content.RequestedCents;
        Documents = [.. content.Documents];
        Contact = content.Contact;
        UpdatedAt = now;
    }

    /// <returns>Why the application cannot be submitted, or null once it is (answering the open correction request, if any).</returns>
    public string? Submit(string actor, DateTimeOffset now)
    {
        var problem = Move(ApplicationStatus.Submitted, actor, null, now, ApplicationStatus.Draft, ApplicationStatus.CorrectionsRequested);
        if (problem is null)
        {
            OpenCorrection?.Answer(now);
            SubmittedAt ??= now;
        }

        return problem;
    }

    public string? RequestCorrections(string actor, string reason, DateTimeOffset now)
    {
        var problem = Move(ApplicationStatus.CorrectionsRequested, actor, reason, now, ApplicationStatus.Submitted, ApplicationStatus.UnderReview);
        if (problem is null)
        {
            _corrections.Add(new CorrectionRequest(reason, actor, now));
        }

        return problem;
    }

    public string? StartReview(string actor, DateTimeOffset now) =>
        Move(ApplicationStatus.UnderReview, actor, null, now, ApplicationStatus.Submitted);

    public string? Accept(string actor, string deliberation, DateTimeOffset now) =>
        Move(ApplicationStatus.Accepted, actor, deliberation, now, ApplicationStatus.Submitted, ApplicationStatus.UnderReview);

    public string? Refuse(string actor, string deliberation, DateTimeOffset now) =>
        Move(ApplicationStatus.Refused, actor, deliberation, now, ApplicationStatus.Submitted, ApplicationStatus.UnderReview);

    /// <summary>Whether it still awaits a decision.</summary>
    public bool IsPending => Status is ApplicationStatus.Submitted or ApplicationStatus.UnderReview or ApplicationStatus.CorrectionsRequested;

    public string? Withdraw(string actor, string? reason, DateTimeOffset now) =>
        Move(ApplicationStatus.Withdrawn, actor, reason, now,
            ApplicationStatus.Draft, ApplicationStatus.Submitted, ApplicationStatus.CorrectionsRequested, ApplicationStatus.UnderReview);

    /// <summary>Forgets the contact person erased from the directory.</summary>
    public bool ForgetContact(Guid contactId, DateTimeOffset now)
    {
        if (Contact?.ContactId != contactId)
        {
            return false;
        }

        Contact = null;
        UpdatedAt = now;
        return true;
    }

    private string? Move(ApplicationStatus to, string actor, string? reason, DateTimeOffset now, params ApplicationStatus[] from)
    {
        if (!from.Contains(Status))
        {
            return $"The application is {ApiEnum<ApplicationStatus>.NameOf(Status)}: it moves to {ApiEnum<ApplicationStatus>.NameOf(to)} only from " +
                $"{string.Join(" or ", from.Select(ApiEnum<ApplicationStatus>.NameOf))}.";
        }

        _transitions.Add(new ApplicationTransition(Id, actor, Status, to, reason, now));
        Status = to;
        UpdatedAt = now;
        return null;
    }
}
