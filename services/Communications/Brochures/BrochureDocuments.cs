using Communications.Data;
using Microsoft.EntityFrameworkCore;

namespace Communications.Brochures;

/// <summary>Renders a brochure's HTML and PDF and keeps them with the tag of the content they show.</summary>
public sealed class BrochureDocuments(CommunicationsDbContext db, ChromiumPrinter printer, TimeProvider clock)
{
    /// <param name="changes">The count of content changes read before <paramref name="content"/> was, which these documents catch up with.</param>
    /// <returns>The PDF.</returns>
    public async Task<byte[]> RenderAsync(BrochureContent content, long changes, CancellationToken cancellationToken)
    {
        var html = BrochureHtml.Render(content);
        var pdf = await printer.PrintAsync(html, cancellationToken);
        await StoreAsync(content, html, pdf, changes, cancellationToken);
        return pdf;
    }

    /// <summary>Notes that the stored documents already show the content as it was after <paramref name="changes"/>.</summary>
    public Task MarkCurrentAsync(Guid programmeId, long changes, CancellationToken cancellationToken) =>
        db.Brochures.Where(brochure => brochure.ProgrammeId == programmeId && brochure.RenderedChanges < changes)
            .ExecuteUpdateAsync(set => set.SetProperty(brochure => brochure.RenderedChanges, changes), cancellationToken);

    private Task StoreAsync(BrochureContent content, string html, byte[] pdf, long changes, CancellationToken cancellationToken)
    {
        var renderedAt = clock.GetUtcNow();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO brochures (programme_id, changes, rendered_changes, content_tag, html, pdf, rendered_at)
            VALUES ({content.Cover.ProgrammeId}, {changes}, {changes}, {content.Tag}, {html}, {pdf}, {renderedAt})
            ON CONFLICT (programme_id) DO UPDATE
               SET rendered_changes = GREATEST(brochures.rendered_changes, excluded.rendered_changes), content_tag = excluded.content_tag,
                   html = excluded.html, pdf = excluded.pdf, rendered_at = excluded.rendered_at
            """, cancellationToken);
    }
}
