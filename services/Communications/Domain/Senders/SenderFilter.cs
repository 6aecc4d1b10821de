using System.Linq.Expressions;
using System.Security.Claims;
using Ssi.ServiceDefaults.Authentication;

namespace Communications.Domain.Senders;

/// <summary>
/// Narrows, in SQL, what a caller's lists read to the senders they may act for: a funder's staff to
/// their funders, coordinators to territory senders (whose containment in the caller's territories
/// <see cref="Sender.MayBeActedForBy"/> then decides in memory), an admin to everything.
/// </summary>
public static class SenderFilter
{
    public static Expression<Func<T, bool>> Candidates<T>(ClaimsPrincipal user, Expression<Func<T, Sender>> sender)
    {
        if (user.IsAdmin())
        {
            return _ => true;
        }

        var funders = user.IsInRole(SsiRoles.Funder) ? user.ActorIds().Select(id => (Guid?)id).ToList() : [];
        var coordinates = user.IsInRole(SsiRoles.Coordinator);
        Expression<Func<Sender, bool>> candidate = s => (coordinates && s.Territory != null) || funders.Contains(s.FunderId);
        var body = new ParameterReplacer(candidate.Parameters[0], sender.Body).Visit(candidate.Body);
        return Expression.Lambda<Func<T, bool>>(body, sender.Parameters);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}
