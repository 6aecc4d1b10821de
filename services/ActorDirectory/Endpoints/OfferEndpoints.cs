using ActorDirectory.Domain.Offers;
using Microsoft.Net.Http.Headers;

namespace ActorDirectory.Endpoints;

/// <summary>
/// Offers: what actors lend each other. An actor's members manage its offers under
/// <c>/actors/{actorId}/offers</c>; everyone searches them under <c>/offers</c>.
/// </summary>
public static class OfferEndpoints
{
    public const string GetOfferRoute = "GetOffer";

    public static IEndpointRouteBuilder MapOfferEndpoints(this IEndpointRouteBuilder app)
    {
        var offers = app.MapGroup("/offers").WithTags("Offers");
        offers.MapGet("/", OfferQueryEndpoints.SearchOffers).WithName("SearchOffers").AllowAnonymous();
        offers.MapGet("/{id:guid}", OfferQueryEndpoints.GetOffer).WithName(GetOfferRoute).AllowAnonymous();

        var actorOffers = app.MapGroup("/actors/{actorId:guid}/offers").WithTags("Offers");
        actorOffers.MapGet("/", OfferQueryEndpoints.ListActorOffers).WithName("ListActorOffers").AllowAnonymous();
        actorOffers.MapPost("/", OfferCommandEndpoints.PublishOffer).WithName("PublishOffer").RequireAuthorization();
        actorOffers.MapPut("/{offerId:guid}", OfferCommandEndpoints.ReplaceOffer).WithName("ReplaceOffer").RequireAuthorization();
        actorOffers.MapDelete("/{offerId:guid}", OfferCommandEndpoints.WithdrawOffer).WithName("WithdrawOffer").RequireAuthorization();
        return app;
    }

    /// <summary>The offer's row version as an entity tag, for <c>If-Match</c> on replace.</summary>
    public static EntityTagHeaderValue ETagOf(Offer offer) => new($"\"{offer.Version}\"");
}
