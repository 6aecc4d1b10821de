using Communications.Data;
using Communications.Domain.Deliveries;
using Communications.Domain.Subscriptions;
using Communications.Pages;
using Communications.Sending;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;

namespace Communications.Endpoints;

/// <summary>
/// The unsubscribe link every announcement and campaign carries, as RFC 8058 wants it: a POST to
/// it unsubscribes at once (the mail client's one-click button), a GET only shows a French page
/// whose button sends that POST, since mail scanners open links.
/// </summary>
public static class UnsubscribeEndpoints
{
    public static IEndpointRouteBuilder MapUnsubscribeEndpoints(this IEndpointRouteBuilder app)
    {
        var unsubscribe = app.MapGroup("/unsubscribe").WithTags("Subscriptions");
        unsubscribe.MapGet("/", ShowUnsubscribe).WithName("ShowUnsubscribe").ExcludeFromDescription().AllowAnonymous();
        unsubscribe.MapPost("/", Unsubscribe).WithName("Unsubscribe")
            .WithSummary("One-click unsubscribe (RFC 8058) with the token of an e-mail's List-Unsubscribe link")
            .WithDescription("Ends the subscription the e-mail came from, or, for a campaign to a directory contact, adds the address to the suppression list. Answers a French page; the request body (List-Unsubscribe=One-Click) is not needed.")
            .AllowAnonymousWrite("The signed link in the recipient's e-mail proves who asks (RFC 8058 one-click unsubscribe needs no login).");
        return app;
    }

    public static async Task<IResult> ShowUnsubscribe(string? token, LinkTokens tokens, CommunicationsDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        if (!tokens.TryRead(token, out var target))
        {
            return InvalidLink(http);
        }

        var email = await AddressOfAsync(target, db, cancellationToken);
        var what = email is null ? null
            : target.SubscriptionId is not null ? $"<p>Vous ne recevrez plus cette actualité à l'adresse <strong>{FrenchPage.Encode(email)}</strong>.</p>"
            : $"<p>Plus aucun message du Festival des Solidarités ne sera envoyé à l'adresse <strong>{FrenchPage.Encode(email)}</strong>.</p>";
        return what is null
            ? InvalidLink(http)
            : FrenchPage.Render(http, "Se désinscrire", what + FrenchPage.PostBackForm("Me désinscrire"));
    }

    public static async Task<IResult> Unsubscribe(string? token, LinkTokens tokens, CommunicationsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (!tokens.TryRead(token, out var target))
        {
            return InvalidLink(http);
        }

        var now = clock.GetUtcNow();
        if (target.SubscriptionId is { } subscriptionId)
        {
            var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId, cancellationToken);
            if (subscription is null)
            {
                return InvalidLink(http);
            }

            if (subscription.Status != SubscriptionStatus.Unsubscribed)
            {
                subscription.Unsubscribe(now);
            }
        }
        else if (await AddressOfAsync(target, db, cancellationToken) is not { } email)
        {
            return InvalidLink(http);
        }
        else if (!await db.SuppressedAddresses.AnyAsync(address => address.Email == email, cancellationToken))
        {
            db.SuppressedAddresses.Add(new SuppressedAddress(email, SuppressionReason.Unsubscribed, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A second click at the same moment did it already (same row, same outcome).
        }

        return FrenchPage.Render(http, "Vous êtes désinscrit",
            "<p>C'est fait : vous ne recevrez plus ces messages. Si c'est une erreur, vous pouvez vous réinscrire à tout moment.</p>");
    }

    /// <summary>The address a link is about; none once the person was erased.</summary>
    private static async Task<string?> AddressOfAsync(UnsubscribeTarget target, CommunicationsDbContext db, CancellationToken cancellationToken) =>
        target.SubscriptionId is { } subscriptionId
            ? await db.Subscriptions.AsNoTracking().Where(s => s.Id == subscriptionId).Select(s => s.Email).SingleOrDefaultAsync(cancellationToken)
            : await db.Deliveries.AsNoTracking().Where(d => d.Id == target.DeliveryId && d.RecipientEmail != "").Select(d => d.RecipientEmail).SingleOrDefaultAsync(cancellationToken);

    private static IResult InvalidLink(HttpContext http) => FrenchPage.OrProblem(http, StatusCodes.Status404NotFound,
        "This unsubscribe link is not one the platform issued, or what it unsubscribes from no longer exists.",
        "Ce lien de désinscription n'est pas valable, ou l'inscription qu'il concerne n'existe plus.");
}
