namespace Ssi.Contracts;

/// <summary>
/// A service's consumer of one integration event, and the RabbitMQ queue it reads
/// (<c>{service}-{endpoint}</c>, e.g. <c>events-calendar-actor-registered</c>).
/// </summary>
public sealed record Subscription(string Service, string Endpoint, Type MessageType)
{
    public string Queue => $"{Service}-{Endpoint}";
}
