using PublicSite.Apis;

namespace PublicSite.Site;

/// <param name="From">Where the page's dates start: the card shows the event's next slot from then.</param>
/// <param name="Link">The event page: on the site, or, in the widget, the site's page opened outside the frame.</param>
public sealed record EventCardView(CalendarEvent Event, DateTimeOffset? From, string Link);
