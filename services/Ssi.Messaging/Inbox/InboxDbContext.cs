using Microsoft.EntityFrameworkCore;

namespace Ssi.Messaging.Inbox;

/// <summary>
/// The service's DbContext as the inbox filter sees it: a scoped alias of the context given to
/// <c>AddMessaging</c>, so the filter (open over the message type only) shares the consumer's instance.
/// </summary>
internal sealed record InboxDbContext(DbContext Value);
