namespace FundingCalls.Domain.Grants;

/// <summary>One payment of a grant's schedule: an advance on signature, the balance after the report...</summary>
public sealed class GrantPayment
{
    private GrantPayment()
    {
    }

    public GrantPayment(PaymentKind kind, long amountCents, DateOnly dueOn, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Kind = kind;
        AmountCents = amountCents;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }

    public PaymentKind Kind { get; private set; }

    public long AmountCents { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public void MarkPaid(DateOnly paidOn) => PaidOn = paidOn;
}
