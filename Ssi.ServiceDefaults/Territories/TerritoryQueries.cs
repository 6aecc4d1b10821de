using System.Linq.Expressions;

namespace Ssi.ServiceDefaults.Territories;

public static class TerritoryQueries
{
    /// <summary>
    /// The predicate "located in this territory or anywhere below it", for a query over anything
    /// that carries a <see cref="TerritoryLocation"/>: <c>actors.Where(reference.Includes&lt;Actor&gt;(actor =&gt; actor.Location))</c>.
    /// </summary>
    public static Expression<Func<T, bool>> Includes<T>(this TerritoryReference territory, Expression<Func<T, TerritoryLocation>> location)
    {
        var column = territory.Kind switch
        {
            TerritoryKind.Commune => nameof(TerritoryLocation.CommuneCode),
            TerritoryKind.Epci => nameof(TerritoryLocation.EpciCode),
            TerritoryKind.Department => nameof(TerritoryLocation.DepartmentCode),
            TerritoryKind.Region => nameof(TerritoryLocation.RegionCode),
            _ => throw new InvalidOperationException($"No location column for territory kind {territory.Kind}."),
        };

        // Read from a closure so that EF Core sends the code as a parameter, not a SQL literal.
        var code = territory.Code;
        Expression<Func<string>> codeValue = () => code;
        var body = Expression.Equal(Expression.Property(location.Body, column), codeValue.Body);
        return Expression.Lambda<Func<T, bool>>(body, location.Parameters);
    }
}
