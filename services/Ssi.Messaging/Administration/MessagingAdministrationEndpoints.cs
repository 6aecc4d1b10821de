using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Ssi.Messaging.Redelivery;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;

namespace Ssi.Messaging.Administration;

/// <summary>
/// The operator's commands on a service's messaging, for platform admins only: the outbox rows
/// that gave up and their replay, the error queues and moving their messages back. Through the
/// gateway: <c>/api/directory/admin/messaging/...</c> (and so on for each service).
/// </summary>
public static class MessagingAdministrationEndpoints
{
    public static IEndpointRouteBuilder MapMessagingAdministration(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/messaging")
            .RequireAuthorization(policy => policy.RequireRole(SsiRoles.Admin))
            .WithTags("Messaging administration");

        admin.MapGet("/outbox/dead", ListDeadAsync)
            .WithSummary($"The outbox messages that gave up after their attempts (the first {OutboxAdministration.MaxListed}).");
        admin.MapPost("/outbox/dead/replay", ReplayDeadAsync)
            .WithSummary("Publishes dead outbox messages again: those of `ids`, or all of them.");
        admin.MapGet("/error-queues", ListErrorQueuesAsync)
            .WithSummary("The service's error queues and how many messages wait in each.");
        admin.MapPost("/error-queues/{errorQueue}/redeliver", RedeliverAsync)
            .WithSummary("Moves the messages of an error queue back to their consumer's queue.");
        return app;
    }

    private static async Task<Ok<List<ErrorQueueResponse>>> ListErrorQueuesAsync(ErrorQueues errorQueues, CancellationToken cancellationToken) =>
        TypedResults.Ok((await errorQueues.CountAsync(cancellationToken))
            .Select(queue => new ErrorQueueResponse(queue.Key, errorQueues.All[queue.Key], queue.Value))
            .ToList());

    private static async Task<Results<Ok<RedeliveryResult>, ProblemHttpResult>> RedeliverAsync(
        string errorQueue, ErrorQueues errorQueues, CancellationToken cancellationToken)
    {
        if (!errorQueues.All.ContainsKey(errorQueue))
        {
            return Problems.NotFound($"'{errorQueue}' is not an error queue of this service; GET /admin/messaging/error-queues lists them.");
        }

        return TypedResults.Ok(new RedeliveryResult(await errorQueues.RedeliverAsync(errorQueue, cancellationToken)));
    }

    private static async Task<Ok<List<DeadOutboxMessage>>> ListDeadAsync(MessagingDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await OutboxAdministration.ListDeadAsync(db.Value, cancellationToken));

    /// <remarks>The relay finds the replayed rows at its next poll.</remarks>
    private static async Task<Ok<ReplayResult>> ReplayDeadAsync(MessagingDbContext db, [FromBody] ReplayRequest? request, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ReplayResult(await OutboxAdministration.ReplayDeadAsync(db.Value, request?.Ids, cancellationToken)));
}

/// <param name="Ids">The outbox rows to replay; all dead rows when absent.</param>
public sealed record ReplayRequest(IReadOnlyList<long>? Ids);

public sealed record ReplayResult(int Replayed);

/// <param name="Name">The error queue, e.g. <c>events-calendar-actor-registered_error</c>.</param>
/// <param name="Queue">The consumer queue its messages are moved back to.</param>
public sealed record ErrorQueueResponse(string Name, string Queue, uint Messages);

public sealed record RedeliveryResult(int Moved);
