using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PublicSite.Apis;
using PublicSite.Site;

namespace PublicSite.Pages;

/// <summary>
/// A territory's news by e-mail. Communications sends the confirmation (double opt-in) and keeps
/// the consent proof; this page only asks, with the consent text communications records.
/// </summary>
public sealed class SubscriptionModel(DirectoryApi directory, CommunicationsApi communications) : PageModel
{
    private const string Source = "site public, page d'abonnement";

    public Territory Place { get; private set; } = null!;

    public Consent Consent { get; private set; } = null!;

    [BindProperty]
    [Required(ErrorMessage = "Indiquez votre adresse e-mail.")]
    [EmailAddress(ErrorMessage = "Cette adresse e-mail n'est pas valable (exemple : prenom.nom@exemple.fr).")]
    [StringLength(254, ErrorMessage = "Cette adresse e-mail est trop longue.")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(string kind, string code, CancellationToken cancellationToken) =>
        await LoadAsync(kind, code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string kind, string code, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(kind, code, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && !await communications.SubscribeAsync(Email!.Trim(), Consent.Topic, Source, cancellationToken))
        {
            ModelState.AddModelError(nameof(Email), "Cette adresse e-mail n'est pas valable (exemple : prenom.nom@exemple.fr).");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Sent = true;
        return Page();
    }

    private async Task<bool> LoadAsync(string kind, string code, CancellationToken cancellationToken)
    {
        if (TerritoryLabels.Read(kind, code) is not { } territory || await directory.TerritoryAsync(territory, cancellationToken) is not { } place)
        {
            return false;
        }

        Place = place;
        Consent = await communications.ConsentAsync($"territory:{territory}", cancellationToken)
            ?? throw new InvalidOperationException($"Communications knows no news topic for {territory}.");
        return true;
    }
}
