using System.Text;
using Communications.Brochures;
using Communications.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ssi.ServiceDefaults.Http;

namespace Communications.Endpoints;

/// <summary>
/// The printable programme of a calendar programme, in French: an HTML page with print styles and
/// its A4 PDF, both public. They are served as last rendered when that still shows the programme's
/// content, which the ETag names.
/// </summary>
public static class BrochureEndpoints
{
    private const int FirstEdition = 1998;
    private const int LastEdition = 2100;

    public static IEndpointRouteBuilder MapBrochureEndpoints(this IEndpointRouteBuilder app)
    {
        var brochures = app.MapGroup("/programmes/{programmeId:guid}").WithTags("Brochures");
        brochures.MapGet("/brochure", GetBrochureHtml).WithName("GetBrochure").Produces(StatusCodes.Status200OK, contentType: "text/html").AllowAnonymous();
        brochures.MapGet("/brochure.pdf", GetBrochurePdf).WithName("GetBrochurePdf").Produces(StatusCodes.Status200OK, contentType: "application/pdf").AllowAnonymous();
        return app;
    }

    public static async Task<Results<ContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetBrochureHtml(
        Guid programmeId, int? edition, HttpContext context, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        var (content, problem) = await LoadAsync(programmeId, edition, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (HttpCaching.IsNotModified(context, content!.Tag, HttpCaching.Revalidate))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var stored = await db.Brochures.AsNoTracking().Where(brochure => brochure.ProgrammeId == programmeId && brochure.ContentTag == content.Tag)
            .Select(brochure => brochure.Html).SingleOrDefaultAsync(cancellationToken);
        return TypedResults.Text(stored ?? BrochureHtml.Render(content), "text/html", Encoding.UTF8);
    }

    /// <remarks>A brochure whose content changed since its last rendering is printed now, behind any print already running.</remarks>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetBrochurePdf(
        Guid programmeId, int? edition, HttpContext context, CommunicationsDbContext db, BrochureDocuments documents, CancellationToken cancellationToken)
    {
        var (content, problem) = await LoadAsync(programmeId, edition, db, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (HttpCaching.IsNotModified(context, content!.Tag, HttpCaching.Revalidate))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var pdf = await db.Brochures.AsNoTracking().Where(brochure => brochure.ProgrammeId == programmeId && brochure.ContentTag == content.Tag)
                .Select(brochure => brochure.Pdf).SingleOrDefaultAsync(cancellationToken)
            ?? await documents.RenderAsync(content, changes: 0, cancellationToken);
        return TypedResults.File(pdf, "application/pdf", $"programme-{content.Cover.EditionYear}.pdf");
    }

    private static async Task<(BrochureContent? Content, ProblemHttpResult? Problem)> LoadAsync(
        Guid programmeId, int? edition, CommunicationsDbContext db, CancellationToken cancellationToken)
    {
        if (edition is < FirstEdition or > LastEdition)
        {
            return (null, Problems.BadRequest($"edition is a year of the festival, from {FirstEdition} to {LastEdition}."));
        }

        var content = await BrochureContent.LoadAsync(db, programmeId, cancellationToken);
        if (content is null || (edition is not null && content.Cover.EditionYear != edition))
        {
            return (null, Problems.NotFound(content is null
                ? $"No programme has the id {programmeId}."
                : $"The programme {programmeId} belongs to the {content.Cover.EditionYear} edition, not {edition}."));
        }

        return (content, null);
    }
}
