using System.ComponentModel.DataAnnotations;
using EventsCalendar.Domain.Events;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Validation;
using Ssi.DirectoryReplica;
using Ssi.ServiceDefaults.Time;

namespace EventsCalendar.Endpoints;

/// <summary>An event as its organiser writes it: created with <c>POST /events</c>, replaced as a whole with <c>PUT /events/{id}</c>.</summary>
/// <param name="Summary">One or two sentences for lists and sharing.</param>
/// <param name="Description">Markdown; readers receive it rendered and sanitised as <c>descriptionHtml</c>.</param>
/// <param name="AttendanceMode"><c>in-person</c> (the default) needs a venue, <c>online</c> an online URL, <c>mixed</c> both.</param>
/// <param name="VenueId">A venue of the registry (<c>POST /venues</c>).</param>
/// <param name="ProgrammeId">The territorial programme it joins, whose coordinators moderate it; it must lie in its territory and period.</param>
/// <param name="PartnerIds">Directory actors taking part alongside the organiser.</param>
/// <param name="Slots">Each time it takes place, in chronological order and not overlapping; times without an offset are Europe/Paris local times.</param>
/// <param name="Themes">Free labels in French, such as "souveraineté alimentaire".</param>
/// <param name="Languages">ISO 639-1 codes of the languages spoken (fr, en, ar...).</param>
/// <param name="Status"><c>scheduled</c> (the default), <c>rescheduled</c>, <c>postponed</c> or <c>full</c>; an event is cancelled with <c>POST /events/{id}/cancel</c>.</param>
public sealed record EventRequest(
    [property: Required] Guid? OrganiserId,
    [property: Required, StringLength(CalendarEvent.TitleMaxLength, MinimumLength = 3), VisibleText(3), PlainText] string Title,
    [property: StringLength(CalendarEvent.SummaryMaxLength), PlainText(singleLine: false)] string? Summary,
    [property: StringLength(CalendarEvent.DescriptionMaxLength)] string? Description,
    [property: Required] EventKind? Kind,
    [property: Required, MinLength(1, ErrorMessage = "Slots needs at least one time slot."), MaxLength(CalendarEvent.MaxSlots)] IReadOnlyList<SlotRequest> Slots,
    IReadOnlyList<Audience>? Audiences = null,
    [property: Range(0, 120)] int? MinimumAge = null,
    [property: Range(0, 120)] int? MaximumAge = null,
    IReadOnlyList<Accessibility>? Accessibility = null,
    AttendanceMode AttendanceMode = AttendanceMode.InPerson,
    [property: StringLength(CalendarEvent.UrlMaxLength)] string? OnlineUrl = null,
    Guid? VenueId = null,
    Guid? ProgrammeId = null,
    [property: MaxLength(CalendarEvent.MaxPartners)] IReadOnlyList<Guid>? PartnerIds = null,
    [property: MaxLength(CalendarEvent.MaxThemes)] IReadOnlyList<string>? Themes = null,
    bool IsFree = true,
    [property: StringLength(300), PlainText] string? PriceDetails = null,
    RegistrationRequest? Registration = null,
    [property: StringLength(CalendarEvent.UrlMaxLength)] string? ImageUrl = null,
    [property: StringLength(300), PlainText] string? ImageAlt = null,
    [property: MaxLength(10)] IReadOnlyList<string>? Languages = null,
    EventStatus Status = EventStatus.Scheduled);

/// <param name="Id">An existing slot's id, to move it rather than replace it (calendar clients then update it in place).</param>
/// <param name="StartsAt">A Europe/Paris local time (2026-11-18T18:00) or an instant with its offset.</param>
public sealed record SlotRequest(Guid? Id, [property: Required] string StartsAt, [property: Required] string EndsAt);

/// <param name="Phone">A French phone number.</param>
/// <param name="Capacity">The places available.</param>
/// <param name="ContactId">When the e-mail address or phone number is a person's: their contact in the directory, so that erasing them there erases them here.</param>
public sealed record RegistrationRequest(
    [property: StringLength(CalendarEvent.UrlMaxLength)] string? Url,
    [property: StringLength(EmailAddressRule.MaxLength)] string? Email,
    [property: StringLength(FrenchPhoneNumber.MaxLength)] string? Phone,
    [property: Range(1, 1_000_000)] int? Capacity,
    Guid? ContactId = null);

/// <param name="Reason">Told to the organiser (refusal) or to the readers (cancellation), in French.</param>
public sealed record ReasonRequest(
    [property: Required, StringLength(CalendarEvent.ReasonMaxLength, MinimumLength = 3), VisibleText(3), PlainText(singleLine: false)] string Reason);

/// <param name="Note">Why the coordinator decided so, kept with the revision.</param>
public sealed record ModerationNoteRequest(
    [property: StringLength(EventRevision.NoteMaxLength), PlainText(singleLine: false)] string? Note);

/// <summary>An actor as the event names it, with what the directory last said of it.</summary>
public sealed record ActorReference(Guid Id, string Name, bool IsActive);

/// <param name="StartsAt">In Europe/Paris time, with that day's offset.</param>
/// <param name="IsCancelled">A slot removed after publication stays, cancelled, so calendars drop it.</param>
public sealed record SlotResponse(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool IsCancelled)
{
    public static SlotResponse From(EventSlot slot) =>
        new(slot.Id, ParisTime.ToParis(slot.StartsAt), ParisTime.ToParis(slot.EndsAt), slot.IsCancelled);
}

/// <param name="Organiser">Its name and whether it is still active, as the directory last said.</param>
/// <param name="SupportedBy">The funders whose grants fund it ("soutenu par"), as funding-calls announced them.</param>
/// <param name="Territory">The commune it takes place in (its venue's, or its organiser's when online), and the territories above.</param>
/// <param name="Moderation"><c>draft</c>, <c>submitted</c>, <c>published</c> or <c>refused</c>: only published events are public.</param>
/// <param name="ModerationNote">How the coordinator who published it resolved a venue booked at the same time.</param>
/// <param name="Sequence">The iCalendar SEQUENCE: how many times what a calendar shows has changed since creation.</param>
public sealed record EventResponse(
    Guid Id,
    ActorReference Organiser,
    IReadOnlyList<ActorReference> Partners,
    IReadOnlyList<SupportResponse> SupportedBy,
    Guid? ProgrammeId,
    string Title,
    string? Summary,
    string? Description,
    string? DescriptionHtml,
    EventKind Kind,
    IReadOnlyList<Audience> Audiences,
    int? MinimumAge,
    int? MaximumAge,
    IReadOnlyList<Accessibility> Accessibility,
    AttendanceMode AttendanceMode,
    string? OnlineUrl,
    VenueResponse? Venue,
    TerritoryResponse Territory,
    IReadOnlyList<SlotResponse> Slots,
    IReadOnlyList<string> Themes,
    bool IsFree,
    string? PriceDetails,
    Registration Registration,
    string? ImageUrl,
    string? ImageAlt,
    IReadOnlyList<string> Languages,
    EventStatus Status,
    string? CancellationReason,
    ModerationState Moderation,
    string? RefusalReason,
    string? ModerationNote,
    string? ExternalSource,
    string? ExternalId,
    int Revision,
    int Sequence,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt);

/// <param name="DeliberationNumber">The funder's deliberation that awarded the grant.</param>
public sealed record SupportResponse(Guid FunderId, string FunderName, Guid GrantId, string DeliberationNumber)
{
    public static SupportResponse From(EventSupport support) => new(support.FunderId, support.FunderName, support.GrantId, support.DeliberationNumber);
}

public sealed record TerritoryResponse(string CommuneCode, string? EpciCode, string DepartmentCode, string RegionCode)
{
    public static TerritoryResponse From(TerritoryLocation location) =>
        new(location.CommuneCode, location.EpciCode, location.DepartmentCode, location.RegionCode);
}

/// <param name="State"><c>applied</c>, <c>pending</c> (waiting for a coordinator), <c>rejected</c> or <c>superseded</c>.</param>
public sealed record RevisionResponse(
    int Number, RevisionState State, string Author, DateTimeOffset CreatedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Note, EventContent Content)
{
    public static RevisionResponse From(EventRevision revision) =>
        new(revision.Number, revision.State, revision.Author, revision.CreatedAt, revision.DecidedBy, revision.DecidedAt, revision.Note, revision.Content);
}

public sealed record OrganiserResponse(Guid ActorId, string Name, string TerritoryCode, bool IsActive)
{
    public static OrganiserResponse From(DirectoryActor organiser) =>
        new(organiser.ActorId, organiser.Name, organiser.Location.CommuneCode, organiser.IsActive);
}
