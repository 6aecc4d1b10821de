namespace FundingCalls.Domain.Committees;

public enum DecisionOutcome
{
    Accepted,
    Refused,
    Adjourned,
}
