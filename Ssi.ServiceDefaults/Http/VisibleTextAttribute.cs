using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Ssi.ServiceDefaults.Http;

/// <summary>
/// A name or title a reader can see: at least <see cref="MinimumCharacters"/> letters, digits,
/// punctuation or symbols once spaces, zero-width and other invisible characters are set aside
/// (a name of zero-width spaces passes <c>[Required]</c> and a minimum length, not this).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class VisibleTextAttribute(int minimumCharacters = 2) : ValidationAttribute
{
    public int MinimumCharacters { get; } = minimumCharacters;

    public override bool IsValid(object? value) => value is not string text || CountVisible(text) >= MinimumCharacters;

    public override string FormatErrorMessage(string name) =>
        $"{name} must show at least {MinimumCharacters} visible characters (letters, digits or signs), not only spaces or invisible characters.";

    private static int CountVisible(string text) => text.Count(character => char.GetUnicodeCategory(character) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    });
}
