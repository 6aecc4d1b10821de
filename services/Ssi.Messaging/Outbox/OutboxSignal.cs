using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// Wakes the relay of <typeparamref name="TContext"/>; raises made while it is busy collapse into
/// one. A wake for rows committed anywhere (a <c>NOTIFY</c>, or a listener back after missing
/// some) also asks the relay to claim, even if it has rows of its own to send.
/// </summary>
internal sealed class OutboxSignal<TContext> where TContext : DbContext
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private int _claimRequested;

    public void Raise() => _channel.Writer.TryWrite(true);

    public void RequestClaim()
    {
        Volatile.Write(ref _claimRequested, 1);
        Raise();
    }

    /// <summary>True once after each <see cref="RequestClaim"/>.</summary>
    public bool TakeClaimRequest() => Interlocked.Exchange(ref _claimRequested, 0) == 1;

    /// <summary>Returns when raised or after <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        Task waiting = _channel.Reader.WaitToReadAsync(timeoutSource.Token).AsTask();
        await waiting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _channel.Reader.TryRead(out _);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
