using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using ActorDirectory.Domain.Actors;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Territories;

namespace ActorDirectory.Domain.Territories;

/// <summary>
/// A territory named by its kind and code, written <c>kind:code</c> in query strings:
/// <c>commune:64129</c>, <c>epci:200067254</c>, <c>department:64</c>, <c>region:75</c>.
/// </summary>
/// <remarks>
/// A filter "within this territory, including everything below it" is one indexed equality on the
/// location an actor or offer copies from its commune (<see cref="ActorLocation"/>): a commune
/// matches <c>commune_code</c>, an EPCI <c>epci_code</c>, a department <c>department_code</c> and a
/// region <c>region_code</c>. <see cref="Includes{T}"/> builds that predicate.
/// </remarks>
public sealed partial record TerritoryReference(TerritoryKind Kind, string Code)
{
    /// <summary>What a well-formed reference looks like, for error messages.</summary>
    public const string Expected = "kind:code, with kind one of region, department, epci or commune (e.g. commune:64129, epci:200067254, department:64, region:75)";

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out TerritoryReference? reference)
    {
        reference = null;
        var separator = text?.IndexOf(':') ?? -1;
        if (separator < 0 || !ApiEnum<TerritoryKind>.TryParse(text![..separator], out var kind))
        {
            return false;
        }

        var code = text[(separator + 1)..];
        if (!IsWellFormed(kind, code))
        {
            return false;
        }

        reference = new TerritoryReference(kind, code);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="code"/> has the shape of a code of that kind: a commune's INSEE code
    /// (64129, 2A004, 97502), a department (64, 2A, 974), a region (75, 975) or an EPCI's SIREN.
    /// </summary>
    public static bool IsWellFormed(TerritoryKind kind, [NotNullWhen(true)] string? code) => code is not null && kind switch
    {
        TerritoryKind.Commune => CommuneCode.IsValid(code),
        TerritoryKind.Department => DepartmentCode().IsMatch(code),
        TerritoryKind.Region => RegionCode().IsMatch(code),
        TerritoryKind.Epci => Siren().IsMatch(code),
        _ => false,
    };

    /// <summary>
    /// The predicate "located in this territory or anywhere below it", for a query over anything
    /// that carries an <see cref="ActorLocation"/>: <c>actors.Where(reference.Includes&lt;Actor&gt;(actor =&gt; actor.Location))</c>.
    /// </summary>
    public Expression<Func<T, bool>> Includes<T>(Expression<Func<T, ActorLocation>> location)
    {
        var column = Kind switch
        {
            TerritoryKind.Commune => nameof(ActorLocation.CommuneCode),
            TerritoryKind.Epci => nameof(ActorLocation.EpciCode),
            TerritoryKind.Department => nameof(ActorLocation.DepartmentCode),
            TerritoryKind.Region => nameof(ActorLocation.RegionCode),
            _ => throw new InvalidOperationException($"No location column for territory kind {Kind}."),
        };

        // Read from a closure so that EF Core sends the code as a parameter, not a SQL literal.
        var code = Code;
        Expression<Func<string>> codeValue = () => code;
        var body = Expression.Equal(Expression.Property(location.Body, column), codeValue.Body);
        return Expression.Lambda<Func<T, bool>>(body, location.Parameters);
    }

    public override string ToString() => $"{ApiEnum<TerritoryKind>.NameOf(Kind)}:{Code}";

    [GeneratedRegex("^(?:[0-9]{2,3}|2[AB])$")]
    private static partial Regex DepartmentCode();

    [GeneratedRegex("^[0-9]{2,3}$")]
    private static partial Regex RegionCode();

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex Siren();
}
