using Ssi.ServiceDefaults.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FundingCalls.Domain.Committees;

namespace FundingCalls.Documents;

/// <summary>An application on a session's agenda, as the minutes name it.</summary>
internal sealed record AgendaItem(Guid ApplicationId, string ApplicantName, string ProjectTitle, long RequestedCents);

/// <summary>
/// The minutes of a committee session ("procès-verbal"), in French, as a printable HTML page:
/// members present and absent, quorum, agenda, and each deliberation with its number. Written
/// from the session alone, so the page signed off is the page kept.
/// </summary>
internal static class MinutesWriter
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        <style>
        body { font-family: Georgia, "Times New Roman", serif; max-width: 48rem; margin: 2rem auto; line-height: 1.5; color: #111; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #999; }
        table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        .montant { text-align: right; white-space: nowrap; } .projet { color: #a00; font-weight: bold; }
        @media print { body { margin: 0; max-width: none; } @page { size: A4; margin: 2cm; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
        </style>
        """;

    public static string Write(CommitteeSession session, string callTitle, string funderName, IReadOnlyList<AgendaItem> agenda, string? signedBy, DateTimeOffset? signedAt)
    {
        var page = new StringBuilder();
        var draft = signedAt is null;
        page.Append($"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>{E(draft ? "Projet de procès-verbal" : "Procès-verbal")} – {E(callTitle)}</title>
            {Style}
            </head>
            <body>
            <header>
            <p>{E(funderName)}</p>
            <h1>{E(draft ? "Projet de procès-verbal" : "Procès-verbal")} de la séance du {E(FrenchFormat.DateAndTime(session.HeldAt))}</h1>
            <p>Appel à projets : {E(callTitle)}<br>Lieu : {E(session.Place)}</p>
            {(draft ? "<p class=\"projet\">Document provisoire : non signé.</p>" : "")}
            </header>
            <main>
            <h2>Membres</h2>
            <ul>

            """);
        foreach (var member in session.Members)
        {
            page.Append($"<li>{E(member.Name)}, {E(member.Role)} : {(member.Present ? "présent·e" : "absent·e")}</li>\n");
        }

        page.Append($"""
            </ul>
            <p>{session.PresentCount} membre(s) présent(s) sur {session.Members.Count} ; quorum de {session.Quorum} {(session.HasQuorum ? "atteint" : "non atteint : la séance ne peut délibérer")}.</p>
            <h2>Ordre du jour</h2>
            <table>
            <thead><tr><th scope="col">N°</th><th scope="col">Porteur de projet</th><th scope="col">Projet</th><th scope="col" class="montant">Montant demandé</th></tr></thead>
            <tbody>

            """);
        for (var index = 0; index < agenda.Count; index++)
        {
            var item = agenda[index];
            page.Append($"<tr><td>{index + 1}</td><td>{E(item.ApplicantName)}</td><td>{E(item.ProjectTitle)}</td><td class=\"montant\">{E(FrenchFormat.Euros(item.RequestedCents))}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n<h2>Délibérations</h2>\n");
        var byApplication = agenda.ToDictionary(item => item.ApplicationId);
        if (session.Decisions.Count == 0)
        {
            page.Append("<p>Aucune délibération.</p>\n");
        }

        foreach (var decision in session.Decisions.OrderBy(decision => decision.DecidedAt))
        {
            var item = byApplication[decision.ApplicationId];
            page.Append($"<section>\n<h3>Délibération n° {E(decision.DeliberationNumber)}</h3>\n<p>{E(item.ApplicantName)} – {E(item.ProjectTitle)} : {E(Outcome(decision))}</p>\n");
            if (decision.Reason is not null)
            {
                page.Append($"<p>Motif : {E(decision.Reason)}</p>\n");
            }

            page.Append("</section>\n");
        }

        page.Append("</main>\n<footer>\n");
        page.Append(draft
            ? "<p>Procès-verbal à signer.</p>\n"
            : $"<p>Signé le {E(FrenchFormat.Date(signedAt!.Value))} par {E(signedBy!)}.</p>\n");
        page.Append("</footer>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string Outcome(CommitteeDecision decision) => decision.Outcome switch
    {
        DecisionOutcome.Accepted => $"subvention accordée de {FrenchFormat.Euros(decision.AmountCents!.Value)}",
        DecisionOutcome.Refused => "demande refusée",
        _ => "examen ajourné",
    };

    private static string E(string text) => Html.Encode(text);
}
