using Microsoft.Extensions.DependencyInjection;

namespace Ssi.AppHost.Platform;

/// <summary>
/// Copies every resource's console log, as the dashboard shows it, to
/// <c>.ssi/logs/INSTANCE/RESOURCE.log</c> (the previous run's becomes <c>.log.1</c>): for scripts,
/// CI and <c>./ssi logs</c>. It starts before the resources do, so a resource that fails to start
/// leaves its log too.
/// </summary>
internal sealed class ResourceLogFiles(
    DistributedApplicationModel model,
    ResourceLoggerService logs,
    PlatformSettings settings) : EarlyBackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(settings.LogDirectory);
        return Task.WhenAll(model.Resources.Where(HasConsole).Select(resource => CopyAsync(resource, stoppingToken)));
    }

    /// <summary>Processes and containers, not the hidden ones Aspire adds (such as each project's rebuilder).</summary>
    private static bool HasConsole(IResource resource) =>
        resource is ProjectResource or ExecutableResource or ContainerResource
        && !(resource.TryGetLastAnnotation<ResourceSnapshotAnnotation>(out var snapshot) && snapshot.InitialSnapshot.IsHidden);

    private async Task CopyAsync(IResource resource, CancellationToken stoppingToken)
    {
        var path = Path.Combine(settings.LogDirectory, $"{resource.Name}.log");
        StreamWriter? file = null;
        try
        {
            await foreach (var batch in logs.WatchAsync(resource).WithCancellation(stoppingToken))
            {
                file ??= Open(path);
                foreach (var line in batch)
                {
                    await file.WriteLineAsync(line.Content);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync();
            }
        }
    }

    private static StreamWriter Open(string path)
    {
        if (File.Exists(path))
        {
            File.Move(path, path + ".1", overwrite: true);
        }

        return new StreamWriter(path, append: false) { AutoFlush = true };
    }
}

internal static class ResourceLogFilesExtensions
{
    /// <summary>Each resource's console log in a file, and a line in the AppHost's log for each resource that fails.</summary>
    public static IDistributedApplicationBuilder AddResourceLogFiles(this IDistributedApplicationBuilder builder, PlatformSettings settings)
    {
        builder.Services.AddSingleton(settings);
        builder.Services.AddHostedService<ResourceLogFiles>();
        builder.Services.AddHostedService<ResourceFailureReporter>();
        return builder;
    }
}
