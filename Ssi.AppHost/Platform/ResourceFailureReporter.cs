using Microsoft.Extensions.Logging;

namespace Ssi.AppHost.Platform;

/// <summary>
/// Says, in one line each, which resource failed (did not start, or exited with an error): the
/// dashboard shows it in red, and <c>./ssi up</c> stops waiting for the gateway when it reads it.
/// </summary>
internal sealed class ResourceFailureReporter(
    ResourceNotificationService notifications,
    PlatformSettings settings,
    ILogger<ResourceFailureReporter> logger) : EarlyBackgroundService
{
    public const string Marker = "Resource failed:";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reported = new HashSet<string>();
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                var state = update.Snapshot.State?.Text;
                var failed = state == KnownResourceStates.FailedToStart
                    || (KnownResourceStates.TerminalStates.Contains(state) && update.Snapshot.ExitCode is not (null or 0));
                if (failed && reported.Add(update.ResourceId))
                {
                    logger.LogError("{Marker} {Resource} ({State}, exit code {ExitCode}); its console log: {Log}",
                        Marker, update.Resource.Name, state, update.Snapshot.ExitCode, Path.Combine(settings.LogDirectory, $"{update.Resource.Name}.log"));
                }
                else if (!failed)
                {
                    reported.Remove(update.ResourceId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
