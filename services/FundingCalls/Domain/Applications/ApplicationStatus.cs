namespace FundingCalls.Domain.Applications;

public enum ApplicationStatus
{
    Draft,
    Submitted,
    CorrectionsRequested,
    UnderReview,
    Accepted,
    Refused,
    Withdrawn,
}
