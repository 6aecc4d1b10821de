namespace FundingCalls.Scheduling;

/// <summary>Wakes this replica's <see cref="DueJobRunner"/> when a job was just scheduled, so that it sleeps until the new earliest one.</summary>
public sealed class DueJobSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the runner looks once for everything scheduled meanwhile.
        }
    }

    /// <returns>Whether it was woken before <paramref name="timeout"/>.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
