using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Territories;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Tests.Territories;

public sealed class TerritoryReferenceTests
{
    [Theory]
    [InlineData("commune:64129", TerritoryKind.Commune, "64129")]
    [InlineData("commune:2A004", TerritoryKind.Commune, "2A004")]
    [InlineData("commune:97502", TerritoryKind.Commune, "97502")]
    [InlineData("epci:200067254", TerritoryKind.Epci, "200067254")]
    [InlineData("department:64", TerritoryKind.Department, "64")]
    [InlineData("department:2B", TerritoryKind.Department, "2B")]
    [InlineData("department:975", TerritoryKind.Department, "975")]
    [InlineData("region:75", TerritoryKind.Region, "75")]
    [InlineData("region:975", TerritoryKind.Region, "975")]
    public void A_reference_reads_kind_colon_code_and_writes_itself_back_the_same(string text, TerritoryKind kind, string code)
    {
        Assert.True(TerritoryReference.TryParse(text, out var reference));
        Assert.Equal(new TerritoryReference(kind, code), reference);
        Assert.Equal(text, reference.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("64129")]
    [InlineData("commune:")]
    [InlineData("commune:6412")]
    [InlineData("commune:2C004")]
    [InlineData("Commune:64129")]
    [InlineData("city:64129")]
    [InlineData("department:6A")]
    [InlineData("department:2A:1")]
    [InlineData("region:7")]
    [InlineData("region:2A")]
    [InlineData("epci:20006725")]
    [InlineData("epci:2000672541")]
    [InlineData(" commune:64129")]
    public void A_malformed_reference_is_refused(string? text)
    {
        Assert.False(TerritoryReference.TryParse(text, out var reference));
        Assert.Null(reference);
    }

    [Theory]
    [InlineData("commune:64129", true)]
    [InlineData("epci:200067254", true)]
    [InlineData("department:64", true)]
    [InlineData("region:75", true)]
    [InlineData("commune:64445", false)]
    [InlineData("epci:200054781", false)]
    [InlineData("department:94", false)]
    [InlineData("region:11", false)]
    public void A_reference_includes_what_is_located_anywhere_inside_it(string text, bool includesBillere)
    {
        TerritoryReference.TryParse(text, out var reference);
        var billere = new TerritoryLocation("64129", "200067254", "64", "75");

        Assert.Equal(includesBillere, reference!.Includes<TerritoryLocation>(location => location).Compile()(billere));
    }

    [Theory]
    [InlineData("commune:64129", "commune_code")]
    [InlineData("epci:200067254", "epci_code")]
    [InlineData("department:64", "department_code")]
    [InlineData("region:75", "region_code")]
    public void The_filter_is_one_equality_on_the_location_column_of_its_kind(string text, string column)
    {
        Assert.True(TerritoryReference.TryParse(text, out var reference));
        using var db = new DirectoryDbContext(new DbContextOptionsBuilder<DirectoryDbContext>().UseServiceDatabase("Host=localhost").Options);

        var actors = db.Actors.Where(reference.Includes<Actor>(actor => actor.Location)).ToQueryString();
        var offers = db.Offers.Where(reference.Includes<Domain.Offers.Offer>(offer => offer.Location)).ToQueryString();

        Assert.Matches($@"WHERE \w+\.{column} = @", actors);
        Assert.Matches($@"WHERE \w+\.{column} = @", offers);
    }
}
