using System.Threading.RateLimiting;

namespace Ssi.Gateway.RateLimiting;

/// <summary>
/// A fixed-window limiter whose windows start on multiples of the window length, so that a
/// rejection says exactly when the next window opens (<see cref="MetadataName.RetryAfter"/> is
/// the time left, not the whole window as with <see cref="FixedWindowRateLimiter"/>).
/// </summary>
internal sealed class ClockWindowRateLimiter(FixedWindowSettings settings, TimeProvider clock) : RateLimiter
{
    private readonly Lock _gate = new();
    private long _window = -1;
    private int _used;
    private long _lastUsedTimestamp = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Volatile.Read(ref _lastUsedTimestamp)) is var idle && idle > settings.Window ? idle : null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = Math.Max(0, settings.PermitLimit - _used) };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var now = clock.GetUtcNow();
        var window = now.UtcTicks / settings.Window.Ticks;
        Volatile.Write(ref _lastUsedTimestamp, clock.GetTimestamp());
        lock (_gate)
        {
            if (window != _window)
            {
                _window = window;
                _used = 0;
            }

            if (_used + permitCount <= settings.PermitLimit)
            {
                _used += permitCount;
                return Lease.Acquired;
            }
        }

        var nextWindow = new DateTimeOffset((window + 1) * settings.Window.Ticks, TimeSpan.Zero);
        return new Lease(isAcquired: false, nextWindow - now);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private sealed class Lease(bool isAcquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Acquired = new(isAcquired: true, retryAfter: null);

        public override bool IsAcquired => isAcquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
