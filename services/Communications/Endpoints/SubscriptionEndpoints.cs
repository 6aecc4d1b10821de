using System.Security.Claims;
using Communications.Data;
using Communications.Domain.Audiences;
using Communications.Domain.Senders;
using Communications.Domain.Subscriptions;
using Communications.Notifications;
using Communications.Pages;
using Communications.Sending;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Ssi.ServiceDefaults.Authentication;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;
using Ssi.ServiceDefaults.Text;
using Ssi.ServiceDefaults.Validation;

namespace Communications.Endpoints;

/// <summary>
/// Citizens' subscriptions to a territory's or an event's news, with double opt-in: anyone may
/// ask (the answer never tells whether the address was known), only the e-mail's owner confirms.
/// The list of subscribers is for the territory's coordinators only.
/// </summary>
public static class SubscriptionEndpoints
{
    /// <summary>A new confirmation e-mail is sent at most this often for one subscription, however often it is asked for.</summary>
    private static readonly TimeSpan ResendInterval = TimeSpan.FromMinutes(1);

    private const string Accepted = "If the address can receive e-mail, a confirmation link has been sent to it; the subscription starts once it is followed.";

    public static IEndpointRouteBuilder MapSubscriptionEndpoints(this IEndpointRouteBuilder app)
    {
        var subscriptions = app.MapGroup("/subscriptions").WithTags("Subscriptions");
        subscriptions.MapGet("/consent", GetConsent).WithName("GetSubscriptionConsent")
            .WithSummary("The consent text to show next to a sign-up form for a topic").AllowAnonymous();
        subscriptions.MapPost("/", Subscribe).WithName("Subscribe")
            .WithSummary("Ask to receive a topic's news: a confirmation e-mail is sent (double opt-in)")
            .AllowAnonymousWrite("Nothing starts until the owner of the address follows the link e-mailed to it; the answer never tells whether the address was known.");
        subscriptions.MapGet("/confirm", ShowConfirmation).WithName("ShowSubscriptionConfirmation")
            .WithSummary("The French page the confirmation e-mail links to: one button confirms").ExcludeFromDescription().AllowAnonymous();
        subscriptions.MapPost("/confirm", Confirm).WithName("ConfirmSubscription")
            .WithSummary("Confirm a subscription with the token of its e-mail (single use, expiring)")
            .AllowAnonymousWrite("The single-use token e-mailed to the address proves its owner asks.");
        subscriptions.MapGet("/", ListSubscribers).WithName("ListSubscribers")
            .WithSummary("A topic's subscribers with their consent proof, for its territory's coordinators")
            .RequireAuthorization(policy => policy.RequireRole(SsiRoles.Coordinator, SsiRoles.Admin));
        return app;
    }

    public static async Task<Results<Ok<ConsentResponse>, ValidationProblem, ProblemHttpResult>> GetConsent(
        string? topic, TopicLabels labels, CancellationToken cancellationToken)
    {
        if (!SubscriptionTopic.TryParse(topic, out var parsed))
        {
            return InvalidTopic(topic);
        }

        var label = await labels.LabelAsync(parsed, cancellationToken);
        return label is null ? UnknownEvent(parsed) : TypedResults.Ok(new ConsentResponse(parsed.ToString(), label, ConsentText.For(label)));
    }

    public static async Task<Results<Accepted<SubscriptionAccepted>, ValidationProblem, ProblemHttpResult>> Subscribe(
        SubscriptionRequest request,
        CommunicationsDbContext db,
        TopicLabels labels,
        Notifier notifier,
        MailLinks links,
        IOptions<MailOptions> options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        if (!EmailAddressRule.IsValid(email))
        {
            return Problems.Invalid("email", "email must be a plain e-mail address (name@domain.tld).");
        }

        if (!SubscriptionTopic.TryParse(request.Topic, out var topic))
        {
            return InvalidTopic(request.Topic);
        }

        var label = await labels.LabelAsync(topic, cancellationToken);
        if (label is null)
        {
            return UnknownEvent(topic);
        }

        var now = clock.GetUtcNow();
        var topicKey = topic.ToString();
        var subscription = await db.Subscriptions.SingleOrDefaultAsync(s => s.Email == email && s.Topic == topicKey, cancellationToken);
        if (subscription is { Status: SubscriptionStatus.Confirmed }
            || subscription is { Status: SubscriptionStatus.Pending } && now - subscription.RequestedAt < ResendInterval)
        {
            return TypedResults.Accepted((string?)null, new SubscriptionAccepted(Accepted));
        }

        if (subscription is null)
        {
            subscription = new Subscription(email, topic, now);
            db.Subscriptions.Add(subscription);
        }

        var token = ConfirmationTokens.New();
        var lifetime = options.Value.ConfirmationTokenLifetime;
        subscription.Request(ConsentText.For(label), request.Source?.Trim() is { Length: > 0 } source ? source : "API", ConfirmationTokens.Hash(token), now, lifetime);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.Violates(SubscriptionConfiguration.OnePerEmailAndTopic))
        {
            // The same person asked twice at once: the other request sends the e-mail.
            return TypedResults.Accepted((string?)null, new SubscriptionAccepted(Accepted));
        }

        await notifier.NotifyAsync(NotificationTemplates.SubscriptionConfirmation, $"{subscription.Id:N}:{subscription.RequestedAt.UtcTicks}",
            [new Recipient($"subscription:{subscription.Id}", email, null, null, null, subscription.Id)],
            new Dictionary<string, string>
            {
                ["topic.label"] = label,
                ["confirm_url"] = links.Confirm(token),
                ["expires_at"] = FrenchFormat.DateAndTime(now + lifetime),
            }, unsubscribable: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new SubscriptionAccepted(Accepted));
    }

    public static async Task<IResult> ShowConfirmation(string? token, CommunicationsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (subscription, problem) = await FindPendingAsync(token, db, clock, http, cancellationToken);
        return problem ?? FrenchPage.Render(http, "Confirmer votre inscription",
            $"<p>Vous allez recevoir l'actualité du Festival des Solidarités à l'adresse <strong>{FrenchPage.Encode(subscription!.Email)}</strong>.</p>"
            + $"<p>{FrenchPage.Encode(subscription.ConsentText)}</p>"
            + FrenchPage.PostBackForm("Confirmer mon inscription"));
    }

    public static async Task<IResult> Confirm(string? token, CommunicationsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var (subscription, problem) = await FindPendingAsync(token, db, clock, http, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        subscription!.Confirm(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FrenchPage.OrProblem(http, StatusCodes.Status409Conflict, "The subscription changed meanwhile: open the link again.",
                "Cette inscription vient de changer : ouvrez à nouveau le lien.");
        }

        return FrenchPage.Render(http, "Inscription confirmée",
            "<p>Merci ! Vous recevrez désormais l'actualité du Festival des Solidarités. Chaque message contient un lien pour vous désinscrire.</p>");
    }

    public static async Task<Results<Ok<Page<SubscriberResponse>>, ValidationProblem, ProblemHttpResult>> ListSubscribers(
        string? topic, string? cursor, int? limit, ClaimsPrincipal user, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        if (!SubscriptionTopic.TryParse(topic, out var parsed) || parsed.Territory is not { } territory)
        {
            return Problems.Invalid("topic", "topic must be a territory's news, e.g. territory:commune:64129.");
        }

        if (!Sender.ForTerritory(territory).MayBeActedForBy(user))
        {
            return Problems.Forbidden($"Only the coordinators of {territory} (or an admin) see its subscribers.");
        }

        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var topicKey = parsed.ToString();
        var query = db.Subscriptions.AsNoTracking().Where(subscription => subscription.Topic == topicKey);
        if (cursor is not null)
        {
            if (!PageCursor.TryDecodeId(cursor, out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(subscription => subscription.Id > after);
        }

        var page = await query.OrderBy(subscription => subscription.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        return TypedResults.Ok(new Page<SubscriberResponse>([.. page.Take(pageSize).Select(SubscriberResponse.From)], next));
    }

    private static async Task<(Subscription? Subscription, IResult? Problem)> FindPendingAsync(
        string? token, CommunicationsDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var hash = token is { Length: > 0 and <= 100 } ? ConfirmationTokens.Hash(token) : null;
        var subscription = hash is null ? null
            : await db.Subscriptions.SingleOrDefaultAsync(s => s.ConfirmationTokenHash == hash && s.Status == SubscriptionStatus.Pending, cancellationToken);
        if (subscription is null)
        {
            return (null, FrenchPage.OrProblem(http, StatusCodes.Status404NotFound,
                "No pending subscription has this token: it was already used, replaced by a newer request, or never issued.",
                "Ce lien n'est plus valable : il a déjà servi ou une demande plus récente l'a remplacé. Vous pouvez vous inscrire à nouveau."));
        }

        if (subscription.ConfirmationExpiresAt <= clock.GetUtcNow())
        {
            return (null, FrenchPage.OrProblem(http, StatusCodes.Status410Gone, "The confirmation link has expired: subscribe again to receive a new one.",
                "Ce lien a expiré. Inscrivez-vous à nouveau pour recevoir un nouveau lien de confirmation."));
        }

        return (subscription, null);
    }

    private static ValidationProblem InvalidTopic(string? topic) =>
        Problems.Invalid("topic", $"'{topic}' is not a topic: territory:{{kind}}:{{code}} ({TerritoryReferenceExpected}) or event:{{id}}.");

    private static ProblemHttpResult UnknownEvent(SubscriptionTopic topic) =>
        Problems.Unprocessable($"No published event has the id {topic.EventId}: only a published event's news can be subscribed to.");

    private const string TerritoryReferenceExpected = "commune:64129, epci:200067254, department:64, region:75";
}
