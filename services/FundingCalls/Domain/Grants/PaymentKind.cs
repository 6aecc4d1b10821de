namespace FundingCalls.Domain.Grants;

public enum PaymentKind
{
    Advance,
    Instalment,
    Balance,
}
