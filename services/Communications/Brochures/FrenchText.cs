using System.Globalization;
using Ssi.ServiceDefaults.Text;

namespace Communications.Brochures;

/// <summary>How the brochure words the calendar's codes and dates for its French readers.</summary>
public static class FrenchText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>"samedi 14 novembre".</summary>
    public static string Day(DateOnly day) => day.ToString("dddd d MMMM", French);

    /// <summary>"du 13 au 29 novembre 2026".</summary>
    public static string Period(DateOnly startsOn, DateOnly endsOn) => startsOn == endsOn
        ? $"le {startsOn.ToString("d MMMM yyyy", French)}"
        : $"du {startsOn.ToString(startsOn.Month == endsOn.Month ? "%d" : "d MMMM", French)} au {endsOn.ToString("d MMMM yyyy", French)}";

    /// <summary>"18 h 30 – 20 h".</summary>
    public static string Times(DateTimeOffset startsAt, DateTimeOffset endsAt) => $"{Time(startsAt)} – {Time(endsAt)}";

    /// <returns>What readers are told of an event that does not simply take place as announced, or null.</returns>
    public static string? Status(string status) => status is "rescheduled" or "postponed" or "full" ? FrenchEventLabels.Status(status) : null;

    private static string Time(DateTimeOffset instant) => instant.Minute == 0 ? $"{instant.Hour} h" : $"{instant.Hour} h {instant.Minute:00}";
}
