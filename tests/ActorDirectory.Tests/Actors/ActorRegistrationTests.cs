using System.Net;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Http;
using Ssi.Testing;

namespace ActorDirectory.Tests.Actors;

public sealed class ActorRegistrationTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Admin => factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

    [Fact]
    public async Task A_coordinator_of_the_EPCI_registers_a_full_profile_which_is_normalised_and_announced()
    {
        await using var probe = await BrokerProbe.StartAsync(factory.VirtualHost.AmqpUri, typeof(ActorRegistered));
        var coordinator = factory.CreateClient(TestTokens.Create(SsiRoles.Coordinator, territories: ["200067254"]));

        var response = await coordinator.PostJsonAsync("/actors", ActorProfiles.MairieDeBillere);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Matches("^W/\"[0-9]+\"$", response.ETag());
        var actor = await response.ReadJsonAsync<ActorResponse>();
        Assert.Equal(("Mairie de Billère", ActorKind.Commune, ActorStatus.Active), (actor.Name, actor.Kind, actor.Status));
        Assert.Equal(("64129", "200067254", "64", "75"), (actor.TerritoryCode, actor.EpciCode, actor.DepartmentCode, actor.RegionCode));
        Assert.Equal(["education-citoyenne", "migrations"], actor.Themes);
        Assert.Equal(["commune:64129", "epci:200067254"], actor.ServedAreas);
        Assert.Equal(new AddressModel("Hôtel de ville", "64140", "Billère"), actor.Address);
        Assert.Equal(("216401299", "21640129900013", "05 36 49 10 20"), (actor.Siren, actor.Siret, actor.PublicPhone));
        Assert.Equal(("https://www.billere.fr", "ssi@billere.example.org"), (actor.Website, actor.PublicEmail));
        Assert.Null(actor.Contacts);

        var announced = await probe.WaitForAsync<ActorRegistered>(message => message.ActorId == actor.Id);
        Assert.Equal(("Mairie de Billère", "commune", "64129", "active"), (announced.Name, announced.Kind, announced.TerritoryCode, announced.Status));
        Assert.Equal(("200067254", "64", "75", "216401299"), (announced.EpciCode, announced.DepartmentCode, announced.RegionCode, announced.Siren));
        Assert.Equal(["education-citoyenne", "migrations"], announced.Themes);
    }

    [Fact]
    public async Task Every_kind_of_actor_the_documents_name_can_be_registered()
    {
        var kinds = ApiEnum<ActorKind>.Names.ToList();

        foreach (var kind in kinds)
        {
            var response = await Admin.PostJsonAsync("/actors", new { name = $"Acteur {kind}", kind, territoryCode = "95127" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        Assert.Equal(17, kinds.Count);
        Assert.Contains("youth-information-point", kinds);
        Assert.Contains("regional-network", kinds);
    }

    [Fact]
    public async Task A_second_actor_with_the_same_SIREN_gets_a_409_pointing_at_the_first()
    {
        var (fontenay, _) = await Admin.RegisterOkAsync(ActorProfiles.VilleDeFontenay);
        var count = await CountActorsAsync();

        var response = await Admin.PostJsonAsync("/actors", ActorProfiles.VilleDeFontenay with { Name = "Mairie de Fontenay", Siren = "219 400 330" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("SIREN 219400330", problem.Detail);
        Assert.Equal(fontenay.Id.ToString(), problem.Extensions["existingActorId"]?.ToString());
        Assert.Equal($"/actors/{fontenay.Id}", problem.Extensions["existingActor"]?.ToString());
        Assert.Equal(count, await CountActorsAsync());
    }

    [Fact]
    public async Task A_second_association_with_the_same_RNA_number_gets_a_409_pointing_at_the_first()
    {
        var (first, _) = await Admin.RegisterOkAsync(ActorProfiles.Association("Collectif SSI de Billère", rna: "W643001234"));

        var response = await Admin.PostJsonAsync("/actors", ActorProfiles.Association("Collectif solidaire de Billère", rna: "w 643 001 234"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Contains("RNA number W643001234", problem.Detail);
        Assert.Equal(first.Id.ToString(), problem.Extensions["existingActorId"]?.ToString());
    }

    [Fact]
    public async Task Simultaneous_registrations_of_one_SIREN_let_exactly_one_through_and_answer_409_to_the_others()
    {
        var cergy = new ActorProfileRequest("Ville de Cergy", ActorKind.Commune, "95127", Siren: "219501277");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Admin.PostJsonAsync("/actors", cergy)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.Created),
            response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
        Assert.Equal(1, await factory.InScopeAsync(db => db.Actors.CountAsync(actor => actor.Siren == "219501277", Cancellation)));
    }

    public static TheoryData<string, object, string> MalformedProfiles => new()
    {
        { "siren", new { siren = "216401298" }, "Luhn check digit" },
        { "siren", new { siren = "21640129" }, "9 digits" },
        { "siret", new { siret = "21640129900014" }, "Luhn check digit" },
        { "siret", new { siret = "35600000049838" }, "multiple of 5" },
        { "siret", new { siren = "216401299", siret = "21940033000011" }, "belongs to SIREN 219400330" },
        { "rna", new { rna = "W64300123" }, "W followed by 9 characters" },
        { "website", new { website = "www.billere.fr" }, "absolute http or https" },
        { "website", new { website = "ftp://billere.fr" }, "absolute http or https" },
        { "publicEmail", new { publicEmail = "ssi at billere.example.org" }, "not an e-mail address" },
        { "publicPhone", new { publicPhone = "12 34" }, "not a French phone number" },
        { "themes[1]", new { themes = new[] { "climate", "Food Sovereignty" } }, "not a theme slug" },
        { "themes", new { themes = Enumerable.Range(1, 21).Select(n => $"theme-{n}").ToArray() }, "at most 20 themes" },
        { "servedAreas[0]", new { servedAreas = new[] { "canton:6401" } }, "not a territory reference" },
        { "territoryCode", new { territoryCode = "Billère" }, "not an INSEE commune code" },
        { "isInternationalSolidarity", new { kind = "commune", isInternationalSolidarity = true }, "Only an association" },
        { "Address.PostalCode", new { address = new { city = "Billère", postalCode = "64 140" } }, "5 digits" },
    };

    [Theory]
    [MemberData(nameof(MalformedProfiles))]
    public async Task A_malformed_profile_gets_a_400_problem_naming_the_field_and_why(string field, object fields, string reason)
    {
        var count = await CountActorsAsync();

        var response = await Admin.PostJsonAsync("/actors", With(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync<HttpValidationProblemDetails>();
        var messages = Assert.Single(problem.Errors, error => error.Key.Equals(field, StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Contains(messages, message => message.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(count, await CountActorsAsync());
    }

    [Fact]
    public async Task An_unknown_commune_is_a_422_problem_naming_the_code()
    {
        var response = await Admin.PostJsonAsync("/actors", ActorProfiles.Association("Association fantôme", territoryCode: "64999"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("64999", (await response.ReadProblemAsync()).Detail);
    }

    [Fact]
    public async Task An_unknown_served_territory_is_a_422_problem_naming_it()
    {
        var response = await Admin.PostJsonAsync("/actors", ActorProfiles.Association("Association de Billère") with { ServedAreas = ["department:64", "department:99", "epci:200000172"] });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = (await response.ReadProblemAsync()).Detail;
        Assert.Contains("department:99", detail);
        Assert.Contains("epci:200000172", detail);
        Assert.DoesNotContain("department:64", detail);
    }

    [Fact]
    public async Task A_member_cannot_register_actors()
    {
        var member = factory.CreateClient(TestTokens.Create(SsiRoles.Member, actors: [Guid.NewGuid()]));

        var response = await member.PostJsonAsync("/actors", ActorProfiles.Association("Association de Billère"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("64129", (await response.ReadProblemAsync()).Detail);
    }

    /// <summary>A valid association of Billère with <paramref name="fields"/> set over it.</summary>
    private static Dictionary<string, object?> With(object fields)
    {
        var body = new Dictionary<string, object?> { ["name"] = "Association de Billère", ["kind"] = "association", ["territoryCode"] = "64129" };
        foreach (var property in fields.GetType().GetProperties())
        {
            body[property.Name] = property.GetValue(fields);
        }

        return body;
    }

    private Task<int> CountActorsAsync() => factory.InScopeAsync(db => db.Actors.CountAsync(Cancellation));
}
