namespace FundingCalls.Domain.Reports;

/// <summary>
/// One account of a final report (CERFA 15059): the forecast of the application next to what was
/// actually spent or received, and why they differ when they differ much.
/// </summary>
public sealed record ReportLine(string Account, string Label, long ForecastCents, long ActualCents, string? Justification)
{
    public long GapCents => ActualCents - ForecastCents;

    /// <summary>The gap in percent of the forecast; a line not forecast at all is 100% off.</summary>
    public decimal GapPercent => ForecastCents == 0
        ? ActualCents == 0 ? 0 : 100
        : Math.Round(100m * GapCents / ForecastCents, 1);
}
