using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Communications.Domain.Templates;

/// <summary>
/// A Liquid text parsed by Fluid: safe by construction (no code, no file or member access beyond
/// the values it is given), checked against the variables it may use, rendered with HTML
/// escaping for HTML parts.
/// </summary>
public sealed class LiquidTemplate
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();

    /// <summary>Escapes markup but leaves accents as they are: French text stays readable in the source.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly IFluidTemplate _template;

    private LiquidTemplate(IFluidTemplate template) => _template = template;

    /// <summary>
    /// Parses <paramref name="source"/>; <paramref name="error"/> says what is wrong: a syntax
    /// error, or the first variable outside <paramref name="allowed"/>.
    /// </summary>
    public static bool TryParse(string source, IReadOnlyCollection<string> allowed, [NotNullWhen(true)] out LiquidTemplate? template, [NotNullWhen(false)] out string? error)
    {
        template = null;
        if (!Parser.TryParse(source, out var parsed, out var parseError))
        {
            error = $"is not valid Liquid: {parseError}";
            return false;
        }

        var unknown = VariableCollector.Collect(parsed).Where(variable => !allowed.Contains(variable)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            error = $"uses unknown variable(s) {string.Join(", ", unknown.Select(v => $"'{v}'"))}; known: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.";
            return false;
        }

        template = new LiquidTemplate(parsed);
        error = null;
        return true;
    }

    /// <summary>Parses a template known to be valid (one of the platform's own).</summary>
    public static LiquidTemplate Parse(string source, IReadOnlyCollection<string> allowed) =>
        TryParse(source, allowed, out var template, out var error) ? template : throw new InvalidOperationException($"A built-in template {error}");

    public string RenderText(IReadOnlyDictionary<string, string> values) => _template.Render(Context(values), NullEncoder.Default);

    public string RenderHtml(IReadOnlyDictionary<string, string> values) => _template.Render(Context(values), Html);

    /// <summary>Dotted names (<c>recipient.name</c>) become nested objects, as Liquid reads them.</summary>
    private static TemplateContext Context(IReadOnlyDictionary<string, string> values)
    {
        var context = new TemplateContext(Options);
        foreach (var group in values.GroupBy(pair => pair.Key.Split('.')[0], StringComparer.Ordinal))
        {
            if (group.Count() == 1 && !group.First().Key.Contains('.', StringComparison.Ordinal))
            {
                context.SetValue(group.Key, FluidValue.Create(group.First().Value, Options));
                continue;
            }

            context.SetValue(group.Key, FluidValue.Create(
                group.ToDictionary(pair => pair.Key[(group.Key.Length + 1)..], pair => (object?)pair.Value, StringComparer.Ordinal), Options));
        }

        return context;
    }

    /// <summary>
    /// Every variable a template reads (<c>recipient.name</c>, <c>unsubscribe_url</c>), leaving out
    /// the names it defines itself (<c>assign</c>, <c>capture</c>, <c>for</c> loop variables).
    /// </summary>
    private sealed class VariableCollector : AstVisitor
    {
        private readonly HashSet<string> _locals = new(StringComparer.Ordinal) { "forloop" };
        private readonly List<string> _read = [];

        public static IEnumerable<string> Collect(IFluidTemplate template)
        {
            var collector = new VariableCollector();
            collector.VisitTemplate(template);
            return collector._read.Where(variable => !collector._locals.Contains(variable.Split('.')[0])).Distinct(StringComparer.Ordinal);
        }

        protected override Statement VisitAssignStatement(AssignStatement assignStatement)
        {
            _locals.Add(assignStatement.Identifier);
            return base.VisitAssignStatement(assignStatement);
        }

        protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
        {
            _locals.Add(captureStatement.Identifier);
            return base.VisitCaptureStatement(captureStatement);
        }

        protected override Statement VisitForStatement(ForStatement forStatement)
        {
            _locals.Add(forStatement.Identifier);
            return base.VisitForStatement(forStatement);
        }

        protected override Expression VisitMemberExpression(MemberExpression memberExpression)
        {
            var names = memberExpression.Segments.TakeWhile(segment => segment is IdentifierSegment).Cast<IdentifierSegment>().Select(segment => segment.Identifier).ToList();
            if (names.Count > 0)
            {
                _read.Add(string.Join('.', names));
            }

            return base.VisitMemberExpression(memberExpression);
        }
    }
}
