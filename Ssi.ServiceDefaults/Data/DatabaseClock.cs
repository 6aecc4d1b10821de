namespace Ssi.ServiceDefaults.Data;

public static class DatabaseClock
{
    /// <summary>
    /// Now, at PostgreSQL's microsecond precision, so what an API answers right after a write is
    /// exactly what it reads back later.
    /// </summary>
    public static DateTimeOffset GetDatabaseNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
