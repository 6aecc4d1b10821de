using MassTransit;
using Ssi.Contracts.EventsCalendar;

namespace Communications.IntegrationEvents;

/// <summary>Lists each published event in the programme of the commune where it takes place, and in its calendar programme's brochure.</summary>
public sealed class EventPublishedConsumer(ProgrammeEntries entries) : IConsumer<EventPublished>
{
    public Task Consume(ConsumeContext<EventPublished> context) => entries.RecordAsync(EntryNews.From(context.Message), context.CancellationToken);
}

/// <summary>Keeps a listed event as the calendar edits it: times, place, partners, programme.</summary>
public sealed class EventUpdatedConsumer(ProgrammeEntries entries) : IConsumer<EventUpdated>
{
    public Task Consume(ConsumeContext<EventUpdated> context) => entries.RecordAsync(EntryNews.From(context.Message), context.CancellationToken);
}

/// <summary>A cancelled event leaves the programmes and brochures.</summary>
public sealed class EventCancelledConsumer(ProgrammeEntries entries) : IConsumer<EventCancelled>
{
    public Task Consume(ConsumeContext<EventCancelled> context) => entries.CancelAsync(context.Message, context.CancellationToken);
}
