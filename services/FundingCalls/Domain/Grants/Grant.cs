namespace FundingCalls.Domain.Grants;

/// <summary>
/// A grant awarded by a committee's deliberation: its amount, the agreement it needs above
/// 23,000 EUR (décret n° 2001-495), its payment schedule, and the final report it expects.
/// </summary>
public sealed class Grant
{
    /// <summary>Above 23,000 EUR a grant needs a written agreement (convention) before any payment.</summary>
    public const long AgreementThresholdCents = 2_300_000;

    private readonly List<GrantPayment> _payments = [];

    private Grant()
    {
    }

    public Grant(Guid applicationId, Guid callId, Guid funderId, Guid beneficiaryId, string projectTitle, long amountCents, string deliberationNumber,
        IReadOnlyList<Guid> eventIds, DateOnly reportDueOn, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ApplicationId = applicationId;
        CallId = callId;
        FunderId = funderId;
        BeneficiaryId = beneficiaryId;
        ProjectTitle = projectTitle;
        AmountCents = amountCents;
        DeliberationNumber = deliberationNumber;
        EventIds = [.. eventIds];
        ReportDueOn = reportDueOn;
        AwardedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid CallId { get; private set; }

    public Guid FunderId { get; private set; }

    public Guid BeneficiaryId { get; private set; }

    public string ProjectTitle { get; private set; } = "";

    public long AmountCents { get; private set; }

    public string DeliberationNumber { get; private set; } = "";

    public List<Guid> EventIds { get; private set; } = [];

    public DateTimeOffset AwardedAt { get; private set; }

    public string? AgreementReference { get; private set; }

    public DateOnly? AgreementSignedOn { get; private set; }

    public DateOnly ReportDueOn { get; private set; }

    public IReadOnlyList<GrantPayment> Payments => _payments;

    public uint Version { get; private set; }

    public bool RequiresAgreement => AmountCents > AgreementThresholdCents;

    public void RecordAgreement(string reference, DateOnly signedOn)
    {
        AgreementReference = reference;
        AgreementSignedOn = signedOn;
    }

    /// <param name="payments">Totalling <see cref="AmountCents"/>, as the endpoint checks.</param>
    /// <returns>Why the schedule no longer changes, or null once it replaces the previous one.</returns>
    public string? Schedule(IReadOnlyList<(PaymentKind Kind, long AmountCents, DateOnly DueOn)> payments, DateTimeOffset now)
    {
        if (_payments.Any(payment => payment.PaidOn is not null))
        {
            return "A payment was already made: the schedule no longer changes.";
        }

        _payments.Clear();
        _payments.AddRange(payments.OrderBy(payment => payment.DueOn).Select(payment => new GrantPayment(payment.Kind, payment.AmountCents, payment.DueOn, now)));
        return null;
    }

    /// <param name="paymentId">One of <see cref="Payments"/>.</param>
    /// <returns>Why the payment cannot be marked paid, or null once it is.</returns>
    public string? MarkPaid(Guid paymentId, DateOnly paidOn)
    {
        var payment = _payments.Single(payment => payment.Id == paymentId);
        if (RequiresAgreement && AgreementSignedOn is null)
        {
            return "Above 23,000 EUR no payment is made before the agreement is signed: record it first.";
        }

        if (payment.PaidOn is not null)
        {
            return $"That payment was already made on {payment.PaidOn:yyyy-MM-dd}.";
        }

        payment.MarkPaid(paidOn);
        return null;
    }
}
