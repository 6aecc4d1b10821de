namespace Ssi.Testing;

/// <param name="Postgres">A superuser connection string without a database.</param>
/// <param name="RabbitMq">The AMQP URI of the broker, on its default virtual host.</param>
/// <param name="RabbitMqManagement">The broker's management API, used to make virtual hosts.</param>
public sealed record InfrastructureSettings(string Postgres, Uri RabbitMq, Uri RabbitMqManagement);
