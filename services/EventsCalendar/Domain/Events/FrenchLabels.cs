using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Text;

namespace EventsCalendar.Domain.Events;

/// <summary>How citizens read the calendar's categories, in feeds and printed programmes.</summary>
public static class FrenchLabels
{
    public static string Of(EventKind kind) => FrenchEventLabels.Kind(ApiEnum<EventKind>.NameOf(kind));

    public static string Of(Accessibility accessibility) => FrenchEventLabels.Accessibility(ApiEnum<Accessibility>.NameOf(accessibility));

    public static string Of(EventStatus status) => FrenchEventLabels.Status(ApiEnum<EventStatus>.NameOf(status));
}
