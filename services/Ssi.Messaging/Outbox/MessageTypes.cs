using System.Collections.Concurrent;
using System.Text.Json;

namespace Ssi.Messaging.Outbox;

/// <summary>How outbox rows name and serialize their events, so the relay publishes them as the same CLR type.</summary>
internal static class MessageTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Resolved = new();

    public static JsonSerializerOptions JsonOptions => JsonSerializerOptions.Web;

    /// <summary>Full name and assembly name without version, so rows survive a contracts upgrade.</summary>
    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static Type? Resolve(string name) => Resolved.GetOrAdd(name, static name => Type.GetType(name, throwOnError: false));
}
