using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging;

/// <summary>
/// The service's DbContext as the messaging library sees it: a scoped alias of the context given
/// to <c>AddMessaging</c>, so the inbox filter (open over the message type only) shares the
/// consumer's instance, and the administration endpoints need no type parameter.
/// </summary>
internal sealed record MessagingDbContext(DbContext Value);
