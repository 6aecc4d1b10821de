using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Territories;
using Ssi.ServiceDefaults.Territories;
using Ssi.ServiceDefaults.Validation;

namespace ActorDirectory.Tests.Actors;

public sealed class ProfileRulesTests
{
    [Theory]
    [InlineData("05 36 49 10 20", "05 36 49 10 20")]
    [InlineData("0536491020", "05 36 49 10 20")]
    [InlineData("05.36.49.10.20", "05 36 49 10 20")]
    [InlineData("05-36-49-10-20", "05 36 49 10 20")]
    [InlineData("+33 5 36 49 10 20", "05 36 49 10 20")]
    [InlineData("+33 (0)5 36 49 10 20", "05 36 49 10 20")]
    [InlineData("0033536491020", "05 36 49 10 20")]
    [InlineData("+33 6 39 98 12 34", "06 39 98 12 34")]
    [InlineData("+262 262 12 34 56", "02 62 12 34 56")]
    public void French_phone_numbers_are_normalised_to_pairs_of_digits(string text, string expected)
    {
        Assert.True(FrenchPhoneNumber.TryNormalize(text, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("05 36 49 10 2")]
    [InlineData("05 36 49 10 200")]
    [InlineData("00 36 49 10 20")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("05 36 49 1O 20")]
    public void Other_phone_numbers_are_refused(string text) =>
        Assert.False(FrenchPhoneNumber.TryNormalize(text, out _));

    [Theory]
    [InlineData("migrations", true)]
    [InlineData("food-sovereignty", true)]
    [InlineData("odd-2030", true)]
    [InlineData("Food-Sovereignty", false)]
    [InlineData("food sovereignty", false)]
    [InlineData("food--sovereignty", false)]
    [InlineData("-climate", false)]
    [InlineData("éducation", false)]
    [InlineData("", false)]
    public void Themes_are_kebab_case_slugs(string theme, bool valid) =>
        Assert.Equal(valid, ActorTheme.IsSlug(theme));

    [Fact]
    public void A_theme_has_at_most_50_characters()
    {
        Assert.True(ActorTheme.IsSlug(new string('a', 50)));
        Assert.False(ActorTheme.IsSlug(new string('a', 51)));
    }

    [Theory]
    [InlineData("region:75", TerritoryKind.Region, "75")]
    [InlineData("department:64", TerritoryKind.Department, "64")]
    [InlineData("department:2A", TerritoryKind.Department, "2A")]
    [InlineData("department:974", TerritoryKind.Department, "974")]
    [InlineData("epci:200067254", TerritoryKind.Epci, "200067254")]
    [InlineData("commune:64129", TerritoryKind.Commune, "64129")]
    public void Served_areas_are_territory_references(string text, TerritoryKind kind, string code)
    {
        Assert.True(TerritoryReference.TryParse(text, out var area));
        Assert.Equal(new TerritoryReference(kind, code), area);
        Assert.Equal(text, area.ToString());
    }

    [Theory]
    [InlineData("64")]
    [InlineData("canton:6401")]
    [InlineData("department:6")]
    [InlineData("epci:20006725")]
    [InlineData("commune:6412")]
    [InlineData("region:")]
    [InlineData("Department:64")]
    public void Malformed_served_areas_are_refused(string text) =>
        Assert.False(TerritoryReference.TryParse(text, out _));

    [Theory]
    [InlineData("contact@billere.example.org", true)]
    [InlineData("ssi.fontenay@example.org", true)]
    [InlineData("Mairie <contact@billere.example.org>", false)]
    [InlineData("contact@localhost", false)]
    [InlineData("contact.billere.example.org", false)]
    public void E_mail_addresses_are_plain_addresses_on_a_real_domain(string text, bool valid) =>
        Assert.Equal(valid, EmailAddressRule.IsValid(text));
}
