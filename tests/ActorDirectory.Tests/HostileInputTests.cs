using System.Net;
using System.Net.Http.Json;
using System.Text;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Tests.Actors;
using ActorDirectory.Tests.Network;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace ActorDirectory.Tests;

/// <summary>What the probes of the hardening review sent to the directory, each answered with a clear 4xx problem.</summary>
public sealed class HostileInputTests(HostileInputTests.Factory factory) : IClassFixture<HostileInputTests.Factory>
{
    /// <summary>The directory as deployed: a public base URL, and a small anonymous export limit to reach it in a test.</summary>
    public sealed class Factory : ActorDirectoryFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PublicBaseUrl", "https://ssi.example.org");
            builder.UseSetting("Export:AnonymousLimit", "2");
        }
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private HttpClient Admin => factory.CreateClient(TestTokens.Create(SsiRoles.Admin));

    [Theory]
    [InlineData("{\"name\":\"Artisans\\u0000du Monde\",\"kind\":\"association\",\"territoryCode\":\"64129\"}", "'name'")]
    [InlineData("{\"name\":\"Artisans du Monde\",\"kind\":\"association\",\"territoryCode\":\"64129\",\"themes\":[\"climat\\u0007\"]}", "'themes'")]
    [InlineData("{\"name\":\"Artisans du Monde\",\"kind\":\"association\",\"territoryCode\":\"64129\",\"description\":\"ligne\\u001b[31m\"}", "'description'")]
    public async Task A_control_character_in_any_JSON_string_is_a_400_naming_the_field(string body, string field)
    {
        var response = await Admin.PostAsync("/actors", new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);

        var problem = await AssertBadRequestAsync(response);
        Assert.Contains(field, problem.Detail);
        Assert.Contains("control characters", problem.Detail);
    }

    [Theory]
    [InlineData("/actors?q=%00")]
    [InlineData("/actors?territory=%00")]
    [InlineData("/actors?q=pau%0Abill%C3%A8re")]
    [InlineData("/actors/export.csv?q=%00")]
    [InlineData("/changes?after=%00")]
    [InlineData("/territories?q=%1F")]
    public async Task A_control_character_in_a_query_is_a_400_even_without_a_token(string url)
    {
        var problem = await AssertBadRequestAsync(await factory.CreateClient().GetAsync(url, Cancellation));

        Assert.Contains("Control characters", string.Join(" ", problem is ValidationProblemDetails validation ? validation.Errors.SelectMany(error => error.Value) : [problem.Detail ?? ""]));
    }

    [Fact]
    public async Task Multi_line_text_keeps_its_tabs_and_line_breaks()
    {
        var profile = ActorProfiles.Association("Artisans du Monde Billère") with { Description = "Boutique :\n\t- café\r\n\t- artisanat" };

        var (actor, _) = await Admin.RegisterOkAsync(profile);

        Assert.Equal(profile.Description, actor.Description);
    }

    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\u200B\uFEFF \u2060")]
    [InlineData(" \u00A0 ")]
    public async Task A_name_of_invisible_characters_only_is_refused(string name)
    {
        var response = await Admin.PostAsJsonAsync("/actors", new { name, kind = "association", territoryCode = "64129" }, Cancellation);

        var problem = Assert.IsType<ValidationProblemDetails>(await AssertBadRequestAsync(response, validation: true));
        Assert.Contains("Name", problem.Errors.Keys, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("siren", "000000000")]
    [InlineData("siret", "00000000000000")]
    [InlineData("siret", "73282932000000")]
    public async Task Identifiers_of_zeros_are_refused_though_they_pass_the_Luhn_check(string field, string value)
    {
        var response = await Admin.PostAsJsonAsync("/actors",
            new Dictionary<string, object> { ["name"] = "Mairie fictive", ["kind"] = "commune", ["territoryCode"] = "64129", [field] = value }, Cancellation);

        await AssertBadRequestAsync(response, validation: true);
    }

    [Fact]
    public async Task A_commune_of_a_department_that_does_not_exist_is_refused()
    {
        var response = await Admin.PostAsJsonAsync("/actors", new { name = "Association de nulle part", kind = "association", territoryCode = "99999" }, Cancellation);

        await AssertBadRequestAsync(response, validation: true);
    }

    [Fact]
    public async Task JSON_errors_name_the_field_and_the_allowed_values_never_internal_types()
    {
        var unknownKind = await Admin.PostAsJsonAsync("/actors", new { name = "Ritimo", kind = "club", territoryCode = "64129" }, Cancellation);
        var wrongType = await Admin.PostAsJsonAsync("/actors", new { name = 12, kind = "association", territoryCode = "64129" }, Cancellation);
        var broken = await Admin.PostAsync("/actors", new StringContent("{\"name\": \"Ritimo\",", Encoding.UTF8, "application/json"), Cancellation);

        var kind = (await AssertBadRequestAsync(unknownKind)).Detail!;
        Assert.Contains("'kind' must be one of: ", kind);
        Assert.Contains("association", kind);
        Assert.Contains("school", kind);
        Assert.Contains("'name'", (await AssertBadRequestAsync(wrongType)).Detail);
        Assert.Contains("not valid JSON", (await AssertBadRequestAsync(broken)).Detail);
        foreach (var response in new[] { unknownKind, wrongType, broken })
        {
            var body = await response.Content.ReadAsStringAsync(Cancellation);
            Assert.DoesNotContain("ActorDirectory.", body);
            Assert.DoesNotContain("System.", body);
        }
    }

    [Fact]
    public async Task Links_use_the_public_base_url_whatever_host_the_caller_claims()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/actors")
        {
            Content = JsonContent.Create(new { name = "Cinéma Le Méliès", kind = "association", territoryCode = "64445" }),
        };
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Proto", "http");

        var response = await Admin.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.StartsWith("https://ssi.example.org/actors/", response.Headers.Location?.ToString());
        var id = response.Headers.Location!.Segments[^1];
        using var jsonLd = new HttpRequestMessage(HttpMethod.Get, $"/actors/{id}/jsonld");
        jsonLd.Headers.Add("X-Forwarded-Host", "evil.example");
        var document = await (await factory.CreateClient().SendAsync(jsonLd, Cancellation)).Content.ReadAsStringAsync(Cancellation);
        Assert.True(document.Contains($"\"https://ssi.example.org/actors/{id}\""), document);
        Assert.DoesNotContain("evil.example", document);
    }

    [Fact]
    public async Task An_anonymous_export_above_the_limit_asks_for_filters_or_a_token()
    {
        await factory.AddActorAsync("Ritimo Pau", ActorKind.Association, Places.Pau);
        await factory.AddActorAsync("Ritimo Lescar", ActorKind.Association, Places.Pau);
        await factory.AddActorAsync("Ritimo Billère", ActorKind.Association, Places.Billere);

        var anonymous = await factory.CreateClient().GetAsync("/actors/export.csv?q=ritimo", Cancellation);
        var signedIn = await factory.CreateClient(TestTokens.Create(SsiRoles.Member)).GetAsync("/actors/export.csv?q=ritimo", Cancellation);
        var narrowed = await factory.CreateClient().GetAsync("/actors/export.csv?q=ritimo&territory=commune:64129", Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, anonymous.StatusCode);
        Assert.Contains("/changes", (await anonymous.ReadProblemAsync()).Detail);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var csv = await signedIn.Content.ReadAsStringAsync(Cancellation);
        Assert.All(new[] { "Ritimo Pau", "Ritimo Billère", "Ritimo Lescar" }, name => Assert.Contains(name, csv));
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
        Assert.Contains("Ritimo Billère", await narrowed.Content.ReadAsStringAsync(Cancellation));
    }

    private static async Task<ProblemDetails> AssertBadRequestAsync(HttpResponseMessage response, bool validation = false)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return validation || (await response.Content.ReadAsStringAsync(Cancellation)).Contains("\"errors\"")
            ? await response.ReadJsonAsync<ValidationProblemDetails>()
            : await response.ReadJsonAsync<ProblemDetails>();
    }
}
