namespace FundingCalls.Domain.Budgets;

public enum CoFundingStatus
{
    Requested,
    Granted,
    Refused,
}
