using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Text;

namespace EventsCalendar.Domain.Events;

/// <summary>
/// An event of the week (forum, screening, school animation...): its organiser's content, its
/// slots, where it stands in moderation and whether it takes place as announced.
/// </summary>
public sealed class CalendarEvent
{
    /// <summary>The first edition of the week was held in 1998; an event outside these years is a typing error.</summary>
    public const int FirstYear = 1998;

    public const int LastYear = 2100;

    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 500;
    public const int DescriptionMaxLength = 20_000;
    public const int MaxSlots = 500;
    public const int MaxPartners = 30;
    public const int MaxThemes = 10;
    public const int ThemeMaxLength = 60;
    public const int UrlMaxLength = 2000;
    public const int ReasonMaxLength = 1000;
    public const int ExternalIdMaxLength = 200;

    private readonly List<EventSlot> _slots = [];

    private CalendarEvent()
    {
    }

    public CalendarEvent(Guid organiserId, EventContent content, TerritoryLocation location, string? descriptionHtml,
        ExternalReference? externalReference, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        OrganiserId = organiserId;
        ExternalSource = externalReference?.Source;
        ExternalId = externalReference?.Id;
        Moderation = ModerationState.Draft;
        CreatedAt = now;
        Apply(content, location, descriptionHtml, NumberNextRevision(), now);
        Sequence = 0;
    }

    public Guid Id { get; private set; }

    public Guid OrganiserId { get; private set; }

    public IReadOnlyList<Guid> PartnerIds { get; private set; } = [];

    /// <summary>The programme the event is submitted to, whose coordinators moderate it.</summary>
    public Guid? ProgrammeId { get; private set; }

    public string Title { get; private set; } = "";

    public string? Summary { get; private set; }

    /// <summary>The organiser's Markdown.</summary>
    public string? Description { get; private set; }

    /// <summary>The Markdown rendered and sanitised when it was written: what readers receive.</summary>
    public string? DescriptionHtml { get; private set; }

    public EventKind Kind { get; private set; }

    public List<Audience> Audiences { get; private set; } = [];

    public int? MinimumAge { get; private set; }

    public int? MaximumAge { get; private set; }

    public List<Accessibility> Accessibility { get; private set; } = [];

    public AttendanceMode AttendanceMode { get; private set; }

    public string? OnlineUrl { get; private set; }

    public Guid? VenueId { get; private set; }

    /// <summary>The venue's commune and the territories above it (the organiser's for an online event).</summary>
    public TerritoryLocation Location { get; private set; } = null!;

    public IReadOnlyList<EventSlot> Slots => _slots;

    /// <summary>The first slot's start, for ordering and paging.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>The last slot's end.</summary>
    public DateTimeOffset EndsAt { get; private set; }

    public List<string> Themes { get; private set; } = [];

    public bool IsFree { get; private set; }

    public string? PriceDetails { get; private set; }

    public Registration Registration { get; private set; } = Registration.None;

    public string? ImageUrl { get; private set; }

    public string? ImageAlt { get; private set; }

    public List<string> Languages { get; private set; } = [];

    /// <summary>Title, summary, themes and kind as searched: <see cref="TextSearch.Normalize"/>d, for typo-tolerant trigram matching.</summary>
    public string SearchText { get; private set; } = "";

    public EventStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    public ModerationState Moderation { get; private set; }

    public string? RefusalReason { get; private set; }

    /// <summary>How the coordinator who published the event resolved its venue conflict.</summary>
    public string? ModerationNote { get; private set; }

    /// <summary>The importer's system and its id for the event: re-sending the same one updates it.</summary>
    public string? ExternalSource { get; private set; }

    public string? ExternalId { get; private set; }

    /// <summary>The number of the revision whose content the event shows.</summary>
    public int Revision { get; private set; }

    /// <summary>How many revisions were written, applied or not.</summary>
    public int RevisionCount { get; private set; }

    /// <summary>iCalendar SEQUENCE: bumped when what a calendar shows changes (title, times, place, status).</summary>
    public int Sequence { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public uint Version { get; private set; }

    public bool IsPublic => Moderation == ModerationState.Published;

    /// <summary>Replaces the content; a slot left out of it is dropped before publication and kept as cancelled after.</summary>
    /// <returns>Whether what a calendar shows changed.</returns>
    public bool Apply(EventContent content, TerritoryLocation location, string? descriptionHtml, int revision, DateTimeOffset now)
    {
        var slotsMoved = !HasSlots(content.Slots);
        var significant = slotsMoved || Title != content.Title || VenueId != content.VenueId || AttendanceMode != content.AttendanceMode
            || OnlineUrl != content.OnlineUrl || Status != content.Status;
        if (slotsMoved && PublishedAt is not null && Status == EventStatus.Scheduled && content.Status == EventStatus.Scheduled)
        {
            content = content with { Status = EventStatus.Rescheduled };
        }

        ReplaceSlots(content.Slots);

        Title = content.Title;
        Summary = content.Summary;
        Description = content.Description;
        DescriptionHtml = descriptionHtml;
        Kind = content.Kind;
        Audiences = [.. content.Audiences];
        MinimumAge = content.MinimumAge;
        MaximumAge = content.MaximumAge;
        Accessibility = [.. content.Accessibility];
        AttendanceMode = content.AttendanceMode;
        OnlineUrl = content.OnlineUrl;
        VenueId = content.VenueId;
        ProgrammeId = content.ProgrammeId;
        PartnerIds = [.. content.PartnerIds];
        Location = location;
        Themes = [.. content.Themes];
        IsFree = content.IsFree;
        PriceDetails = content.PriceDetails;
        Registration = content.Registration;
        ImageUrl = content.ImageUrl;
        ImageAlt = content.ImageAlt;
        Languages = [.. content.Languages];
        SearchText = TextSearch.Normalize(string.Join(' ', [Title, Summary, FrenchLabels.Of(Kind), .. Themes]));
        if (content.Status != EventStatus.Cancelled)
        {
            CancellationReason = null;
        }

        Status = content.Status;
        Revision = revision;
        UpdatedAt = now;
        if (significant)
        {
            Sequence++;
        }

        return significant;
    }

    public int NumberNextRevision() => ++RevisionCount;

    /// <returns>Why the event cannot be submitted, or null once it is submitted (or published, when nobody moderates it).</returns>
    public string? Submit(bool requiresModeration, DateTimeOffset now)
    {
        if (Moderation is not (ModerationState.Draft or ModerationState.Refused))
        {
            return $"The event is {Moderation.ToString().ToLowerInvariant()}: only a draft or a refused event is submitted.";
        }

        RefusalReason = null;
        if (requiresModeration)
        {
            Moderation = ModerationState.Submitted;
            UpdatedAt = now;
            return null;
        }

        return Publish(now);
    }

    public string? Publish(DateTimeOffset now, string? note = null)
    {
        if (Moderation is not (ModerationState.Draft or ModerationState.Submitted or ModerationState.Refused))
        {
            return "The event is already published.";
        }

        Moderation = ModerationState.Published;
        RefusalReason = null;
        ModerationNote = note;
        PublishedAt ??= now;
        UpdatedAt = now;
        return null;
    }

    public string? Refuse(string reason, DateTimeOffset now)
    {
        if (Moderation != ModerationState.Submitted)
        {
            return $"The event is {Moderation.ToString().ToLowerInvariant()}: only a submitted event is refused.";
        }

        Moderation = ModerationState.Refused;
        RefusalReason = reason;
        UpdatedAt = now;
        return null;
    }

    /// <summary>The event stays listed, marked cancelled, with the reason its readers are given.</summary>
    public string? Cancel(string reason, DateTimeOffset now)
    {
        if (Status == EventStatus.Cancelled)
        {
            return "The event is already cancelled.";
        }

        Status = EventStatus.Cancelled;
        CancellationReason = reason;
        Sequence++;
        UpdatedAt = now;
        return null;
    }

    /// <summary>Forgets the registration e-mail address and phone number of a contact erased from the directory.</summary>
    /// <returns>Whether the event named that contact.</returns>
    public bool ForgetContact(Guid contactId, DateTimeOffset now)
    {
        if (Registration.ContactId != contactId)
        {
            return false;
        }

        Registration = Registration.WithoutContact();
        UpdatedAt = now;
        return true;
    }

    public static bool IsPlausibleDate(DateTimeOffset instant) => instant.Year is >= FirstYear and <= LastYear;

    private bool HasSlots(IReadOnlyList<SlotTimes> slots) =>
        _slots.Where(slot => !slot.IsCancelled).Select(slot => (slot.StartsAt, slot.EndsAt))
            .OrderBy(times => times.StartsAt).SequenceEqual(slots.Select(slot => (slot.StartsAt.ToUniversalTime(), slot.EndsAt.ToUniversalTime())));

    private void ReplaceSlots(IReadOnlyList<SlotTimes> slots)
    {
        var kept = new HashSet<Guid>();
        foreach (var times in slots)
        {
            var existing = _slots.FirstOrDefault(slot => !kept.Contains(slot.Id) && (slot.Id == times.Id || (times.Id is null && slot.StartsAt == times.StartsAt.ToUniversalTime())));
            if (existing is null)
            {
                existing = new EventSlot(times.Id ?? Guid.CreateVersion7(), times.StartsAt, times.EndsAt);
                _slots.Add(existing);
            }
            else
            {
                existing.Reschedule(times.StartsAt, times.EndsAt);
            }

            kept.Add(existing.Id);
        }

        foreach (var removed in _slots.Where(slot => !kept.Contains(slot.Id)).ToList())
        {
            if (PublishedAt is null)
            {
                _slots.Remove(removed);
            }
            else
            {
                removed.Cancel();
            }
        }

        var active = _slots.Where(slot => !slot.IsCancelled).ToList();
        StartsAt = active.Min(slot => slot.StartsAt);
        EndsAt = active.Max(slot => slot.EndsAt);
    }

    /// <summary>A grant now funds the event: what readers see of it changed, not what calendars show.</summary>
    public void MarkSupported(DateTimeOffset now) => UpdatedAt = now;
}

/// <summary>An importer's own identity for an event: the system it comes from and its id there.</summary>
public sealed record ExternalReference(string Source, string Id);
