using ActorDirectory.Domain.Identifiers;

namespace ActorDirectory.Tests.Actors;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("216401299", "216401299")] // Commune de Billère
    [InlineData("219400330", "219400330")] // Commune de Fontenay-sous-Bois
    [InlineData("219501277", "219501277")] // Commune de Cergy
    [InlineData("200067254", "200067254")] // CA Pau Béarn Pyrénées
    [InlineData("249500109", "249500109")] // CA de Cergy-Pontoise
    [InlineData("356000000", "356000000")] // La Poste
    [InlineData("216 401 299", "216401299")]
    public void A_real_SIREN_is_accepted_and_compacted(string text, string expected)
    {
        Assert.True(Siren.TryParse(text, out var siren, out var error), error);
        Assert.Equal(expected, siren);
    }

    [Theory]
    [InlineData("216401298", "Luhn check digit")]
    [InlineData("219400331", "Luhn check digit")]
    [InlineData("21640129", "9 digits; '21640129' has 8")]
    [InlineData("2164012999", "has 10")]
    [InlineData("21640129A", "other characters")]
    [InlineData("216-401-299", "other characters")]
    public void A_malformed_SIREN_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(Siren.TryParse(text, out var siren, out var error));
        Assert.Null(siren);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("21640129900013", "21640129900013")]
    [InlineData("216 401 299 00013", "21640129900013")]
    [InlineData("73282932000074", "73282932000074")]
    [InlineData("35600000000048", "35600000000048")] // La Poste's head office, which passes Luhn
    [InlineData("35600000009075", "35600000009075")] // a La Poste establishment: digit sum 30
    [InlineData("356 000 000 49837", "35600000049837")] // digit sum 45
    public void A_valid_SIRET_is_accepted_including_La_Postes(string text, string expected)
    {
        Assert.True(Siret.TryParse(text, out var siret, out var error), error);
        Assert.Equal(expected, siret);
        Assert.Equal(expected[..9], Siret.SirenOf(siret));
    }

    [Theory]
    [InlineData("21640129900014", "Luhn check digit of SIRET")]
    [InlineData("73282932000079", "Luhn check digit of SIRET")]
    [InlineData("35600000049838", "La Poste's: the sum of its digits is not a multiple of 5")]
    [InlineData("21640129800015", "first 9 digits")]
    [InlineData("2164012990001", "14 digits")]
    [InlineData("2164012990001X", "other characters")]
    public void A_malformed_SIRET_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(Siret.TryParse(text, out var siret, out var error));
        Assert.Null(siret);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("W643001234", "W643001234")]
    [InlineData("w643001234", "W643001234")]
    [InlineData("W 751 208 391", "W751208391")]
    [InlineData("W2A1001234", "W2A1001234")] // Corsica's prefectures
    [InlineData("W9R2001234", "W9R2001234")] // an overseas prefecture
    [InlineData("0643001234", "0643001234")] // a pre-2009 prefecture file number, kept as it is
    [InlineData("1/08516", "1/08516")]
    public void RNA_numbers_and_older_prefecture_numbers_are_accepted(string text, string expected)
    {
        Assert.True(Rna.TryParse(text, out var rna, out var error), error);
        Assert.Equal(expected, rna);
    }

    [Theory]
    [InlineData("W64300123", "W followed by 9 characters")]
    [InlineData("W6430012345", "W followed by 9 characters")]
    [InlineData("WA43001234", "W followed by 9 characters")]
    [InlineData("W64300123A", "W followed by 9 characters")]
    [InlineData("RNA-123", "neither an RNA number")]
    [InlineData("12345678901", "neither an RNA number")]
    public void A_malformed_RNA_number_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(Rna.TryParse(text, out var rna, out var error));
        Assert.Null(rna);
        Assert.Contains(reason, error);
    }
}
