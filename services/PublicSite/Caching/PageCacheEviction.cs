using MassTransit;
using Microsoft.AspNetCore.OutputCaching;
using Ssi.Contracts.ActorDirectory;
using Ssi.Contracts.EventsCalendar;
using Ssi.Contracts.FundingCalls;

namespace PublicSite.Caching;

/// <summary>
/// Evicts the cached pages a service's announcement makes stale. Eviction is idempotent, so a
/// message heard twice costs a second rendering, nothing more: no inbox is needed.
/// </summary>
public sealed class PageCacheEviction(IOutputCacheStore cache, ILogger<PageCacheEviction> logger) :
    IConsumer<EventPublished>, IConsumer<EventUpdated>, IConsumer<EventCancelled>, IConsumer<ProgrammeDeclared>,
    IConsumer<ActorRegistered>, IConsumer<ActorUpdated>, IConsumer<ActorArchived>,
    IConsumer<CallOpened>, IConsumer<CallClosed>
{
    public Task Consume(ConsumeContext<EventPublished> context) => EvictAsync(PageCache.CalendarTag, context);

    public Task Consume(ConsumeContext<EventUpdated> context) => EvictAsync(PageCache.CalendarTag, context);

    public Task Consume(ConsumeContext<EventCancelled> context) => EvictAsync(PageCache.CalendarTag, context);

    public Task Consume(ConsumeContext<ProgrammeDeclared> context) => EvictAsync(PageCache.CalendarTag, context);

    public Task Consume(ConsumeContext<ActorRegistered> context) => EvictAsync(PageCache.DirectoryTag, context);

    public Task Consume(ConsumeContext<ActorUpdated> context) => EvictAsync(PageCache.DirectoryTag, context);

    public Task Consume(ConsumeContext<ActorArchived> context) => EvictAsync(PageCache.DirectoryTag, context);

    public Task Consume(ConsumeContext<CallOpened> context) => EvictAsync(PageCache.FundingTag, context);

    public Task Consume(ConsumeContext<CallClosed> context) => EvictAsync(PageCache.FundingTag, context);

    private async Task EvictAsync<T>(string tag, ConsumeContext<T> context) where T : class
    {
        await cache.EvictByTagAsync(tag, context.CancellationToken);
        logger.LogDebug("Evicted the {Tag} pages on {Message}", tag, typeof(T).Name);
    }
}
