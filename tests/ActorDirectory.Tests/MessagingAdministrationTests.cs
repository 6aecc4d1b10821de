using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Ssi.Testing;

namespace ActorDirectory.Tests;

/// <summary>The operator's messaging commands, as every service maps them: for platform admins only.</summary>
public sealed class MessagingAdministrationTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", "/admin/messaging/outbox/dead")]
    [InlineData("POST", "/admin/messaging/outbox/dead/replay")]
    [InlineData("GET", "/admin/messaging/error-queues")]
    [InlineData("POST", "/admin/messaging/error-queues/actor-directory-x_error/redeliver")]
    public async Task Nobody_but_an_admin_reaches_them(string method, string path)
    {
        var anonymous = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancellation);
        var coordinator = await factory.CreateClient(TestTokens.Create("coordinator", territories: ["64"]))
            .SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancellation);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coordinator.StatusCode);
    }

    [Fact]
    public async Task An_admin_lists_the_dead_outbox_messages_and_replays_them()
    {
        var admin = factory.CreateClient(TestTokens.Create("admin"));
        var row = await factory.InScopeAsync(async db => (await db.Database.SqlQuery<long>($"""
            INSERT INTO outbox_messages (message_id, message_type, body, created_at, attempts, next_attempt_at, dead_at, last_error)
            VALUES ({Guid.CreateVersion7()}, 'Ssi.Nowhere.Gone, Ssi.Nowhere', '[]'::jsonb, now(), 10, now(), now(), 'TypeLoadException: gone')
            RETURNING id AS "Value"
            """).ToListAsync(Cancellation)).Single());

        var dead = await admin.GetJsonAsync<JsonElement>("/admin/messaging/outbox/dead");
        var listed = Assert.Single(dead.EnumerateArray(), message => message.GetProperty("id").GetInt64() == row);
        Assert.Equal(("Ssi.Nowhere.Gone, Ssi.Nowhere", 10, "TypeLoadException: gone"),
            (listed.GetProperty("messageType").GetString(), listed.GetProperty("attempts").GetInt32(), listed.GetProperty("lastError").GetString()));

        var replay = await admin.PostAsJsonAsync("/admin/messaging/outbox/dead/replay", new { ids = new[] { row } }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(1, (await replay.ReadJsonAsync<JsonElement>()).GetProperty("replayed").GetInt32());
        Assert.Equal(0, await factory.InScopeAsync(db => db.Database.SqlQuery<int>($"SELECT attempts AS \"Value\" FROM outbox_messages WHERE id = {row}").SingleAsync(Cancellation)));
    }

    [Fact]
    public async Task An_admin_sees_the_services_error_queues_and_an_unknown_one_is_a_404_problem()
    {
        var admin = factory.CreateClient(TestTokens.Create("admin"));

        var queues = await admin.GetJsonAsync<JsonElement>("/admin/messaging/error-queues");
        var unknown = await admin.PostAsync("/admin/messaging/error-queues/events-calendar-actor-registered_error/redeliver", null, Cancellation);

        Assert.Equal(JsonValueKind.Array, queues.ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
