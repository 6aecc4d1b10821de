using System.Globalization;
using Ssi.ServiceDefaults.Time;

namespace Ssi.ServiceDefaults.Text;

/// <summary>Amounts and dates as French documents and e-mails write them.</summary>
public static class FrenchFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>4 000,00 €</summary>
    public static string Euros(long cents) => string.Format(French, "{0:N2}\u00a0€", cents / 100m);

    /// <summary>jeudi 9 juillet 2026 à 18 h 30, in Paris time.</summary>
    public static string DateAndTime(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("dddd d MMMM yyyy 'à' H 'h' mm", French);

    /// <summary>9 juillet 2026, in Paris time.</summary>
    public static string Date(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("d MMMM yyyy", French);

    /// <summary>9 juillet 2026.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", French);

    /// <summary>samedi 14 novembre 2026.</summary>
    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", French);

    /// <summary>18 h 30, in Paris time.</summary>
    public static string Time(DateTimeOffset instant) => ParisTime.ToParis(instant).ToString("H 'h' mm", French);

    /// <summary>The Paris day of an instant.</summary>
    public static DateOnly ParisDay(DateTimeOffset instant) => DateOnly.FromDateTime(ParisTime.ToParis(instant).DateTime);
}
