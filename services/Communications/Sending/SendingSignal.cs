namespace Communications.Sending;

/// <summary>Wakes every idle delivery worker of this replica when something was just queued or a campaign scheduled.</summary>
public sealed class SendingSignal
{
    private TaskCompletionSource _signal = NewSignal();

    public void Wake() => Interlocked.Exchange(ref _signal, NewSignal()).TrySetResult();

    /// <summary>Waits until <see cref="Wake"/> or <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await Volatile.Read(ref _signal).Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Nobody woke us: look anyway.
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
