using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Ssi.Gateway.Http.ServerRejections;

/// <summary>
/// Passes a connection's responses through, except the error response Kestrel writes itself
/// after rejecting a request: that one (always the connection's last) is replaced by the same
/// status with an <c>application/problem+json</c> body, like every other error of the gateway.
/// </summary>
internal sealed class ProblemRewritingPipeWriter(PipeWriter inner, RejectionSlot slot) : PipeWriter
{
    private BadHttpRequestException? _rejection;
    private ArrayBufferWriter<byte>? _discarded;
    private bool _replaced;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => _discarded is null ? inner.UnflushedBytes : 0;

    public override Memory<byte> GetMemory(int sizeHint = 0) => Target().GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => Target().GetSpan(sizeHint);

    public override void Advance(int bytes)
    {
        if (_discarded is not null)
        {
            _discarded.Advance(bytes);
            return;
        }

        inner.Advance(bytes);
    }

    public override async ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        if (_rejection is not null && !_replaced)
        {
            _replaced = true;
            await inner.WriteAsync(Problem(_rejection), cancellationToken);
        }

        return await inner.FlushAsync(cancellationToken);
    }

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        if (_rejection is not null && !_replaced)
        {
            await FlushAsync();
        }

        await inner.CompleteAsync(exception);
    }

    /// <summary>Where Kestrel's next bytes go: the connection, or nowhere once it is answering a rejected request.</summary>
    private IBufferWriter<byte> Target()
    {
        if (_discarded is null && slot.Rejection is { } rejection)
        {
            _rejection = rejection;
            _discarded = new ArrayBufferWriter<byte>();
        }

        return _discarded is null ? inner : _discarded;
    }

    private static byte[] Problem(BadHttpRequestException rejection)
    {
        var status = rejection.StatusCode;
        var title = ReasonPhrases.GetReasonPhrase(status);
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = Detail(status),
        });
        var head = $"HTTP/1.1 {status} {title}\r\nContent-Type: application/problem+json\r\nContent-Length: {body.Length}\r\nConnection: close\r\nDate: {DateTimeOffset.UtcNow:R}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    /// <remarks>Kestrel's own messages quote the offending request bytes; the caller knows what it sent.</remarks>
    private static string Detail(int status) => status switch
    {
        StatusCodes.Status414UriTooLong => "The request line is longer than the gateway accepts: shorten the URL or its query.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request headers are larger than the gateway accepts.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than the gateway accepts.",
        StatusCodes.Status408RequestTimeout => "The request was not received in time.",
        _ => "The gateway could not read this HTTP request (for example %00 or other control characters in the path, or a malformed header).",
    };
}
