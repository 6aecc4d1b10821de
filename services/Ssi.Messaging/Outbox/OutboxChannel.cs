using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging.Outbox;

/// <summary>
/// The PostgreSQL notification channel of an outbox table: a commit that adds rows notifies it,
/// and every relay of the service listens on it. Notifications stay within one database, so the
/// table's name is enough to keep two services on one server apart.
/// </summary>
internal static class OutboxChannel
{
    public static string Of(DbContext context)
    {
        var table = context.Model.FindEntityType(typeof(OutboxMessage))
            ?? throw new InvalidOperationException($"{context.GetType().Name} has no outbox: call modelBuilder.AddOutboxAndInbox().");
        var schema = table.GetSchema();
        return schema is null ? table.GetTableName()! : $"{schema}.{table.GetTableName()}";
    }

    public static string ListenStatement(string channel) => $"LISTEN \"{channel.Replace("\"", "\"\"")}\"";

    /// <summary>Inside a transaction, PostgreSQL delivers the notification when it commits, and drops it on rollback.</summary>
    public static DbCommand NotifyCommand(DbConnection connection, DbTransaction? transaction, string channel)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_notify(@channel, '')";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "channel";
        parameter.Value = channel;
        command.Parameters.Add(parameter);
        return command;
    }
}
