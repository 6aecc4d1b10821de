namespace Ssi.Testing;

/// <param name="Postgres">A superuser connection string without a database.</param>
/// <param name="RabbitMq">The AMQP URI of the broker, on its default virtual host.</param>
/// <param name="RabbitMqManagement">The broker's management API, used to make virtual hosts.</param>
/// <param name="Smtp">maildev's SMTP server (<c>smtp://127.0.0.1:port</c>).</param>
/// <param name="MailInbox">maildev's REST API, to read what it received.</param>
public sealed record InfrastructureSettings(string Postgres, Uri RabbitMq, Uri RabbitMqManagement, Uri Smtp, Uri MailInbox);
