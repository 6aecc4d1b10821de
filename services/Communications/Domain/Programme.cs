namespace Communications.Domain;

/// <summary>A calendar programme: a territory's programme of one edition, whose brochure this service prints.</summary>
public sealed class Programme
{
    private Programme()
    {
    }

    public Guid ProgrammeId { get; private set; }

    public int EditionYear { get; private set; }

    public string EditionName { get; private set; } = "";

    public string? NationalTheme { get; private set; }

    /// <summary>commune:95127, epci:249500109, department:95 or region:11.</summary>
    public string Territory { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string CoordinatingActorName { get; private set; } = "";

    public string? LocalTheme { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateTimeOffset DeclaredAt { get; private set; }
}
