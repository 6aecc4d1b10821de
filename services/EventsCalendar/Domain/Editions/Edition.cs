namespace EventsCalendar.Domain.Editions;

/// <summary>
/// One year of the Festival des Solidarités (the Semaine de la solidarité internationale until
/// 2017): its official national dates and theme, which every territorial programme follows.
/// </summary>
public sealed class Edition
{
    public const int NameMaxLength = 200;
    public const int ThemeMaxLength = 300;

    /// <summary>The national dates span a week or two; a month is already a typing error.</summary>
    public const int MaxDays = 31;

    private Edition()
    {
    }

    public Edition(int year, string name, DateOnly startsOn, DateOnly endsOn, string? nationalTheme)
    {
        Year = year;
        Describe(name, startsOn, endsOn, nationalTheme);
    }

    public int Year { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>First day of the national dates (Europe/Paris).</summary>
    public DateOnly StartsOn { get; private set; }

    /// <summary>Last day of the national dates, included.</summary>
    public DateOnly EndsOn { get; private set; }

    public string? NationalTheme { get; private set; }

    public uint Version { get; private set; }

    public void Describe(string name, DateOnly startsOn, DateOnly endsOn, string? nationalTheme)
    {
        Name = name;
        StartsOn = startsOn;
        EndsOn = endsOn;
        NationalTheme = nationalTheme;
    }

    /// <returns>Why these dates cannot be an edition's national dates, or null when they can.</returns>
    public static string? CheckDates(int year, DateOnly startsOn, DateOnly endsOn) =>
        startsOn.Year != year ? $"The national dates of the {year} edition start in {year}."
        : endsOn < startsOn ? "The national dates must end on or after the day they start."
        : endsOn.DayNumber - startsOn.DayNumber + 1 > MaxDays ? $"The national dates span at most {MaxDays} days."
        : null;
}
