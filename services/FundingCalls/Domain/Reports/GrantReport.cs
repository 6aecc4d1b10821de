namespace FundingCalls.Domain.Reports;

/// <summary>
/// A beneficiary's final report on a grant, in the spirit of the CERFA 15059: actual charges and
/// income account by account next to the forecast, how many took part, and what was done.
/// </summary>
public sealed class GrantReport
{
    public const int NarrativeMaxLength = 20_000;

    private GrantReport()
    {
    }

    public GrantReport(Guid grantId, IReadOnlyList<ReportLine> charges, IReadOnlyList<ReportLine> income, int participants, string narrative,
        string submittedBy, DateTimeOffset now)
    {
        GrantId = grantId;
        Charges = [.. charges];
        Income = [.. income];
        Participants = participants;
        Narrative = narrative;
        SubmittedBy = submittedBy;
        SubmittedAt = now;
    }

    public Guid GrantId { get; private set; }

    public List<ReportLine> Charges { get; private set; } = [];

    public List<ReportLine> Income { get; private set; } = [];

    public int Participants { get; private set; }

    public string Narrative { get; private set; } = "";

    public string SubmittedBy { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public long ActualCharges => Charges.Sum(line => line.ActualCents);

    public long ForecastCharges => Charges.Sum(line => line.ForecastCents);
}
