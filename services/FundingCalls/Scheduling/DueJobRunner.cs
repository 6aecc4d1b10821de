using FundingCalls.Data;
using FundingCalls.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ssi.ServiceDefaults.Data;

namespace FundingCalls.Scheduling;

/// <summary>
/// Runs the due jobs of <c>due_jobs</c>, one transaction per job: the job's effect, its outbox
/// events and its completion commit together. A replica claims a job with
/// <c>FOR UPDATE SKIP LOCKED</c>, so two never run the same one; a failed job is retried later
/// with a growing delay. Between jobs it sleeps until the next one is due (or it is woken, or
/// the poll interval passes), so a restart or a crash loses nothing: what was due meanwhile runs
/// as soon as a replica is back.
/// </summary>
public sealed partial class DueJobRunner(
    IServiceScopeFactory scopes, DueJobSignal signal, TimeProvider clock, IOptions<SchedulingOptions> options, ILogger<DueJobRunner> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan sleep;
            try
            {
                while (await RunNextAsync(stoppingToken))
                {
                }

                sleep = await UntilNextDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogRunnerFailed(exception);
                sleep = RetryAfterFailure;
            }

            await signal.WaitAsync(sleep, stoppingToken);
        }
    }

    /// <returns>Whether a job was due (and run or failed), so there may be more.</returns>
    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
        var now = clock.GetDatabaseNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var job = await db.DueJobs
            .FromSql($"SELECT * FROM due_jobs WHERE completed_at IS NULL AND due_at <= {now} ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED")
            .SingleOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return false;
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<DueJobHandlers>().RunAsync(job, now, cancellationToken);
            job.Complete(now);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogJobRan(job.Kind, job.SubjectId, now - job.DueAt);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await transaction.RollbackAsync(cancellationToken);
            await RecordFailureAsync(job.Id, exception, cancellationToken);
        }

        return true;
    }

    private async Task RecordFailureAsync(long jobId, Exception exception, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
        var job = await db.DueJobs.SingleAsync(j => j.Id == jobId, cancellationToken);
        job.Fail(exception.Message, clock.GetDatabaseNow());
        await db.SaveChangesAsync(cancellationToken);
        LogJobFailed(exception, job.Kind, job.SubjectId, job.Attempts, job.DueAt);
    }

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FundingDbContext>();
        var next = await db.DueJobs.Where(job => job.CompletedAt == null).MinAsync(job => (DateTimeOffset?)job.DueAt, cancellationToken);
        var poll = options.Value.PollInterval;
        if (next is null)
        {
            return poll;
        }

        var wait = next.Value - clock.GetUtcNow();
        return wait <= TimeSpan.Zero ? TimeSpan.Zero : wait < poll ? wait : poll;
    }

    [LoggerMessage(LogLevel.Information, "Ran {Kind} for {SubjectId}, {Lateness} after it was due")]
    private partial void LogJobRan(DueJobKind kind, Guid subjectId, TimeSpan lateness);

    [LoggerMessage(LogLevel.Error, "{Kind} for {SubjectId} failed (attempt {Attempts}); it runs again at {DueAt}")]
    private partial void LogJobFailed(Exception exception, DueJobKind kind, Guid subjectId, int attempts, DateTimeOffset dueAt);

    [LoggerMessage(LogLevel.Error, "The due-job runner failed; it looks again shortly")]
    private partial void LogRunnerFailed(Exception exception);
}
