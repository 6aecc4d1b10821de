namespace FundingCalls.Domain.Calls;

public enum CallStatus
{
    Draft,
    Open,
    Closed,
    Decided,
    Archived,
}
