using Communications.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Communications.Brochures;

/// <summary>
/// Renders again, off the request path, the brochures whose content changed since they were
/// rendered, one at a time. With replicas, two may render the same brochure; both store the same content.
/// </summary>
public sealed class BrochureRenderer(IServiceScopeFactory scopes, IOptions<BrochureOptions> options, TimeProvider clock, ILogger<BrochureRenderer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            bool rendered;
            try
            {
                rendered = await RenderNextAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Rendering a brochure failed; trying again in {PollInterval}", options.Value.PollInterval);
                rendered = false;
            }

            if (!rendered)
            {
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <returns>Whether a brochure was behind its content.</returns>
    private async Task<bool> RenderNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunicationsDbContext>();
        var next = await db.Brochures.AsNoTracking()
            .Where(brochure => brochure.Changes > brochure.RenderedChanges && db.Programmes.Any(programme => programme.ProgrammeId == brochure.ProgrammeId))
            .OrderBy(brochure => brochure.RenderedAt != null).ThenBy(brochure => brochure.RenderedAt)
            .Select(brochure => new { brochure.ProgrammeId, brochure.Changes, brochure.ContentTag })
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return false;
        }

        var documents = scope.ServiceProvider.GetRequiredService<BrochureDocuments>();
        var content = await BrochureContent.LoadAsync(db, next.ProgrammeId, cancellationToken);
        if (content!.Tag == next.ContentTag)
        {
            // A reader's request rendered it first.
            await documents.MarkCurrentAsync(next.ProgrammeId, next.Changes, cancellationToken);
            return true;
        }

        await documents.RenderAsync(content, next.Changes, cancellationToken);
        logger.LogInformation("Rendered the brochure of programme {ProgrammeId} after change {Changes}", next.ProgrammeId, next.Changes);
        return true;
    }
}
