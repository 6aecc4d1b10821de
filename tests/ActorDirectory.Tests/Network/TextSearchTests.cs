using ActorDirectory.Domain.Actors;
using ActorDirectory.Endpoints.Network;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Authentication;
using Ssi.Testing;

namespace ActorDirectory.Tests.Network;

/// <summary>
/// Text search starts from the words of the actors, which the database keeps in step with every
/// write: these tests write actors and search them at once, in a directory of their own.
/// </summary>
public sealed class TextSearchTests(ActorDirectoryFactory factory) : IClassFixture<ActorDirectoryFactory>
{
    private async Task<List<string>> NamesAsync(string text)
    {
        var page = await factory.CreateClient().GetJsonAsync<ActorSearchPage>($"/actors?q={Uri.EscapeDataString(text)}&limit=100");
        return page.Items.Select(actor => actor.Name).ToList();
    }

    [Fact]
    public async Task An_actor_registered_through_the_api_is_found_by_a_misspelt_word_at_once()
    {
        var client = factory.CreateClient(TestTokens.Create(SsiRoles.Admin));
        await client.RegisterAsync(ActorRequests.Billere("Comité de jumelage Billère–Koudougou"));

        Assert.Equal(["Comité de jumelage Billère–Koudougou"], await NamesAsync("jumelage koudougu"));
    }

    [Fact]
    public async Task A_word_is_matched_to_its_closest_directory_words_even_when_the_whole_text_differs()
    {
        await factory.AddActorAsync("Épicerie solidaire de Lille", ActorKind.Association, Places.Lille);

        // The whole-text trigram similarity of "soldaire" with this name is 0.58: below the
        // threshold that used to decide, so the typo found nothing.
        Assert.Contains("Épicerie solidaire de Lille", await NamesAsync("soldaire"));
    }

    [Fact]
    public async Task Words_must_stand_side_by_side_or_with_one_word_between_in_the_order_searched()
    {
        await factory.AddActorAsync("Solidarité Fianarantsoa", ActorKind.Association, Places.Lyon);
        await factory.AddActorAsync("Fianarantsoa Solidarité", ActorKind.Association, Places.Lyon);
        await factory.AddActorAsync("Solidarité Lyon Fianarantsoa", ActorKind.Association, Places.Lyon);
        await factory.AddActorAsync("Fianarantsoa Lyon Solidarité", ActorKind.Association, Places.Lyon);
        await factory.AddActorAsync("Solidarité internationale", ActorKind.Association, Places.Lyon,
            actor => actor.Describe("Des projets avec des écoles, des dispensaires et des coopératives de Fianarantsoa."));

        var names = await NamesAsync("solidarite fianarantsoa");

        Assert.Equal(["Solidarité Fianarantsoa", "Fianarantsoa Solidarité", "Solidarité Lyon Fianarantsoa"], names);
    }

    [Fact]
    public async Task Short_and_grammatical_words_between_do_not_keep_words_apart()
    {
        await factory.AddActorAsync("Les Amis de la Terre du Rhône", ActorKind.Association, Places.Lyon);

        Assert.Equal(["Les Amis de la Terre du Rhône"], await NamesAsync("amis terre"));
        Assert.Equal(["Les Amis de la Terre du Rhône"], await NamesAsync("terre avec les amis"));
    }

    [Fact]
    public async Task A_word_close_to_no_directory_word_finds_nothing_even_beside_common_words()
    {
        await factory.AddActorAsync("Les Amis de Ouagadougou", ActorKind.Association, Places.Lyon);

        Assert.NotEmpty(await NamesAsync("amis"));
        Assert.Empty(await NamesAsync("amis wombat"));
    }

    [Fact]
    public async Task A_renamed_actor_is_found_by_its_new_name_only()
    {
        var actor = await factory.AddActorAsync("Cinéma Le Zoétrope", ActorKind.Cinema, Places.Lyon);
        await factory.InScopeAsync(async db =>
        {
            var stored = await db.Actors.SingleAsync(candidate => candidate.Id == actor.Id, TestContext.Current.CancellationToken);
            stored.Rename("Cinéma Le Praxinoscope");
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        Assert.Equal(["Cinéma Le Praxinoscope"], await NamesAsync("praxinoscope"));
        Assert.Empty(await NamesAsync("zoetrope"));
    }

    [Fact]
    public async Task A_text_of_short_words_only_matches_them_exactly()
    {
        await factory.AddActorAsync("Ô Mé Lé", ActorKind.Association, Places.Lyon);

        Assert.Equal(["Ô Mé Lé"], await NamesAsync("o me le"));
    }
}
