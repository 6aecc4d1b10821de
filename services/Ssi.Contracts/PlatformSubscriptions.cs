using Ssi.Contracts.ActorDirectory;
using Ssi.Contracts.EventsCalendar;
using Ssi.Contracts.FundingCalls;

namespace Ssi.Contracts;

/// <summary>
/// Who listens to what across the platform. Every service declares all these queues and their
/// bindings when it starts, before it publishes anything: the broker drops a message that no
/// queue is bound for, so without it an event raised before its consumer's first start would be
/// lost. Each service checks at startup that its own consumers are exactly its entries here.
/// </summary>
public static class PlatformSubscriptions
{
    public static readonly IReadOnlyList<Subscription> All =
    [
        new("events-calendar", "actor-registered", typeof(ActorRegistered)),
        new("events-calendar", "actor-updated", typeof(ActorUpdated)),
        new("events-calendar", "actor-archived", typeof(ActorArchived)),
        new("events-calendar", "contact-erased", typeof(ContactErased)),
        new("events-calendar", "grant-awarded", typeof(GrantAwarded)),
        new("funding-calls", "actor-registered", typeof(ActorRegistered)),
        new("funding-calls", "actor-updated", typeof(ActorUpdated)),
        new("funding-calls", "actor-archived", typeof(ActorArchived)),
        new("funding-calls", "contact-erased", typeof(ContactErased)),
        new("funding-calls", "collective-membership-changed", typeof(CollectiveMembershipChanged)),
        new("funding-calls", "event-published", typeof(EventPublished)),
        new("funding-calls", "event-updated", typeof(EventUpdated)),
        new("funding-calls", "event-cancelled", typeof(EventCancelled)),
        new("communications", "actor-registered", typeof(ActorRegistered)),
        new("communications", "actor-updated", typeof(ActorUpdated)),
        new("communications", "actor-archived", typeof(ActorArchived)),
        new("communications", "collective-membership-changed", typeof(CollectiveMembershipChanged)),
        new("communications", "contact-changed", typeof(ContactChanged)),
        new("communications", "contact-erased", typeof(ContactErased)),
        new("communications", "event-published", typeof(EventPublished)),
        new("communications", "event-refused", typeof(EventRefused)),
        new("communications", "event-cancelled", typeof(EventCancelled)),
        new("communications", "call-opened", typeof(CallOpened)),
        new("communications", "call-closing-soon", typeof(CallClosingSoon)),
        new("communications", "application-submitted", typeof(ApplicationSubmitted)),
        new("communications", "correction-requested", typeof(CorrectionRequested)),
        new("communications", "application-accepted", typeof(ApplicationAccepted)),
        new("communications", "application-refused", typeof(ApplicationRefused)),
        new("communications", "report-due", typeof(ReportDue)),
        new("communications", "programme-declared", typeof(ProgrammeDeclared)),
        new("communications", "event-updated", typeof(EventUpdated)),
    ];
}
