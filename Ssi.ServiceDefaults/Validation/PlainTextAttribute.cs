using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Ssi.ServiceDefaults.Validation;

/// <summary>
/// Text shown as written, never as markup: refuses an HTML tag or comment (<c>&lt;script&gt;</c>,
/// <c>&lt;/b&gt;</c>, <c>&lt;!--</c>) so that no reader's page or feed can be made to run it, and,
/// for single-line fields, line breaks and tabs, which would split an iCalendar or CSV line.
/// A lone "&lt;" as in "&lt; 12 ans" stays allowed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class PlainTextAttribute(bool singleLine = true) : ValidationAttribute
{
    public bool SingleLine { get; } = singleLine;

    public override bool IsValid(object? value) =>
        value is not string text || (!Markup().IsMatch(text) && !(SingleLine && text.AsSpan().IndexOfAny('\r', '\n', '\t') >= 0));

    public override string FormatErrorMessage(string name) => SingleLine
        ? $"{name} is one line of plain text: no HTML tags, no line breaks or tabs."
        : $"{name} is plain text: no HTML tags.";

    [GeneratedRegex(@"<\s*[/!?]?\s*[a-zA-Z!]")]
    private static partial Regex Markup();
}
