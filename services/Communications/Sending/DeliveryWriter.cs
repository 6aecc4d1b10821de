using Communications.Data;
using Communications.Domain.Deliveries;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Communications.Sending;

/// <summary>
/// Queues rendered e-mails in the caller's transaction. Rows go through a temporary table with
/// binary COPY (a 20,000-recipient campaign in well under a second), then into the queue with
/// <c>ON CONFLICT (idempotency_key) DO NOTHING</c>: what was queued before is not queued again.
/// </summary>
public sealed class DeliveryWriter(CommunicationsDbContext db, SendingSignal signal)
{
    /// <summary>What a new delivery states; the other columns keep their defaults. Named, so that a temporary table left from before a migration cannot misplace one.</summary>
    private const string Columns = "id, idempotency_key, kind, campaign_id, recipient_key, recipient_email, recipient_name, from_name, reply_to, "
        + "subject, html_body, text_body, unsubscribe_url, state, attempts, next_attempt_at, created_at";

    /// <returns>How many were new.</returns>
    public async Task<int> QueueAsync(IReadOnlyCollection<Delivery> deliveries, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return 0;
        }

        var transaction = db.Database.CurrentTransaction;
        var owned = transaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TABLE IF NOT EXISTS incoming_deliveries (LIKE deliveries INCLUDING DEFAULTS) ON COMMIT DELETE ROWS
            """, cancellationToken);
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY incoming_deliveries ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var delivery in deliveries)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(delivery.Id, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(delivery.IdempotencyKey, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(delivery.Kind, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, delivery.CampaignId, NpgsqlDbType.Uuid, cancellationToken);
                await copy.WriteAsync(delivery.RecipientKey, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(delivery.RecipientEmail, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, delivery.RecipientName, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(delivery.FromName, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, delivery.ReplyTo, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(delivery.Subject, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(delivery.HtmlBody, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(delivery.TextBody, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, delivery.UnsubscribeUrl, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(delivery.State.ToString(), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(delivery.Attempts, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(delivery.NextAttemptAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await copy.WriteAsync(delivery.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        var queued = await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO deliveries ({Columns}) SELECT {Columns} FROM incoming_deliveries ON CONFLICT (idempotency_key) DO NOTHING", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("TRUNCATE incoming_deliveries", cancellationToken);
        if (owned is not null)
        {
            await owned.CommitAsync(cancellationToken);
            await owned.DisposeAsync();
        }

        signal.Wake();
        return queued;
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, type, cancellationToken);
}
