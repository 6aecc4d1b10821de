using System.Text.RegularExpressions;

namespace ActorDirectory.Domain.Actors;

/// <summary>Themes are kebab-case slugs (<c>migrations</c>, <c>food-sovereignty</c>) so that filters match exactly.</summary>
public static partial class ActorTheme
{
    public const int MaxLength = 50;
    public const int MaxCount = 20;

    public static bool IsSlug(string theme) => theme.Length <= MaxLength && Slug().IsMatch(theme);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z")]
    private static partial Regex Slug();
}
