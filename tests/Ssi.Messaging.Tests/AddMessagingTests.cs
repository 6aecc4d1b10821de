using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ssi.Messaging.Inbox;
using Ssi.Messaging.Outbox;
using Ssi.Messaging.Tests.Infrastructure;
using Xunit;

namespace Ssi.Messaging.Tests;

/// <summary>Registration and model checks that need no broker or database.</summary>
public sealed class AddMessagingTests
{
    [Fact]
    public void A_missing_broker_connection_string_fails_with_a_clear_message()
    {
        var builder = Host.CreateApplicationBuilder();

        var exception = Assert.Throws<InvalidOperationException>(() => builder.AddMessaging<TestDbContext>("service"));

        Assert.Contains("ConnectionStrings:messaging", exception.Message);
    }

    [Fact]
    public async Task MassTransit_health_checks_stay_registered_for_the_health_endpoint()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:messaging"] = "amqp://guest:guest@localhost:5672/service";
        builder.AddMessaging<TestDbContext>("consumer", bus => bus.AddConsumer<ThingCreatedConsumer>(), [TestSubscriptions.ThingCreated]);

        await using var services = builder.Services.BuildServiceProvider();

        var registrations = services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Contains(registrations, registration => registration.Tags.Contains("masstransit"));
    }

    [Fact]
    public void A_consumer_missing_from_the_platforms_subscriptions_is_refused_at_startup()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:messaging"] = "amqp://guest:guest@localhost:5672/service";

        var unlisted = Assert.Throws<InvalidOperationException>(() =>
            builder.AddMessaging<TestDbContext>("consumer", bus => bus.AddConsumer<ThingCreatedConsumer>(), [TestSubscriptions.PoisonPill]));

        Assert.Contains("Consumed but not listed: consumer-thing-created (ThingCreated)", unlisted.Message);
        Assert.Contains("Listed but not consumed: consumer-poison-pill (PoisonPill)", unlisted.Message);
    }

    [Fact]
    public void The_outbox_and_inbox_tables_have_explicit_names()
    {
        using var dbContext = new TestDbContext(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql("Host=unused").Options);

        var outbox = dbContext.Model.FindEntityType(typeof(OutboxMessage))!;
        var inbox = dbContext.Model.FindEntityType(typeof(InboxMessage))!;

        Assert.Equal("outbox_messages", outbox.GetTableName());
        Assert.Equal("inbox_messages", inbox.GetTableName());
        Assert.Equal("next_attempt_at", outbox.FindProperty(nameof(OutboxMessage.NextAttemptAt))!.GetColumnName());
        Assert.Equal("jsonb", outbox.FindProperty(nameof(OutboxMessage.Body))!.GetColumnType());
        Assert.Equal(["message_id", "consumer"], inbox.FindPrimaryKey()!.Properties.Select(property => property.GetColumnName()));
    }
}
