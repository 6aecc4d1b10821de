using System.Text.RegularExpressions;
using EventsCalendar.Data;
using EventsCalendar.Domain.Events;
using EventsCalendar.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Validation;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Time;

namespace EventsCalendar.Endpoints;

/// <summary>
/// Turns an <see cref="EventRequest"/> into checked <see cref="EventContent"/>: first its form
/// (every problem at once, 400), then what it refers to in the calendar (venue, programme,
/// partners: 422). Nothing is written.
/// </summary>
internal static partial class EventContentCheck
{
    /// <summary>A slot longer than this is a typing error (an exhibition open a fortnight is one slot per opening).</summary>
    private static readonly TimeSpan MaxSlotLength = TimeSpan.FromDays(31);

    public static Dictionary<string, string[]> ReadForm(EventRequest request, out EventContent? content)
    {
        var errors = new Dictionary<string, string[]>();
        var slots = ReadSlots(request.Slots, errors);
        var themes = ReadThemes(request.Themes, errors);
        var languages = ReadLanguages(request.Languages, errors);
        var registration = ReadRegistration(request.Registration, errors);

        if (request.MinimumAge > request.MaximumAge)
        {
            errors.AddError("maximumAge", $"The age range ends ({request.MaximumAge}) before it starts ({request.MinimumAge}).");
        }

        var onlineUrl = Blank(request.OnlineUrl);
        if (request.AttendanceMode != AttendanceMode.InPerson && onlineUrl is null)
        {
            errors.AddError("onlineUrl", "An online or mixed event gives the address where it is followed.");
        }

        if (onlineUrl is not null && !WebAddress.IsValid(onlineUrl))
        {
            errors.AddError("onlineUrl", $"'{onlineUrl}' is not an absolute http or https address.");
        }

        if (request.AttendanceMode != AttendanceMode.Online && request.VenueId is null)
        {
            errors.AddError("venueId", "An event held in person names its venue (register it with POST /venues).");
        }

        var imageUrl = Blank(request.ImageUrl);
        var imageAlt = Blank(request.ImageAlt);
        if (imageUrl is not null && !WebAddress.IsValid(imageUrl))
        {
            errors.AddError("imageUrl", $"'{imageUrl}' is not an absolute http or https address.");
        }

        if (imageUrl is not null && imageAlt is null)
        {
            errors.AddError("imageAlt", "An image comes with its text alternative, read aloud to blind readers.");
        }

        if (request.Status == EventStatus.Cancelled)
        {
            errors.AddError("status", "An event is cancelled with POST /events/{id}/cancel, which tells its readers why.");
        }

        var partnerIds = (request.PartnerIds ?? []).Distinct().ToList();
        if (partnerIds.Contains(request.OrganiserId!.Value))
        {
            errors.AddError("partnerIds", "The organiser is not its own partner.");
        }

        content = errors.Count > 0 ? null : new EventContent(
            request.Title.Trim(), Blank(request.Summary), Blank(request.Description), request.Kind!.Value,
            (request.Audiences ?? []).Distinct().Order().ToList(), request.MinimumAge, request.MaximumAge,
            (request.Accessibility ?? []).Distinct().Order().ToList(), request.AttendanceMode, onlineUrl,
            request.AttendanceMode == AttendanceMode.Online ? null : request.VenueId, request.ProgrammeId, partnerIds, slots, themes,
            request.IsFree, Blank(request.PriceDetails), registration, imageUrl, imageAlt, languages, request.Status);
        return errors;
    }

    /// <returns>Why the content cannot be an event of <paramref name="organiser"/>, or null with where it takes place and its programme.</returns>
    public static async Task<(string? Problem, TerritoryLocation Location, Programme? Programme)> CheckReferencesAsync(
        EventContent content, DirectoryActor organiser, CalendarDbContext db, CancellationToken cancellationToken)
    {
        var location = organiser.Location;
        if (content.VenueId is { } venueId)
        {
            var venue = await db.Venues.AsNoTracking().SingleOrDefaultAsync(venue => venue.Id == venueId, cancellationToken);
            if (venue is null)
            {
                return ($"No venue has the id {venueId}: register it first with POST /venues.", location, null);
            }

            location = venue.Location;
        }

        if (content.PartnerIds.Count > 0)
        {
            var partners = await db.Organisers.AsNoTracking().Where(actor => content.PartnerIds.Contains(actor.ActorId)).ToListAsync(cancellationToken);
            var unknown = content.PartnerIds.Where(id => partners.All(partner => partner.ActorId != id)).ToList();
            if (unknown.Count > 0)
            {
                return ($"The partner {unknown[0]} is not a known actor: register it in the actor directory first.", location, null);
            }

            if (partners.FirstOrDefault(partner => !partner.IsActive) is { } archived)
            {
                return ($"The partner {archived.Name} ({archived.ActorId}) is archived in the actor directory.", location, null);
            }
        }

        if (content.ProgrammeId is not { } programmeId)
        {
            return (null, location, null);
        }

        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(programme => programme.Id == programmeId, cancellationToken);
        return programme is null
            ? ($"No programme has the id {programmeId}.", location, null)
            : (CheckFits(programme, content, location), location, programme);
    }

    private static string? CheckFits(Programme programme, EventContent content, TerritoryLocation location)
    {
        if (!programme.Territory.Contains(location))
        {
            return $"The event takes place in commune {location.CommuneCode}, outside {programme.Territory} covered by the programme {programme.Name}.";
        }

        var (periodStart, periodEnd) = programme.Period;
        return content.Slots.Any(slot => slot.StartsAt < periodEnd && slot.EndsAt > periodStart)
            ? null
            : $"None of the event's slots falls within the programme {programme.Name} ({programme.StartsOn:yyyy-MM-dd} to {programme.EndsOn:yyyy-MM-dd}).";
    }

    private static List<SlotTimes> ReadSlots(IReadOnlyList<SlotRequest> requested, Dictionary<string, string[]> errors)
    {
        var slots = new List<SlotTimes>();
        for (var index = 0; index < requested.Count; index++)
        {
            var field = $"slots[{index}]";
            if (requested[index] is not { } slot)
            {
                errors.AddError(field, "A slot has a start and an end.");
                continue;
            }

            var startError = ParisTime.TryRead(slot.StartsAt, out var startsAt);
            var endError = ParisTime.TryRead(slot.EndsAt, out var endsAt);
            if (startError is not null || endError is not null)
            {
                errors.AddError(field, startError ?? endError!);
                continue;
            }

            if (!CalendarEvent.IsPlausibleDate(startsAt) || !CalendarEvent.IsPlausibleDate(endsAt))
            {
                errors.AddError(field, $"An event takes place between {CalendarEvent.FirstYear} and {CalendarEvent.LastYear}.");
            }
            else if (endsAt <= startsAt)
            {
                errors.AddError(field, $"The slot ends ({slot.EndsAt}) before or when it starts ({slot.StartsAt}).");
            }
            else if (endsAt - startsAt > MaxSlotLength)
            {
                errors.AddError(field, "A slot lasts at most 31 days; an exhibition open on several days has one slot per opening.");
            }
            else if (slots.Count > 0 && startsAt < slots[^1].EndsAt)
            {
                errors.AddError(field, startsAt < slots[^1].StartsAt
                    ? $"Slots are given in chronological order; this one starts before slots[{index - 1}]."
                    : $"This slot overlaps slots[{index - 1}], which ends at {ParisTime.ToParis(slots[^1].EndsAt):yyyy-MM-dd'T'HH:mm}.");
            }
            else if (slot.Id is { } id && slots.Any(earlier => earlier.Id == id))
            {
                errors.AddError(field, $"The slot {id} is given twice.");
            }
            else
            {
                slots.Add(new SlotTimes(slot.Id, startsAt, endsAt));
            }
        }

        return slots;
    }

    private static List<string> ReadThemes(IReadOnlyList<string>? requested, Dictionary<string, string[]> errors)
    {
        var themes = new List<string>();
        foreach (var (text, index) in (requested ?? []).Select((theme, index) => (theme?.Trim() ?? "", index)))
        {
            if (text.Length is < 2 or > CalendarEvent.ThemeMaxLength || !new PlainTextAttribute().IsValid(text))
            {
                errors.AddError($"themes[{index}]", $"A theme is one line of plain text of 2 to {CalendarEvent.ThemeMaxLength} characters.");
            }
            else if (!themes.Contains(text, StringComparer.OrdinalIgnoreCase))
            {
                themes.Add(text);
            }
        }

        return themes;
    }

    private static List<string> ReadLanguages(IReadOnlyList<string>? requested, Dictionary<string, string[]> errors)
    {
        var languages = new List<string>();
        foreach (var (code, index) in (requested ?? []).Select((code, index) => (code?.Trim().ToLowerInvariant() ?? "", index)))
        {
            if (!LanguageCode().IsMatch(code))
            {
                errors.AddError($"languages[{index}]", $"'{code}' is not an ISO 639-1 language code (fr, en, es, ar...).");
            }
            else if (!languages.Contains(code))
            {
                languages.Add(code);
            }
        }

        return languages;
    }

    private static Registration ReadRegistration(RegistrationRequest? requested, Dictionary<string, string[]> errors)
    {
        if (requested is null)
        {
            return Registration.None;
        }

        var url = Blank(requested.Url);
        if (url is not null && !WebAddress.IsValid(url))
        {
            errors.AddError("registration.url", $"'{url}' is not an absolute http or https address.");
        }

        var email = Blank(requested.Email);
        if (email is not null && !EmailAddressRule.IsValid(email))
        {
            errors.AddError("registration.email", $"'{email}' is not an e-mail address.");
        }

        string? phone = null;
        if (Blank(requested.Phone) is { } text && !FrenchPhoneNumber.TryNormalize(text, out phone))
        {
            errors.AddError("registration.phone", $"'{text}' is not a French phone number (10 digits such as 05 59 92 44 44).");
        }

        if (requested.ContactId is not null && email is null && phone is null)
        {
            errors.AddError("registration.contactId", "A contact is named for the e-mail address or phone number it gives; give one of them, or no contact.");
        }

        return new Registration(url, email, phone, requested.Capacity, requested.ContactId);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z]{2}\\z")]
    private static partial Regex LanguageCode();
}
