using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
    PlatformSettings settings) : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _copying = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.LogDirectory);
        _copying = Task.WhenAll(model.Resources.Where(HasConsole).Select(resource => Task.Run(() => CopyAsync(resource, _stopping.Token))));
        return Task.CompletedTask;
    }

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _copying.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose() => _stopping.Dispose();

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
    public static IDistributedApplicationBuilder AddResourceLogFiles(this IDistributedApplicationBuilder builder, PlatformSettings settings)
    {
        builder.Services.AddSingleton(settings);
        builder.Services.AddHostedService<ResourceLogFiles>();
        return builder;
    }
}
