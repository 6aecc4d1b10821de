using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using ActorDirectory.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests;

public sealed class RegisterActorTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_coordinator_of_the_department_registers_an_actor_and_the_directory_announces_it()
    {
        await using var probe = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(ActorRegistered));
        var client = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["64"]));

        var response = await client.RegisterAsync(ActorRequests.Billere());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var actor = await response.ReadJsonAsync<ActorResponse>();
        Assert.NotNull(actor);
        Assert.Equal("Mairie de Billère", actor.Name);
        Assert.EndsWith($"/actors/{actor.Id}", response.Headers.Location?.ToString());

        var announced = await probe.WaitForAsync<ActorRegistered>(message => message.ActorId == actor.Id);
        Assert.Equal(("Mairie de Billère", "commune", "64129", "active"), (announced.Name, announced.Kind, announced.TerritoryCode, announced.Status));

        var fetched = await factory.CreateClient().GetJsonAsync<ActorResponse>($"/actors/{actor.Id}");
        Assert.Equal(JsonSerializer.Serialize(actor, JsonDefaults.Options), JsonSerializer.Serialize(fetched, JsonDefaults.Options));
    }

    [Fact]
    public async Task The_event_row_is_committed_with_the_actor_and_marked_delivered()
    {
        var client = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

        var actor = await (await client.RegisterAsync(ActorRequests.Billere("Épicerie sociale de Billère"))).ReadJsonAsync<ActorResponse>();

        await Eventually.Async(async () => Assert.True(await factory.InScopeAsync(db =>
            db.Database.SqlQuery<bool>($"SELECT EXISTS (SELECT 1 FROM outbox_messages WHERE body::text LIKE {"%" + actor!.Id + "%"} AND delivered_at IS NOT NULL) AS \"Value\"").SingleAsync(Cancellation))));
    }

    [Fact]
    public async Task Anonymous_callers_cannot_register()
    {
        var response = await factory.CreateClient().RegisterAsync(ActorRequests.Billere());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_of_another_department_is_refused_with_a_problem()
    {
        var client = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["94"]));

        var response = await client.RegisterAsync(ActorRequests.Billere());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.ReadJsonAsync<ProblemDetails>();
        Assert.Contains("64129", problem?.Detail);
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"kind":"commune","territoryCode":"64129"}""", "Name" },
        { """{"name":"Mairie de Billère","kind":"town-hall","territoryCode":"64129"}""", "" },
        { """{"name":"Mairie de Billère","kind":"commune","territoryCode":"6412"}""", "territoryCode" },
        { JsonSerializer.Serialize(new { name = "Mairie de Billère", kind = "commune", territoryCode = "64129", description = new string('x', 5000) }), "Description" },
        { """{"name":"Mairie de Billère","kind":"commune",""", "" },
        { "[]", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Bad_input_gets_a_400_problem_and_stores_nothing(string body, string field)
    {
        var client = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        var countBefore = await factory.InScopeAsync(db => db.Actors.CountAsync(Cancellation));

        var response = await client.PostAsync("/actors", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        Assert.NotNull(problem);
        if (field != "")
        {
            Assert.Contains(problem.Errors.Keys, key => key.Equals(field, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(countBefore, await factory.InScopeAsync(db => db.Actors.CountAsync(Cancellation)));
    }
}
