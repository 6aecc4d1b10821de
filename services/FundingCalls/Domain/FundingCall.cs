namespace FundingCalls.Domain;

/// <summary>
/// A call for projects ("appel à projets"), such as a regional council's special call for the
/// week or a city's project-aid committee, with its budget envelope and application window.
/// </summary>
public sealed class FundingCall
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 8000;

    private FundingCall()
    {
    }

    public FundingCall(string title, string? description, string territoryCode, decimal budgetEnvelope,
        DateOnly opensOn, DateOnly closesOn, string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Title = title;
        Description = description;
        TerritoryCode = territoryCode;
        BudgetEnvelope = budgetEnvelope;
        OpensOn = opensOn;
        ClosesOn = closesOn;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>INSEE code of the territory the call covers (region, department, EPCI or commune).</summary>
    public string TerritoryCode { get; private set; } = "";

    /// <summary>The envelope in euros.</summary>
    public decimal BudgetEnvelope { get; private set; }

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    /// <summary>Subject of the funder who created the call.</summary>
    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public uint Version { get; private set; }
}
