using System.Security.Claims;
using System.Text.Json;
using ActorDirectory.Data;
using ActorDirectory.Domain.Actors;
using ActorDirectory.Domain.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.ActorDirectory;
using Ssi.Messaging;
using Ssi.Messaging.Outbox;
using Ssi.ServiceDefaults.Data;
using Ssi.ServiceDefaults.Http;

namespace ActorDirectory.Endpoints;

/// <summary>
/// An actor's contact persons: personal data, shown by visibility (<see cref="ContactAccess"/>),
/// recorded and erased by the actor's members. A contact someone may not see answers 404, so that
/// its existence does not leak; a write by someone who may not manage the actor's contacts answers 403.
/// </summary>
public static class ContactEndpoints
{
    public const string GetContactRoute = "GetContact";

    public static IEndpointRouteBuilder MapContactEndpoints(this IEndpointRouteBuilder app)
    {
        var contacts = app.MapGroup("/actors/{actorId:guid}/contacts").WithTags("Contacts");
        contacts.MapGet("/", ListContacts).WithName("ListContacts")
            .WithSummary("List the actor's contact persons the caller may see")
            .WithDescription("Anonymous readers see public contacts; coordinators of the actor's territory also those shared with members; the actor's members and admins all of them.").AllowAnonymous();
        contacts.MapGet("/{contactId:guid}", GetContact).WithName(GetContactRoute)
            .WithSummary("Read a contact person").AllowAnonymous();
        contacts.MapPost("/", AddContact).WithName("AddContact")
            .WithSummary("Record a contact person, with the basis on which the directory holds their data")
            .RequireAuthorization();
        contacts.MapPut("/{contactId:guid}", UpdateContact).WithName("UpdateContact")
            .WithSummary("Replace a contact person's details")
            .WithDescription("Requires If-Match with the contact's ETag: 428 without it, 412 when the contact changed since.")
            .RequireAuthorization();
        contacts.MapDelete("/{contactId:guid}", EraseContact).WithName("EraseContact")
            .WithSummary("Erase a contact person for good (GDPR right to erasure)")
            .WithDescription("Deletes the person's data from the directory: no soft delete, no copy; the changes feed keeps an 'erased' line with the ids only. Publishes ContactErased so that other services forget the person too.")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<Page<ContactResponse>>, ProblemHttpResult>> ListContacts(
        Guid actorId,
        int? limit,
        string? cursor,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        if (!PageCursor.TryGetLimit(limit, out var pageSize))
        {
            return Problems.InvalidLimit();
        }

        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == actorId, cancellationToken);
        if (actor is null)
        {
            return Problems.NotFound($"No actor has the id {actorId}.");
        }

        var visible = ContactAccess.VisibilitiesFor(user, actor).ToList();
        var query = db.Contacts.AsNoTracking().Where(contact => contact.ActorId == actorId && visible.Contains(contact.Visibility));
        if (cursor is not null)
        {
            if (!PageCursor.TryDecodeId(cursor, out var after))
            {
                return Problems.InvalidCursor();
            }

            query = query.Where(contact => contact.Id > after);
        }

        var page = await query.OrderBy(contact => contact.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var nextCursor = page.Count > pageSize ? PageCursor.Encode(page[pageSize - 1].Id.ToString()) : null;
        var withConsent = ContactAccess.CanManage(user, actorId);
        return TypedResults.Ok(new Page<ContactResponse>(
            page.Take(pageSize).Select(contact => ContactResponse.From(contact, withConsent)).ToList(), nextCursor));
    }

    public static async Task<Results<Ok<ContactResponse>, ProblemHttpResult>> GetContact(
        Guid actorId,
        Guid contactId,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == actorId, cancellationToken);
        var contact = actor is null ? null : await FindVisibleAsync(db, user, actor, contactId, cancellationToken);
        if (contact is null)
        {
            return ContactNotFound(actorId, contactId);
        }

        http.Response.SetETag(contact.Version);
        return TypedResults.Ok(ContactResponse.From(contact, ContactAccess.CanManage(user, actorId)));
    }

    public static async Task<Results<CreatedAtRoute<ContactResponse>, ValidationProblem, ProblemHttpResult>> AddContact(
        Guid actorId,
        ContactRequest request,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == actorId, cancellationToken);
        if (actor is null)
        {
            return Problems.NotFound($"No actor has the id {actorId}.");
        }

        if (!ContactAccess.CanManage(user, actorId))
        {
            return CannotManage(actor);
        }

        if (actor.Status == ActorStatus.Archived)
        {
            return Problems.Conflict($"'{actor.Name}' is archived: it takes no new contacts.");
        }

        var now = clock.GetDatabaseNow();
        if (!request.TryGetDetails(now, out var details, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var contact = Contact.Add(actorId, details, now);
        db.Contacts.Add(contact);
        db.AddIntegrationEvent(ContactIntegrationEvents.Changed(contact, now));
        await SaveWithActorAsync(db, actorId, cancellationToken);

        http.Response.SetETag(contact.Version);
        return TypedResults.CreatedAtRoute(ContactResponse.From(contact, withConsent: true), GetContactRoute, new { actorId, contactId = contact.Id });
    }

    public static async Task<Results<Ok<ContactResponse>, ValidationProblem, ProblemHttpResult>> UpdateContact(
        Guid actorId,
        Guid contactId,
        ContactRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var (actor, contact, problem) = await FindContactToManageAsync(db, user, actorId, contactId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (EntityTags.CheckIfMatch(ifMatch, contact.Version, "contact") is { } precondition)
        {
            return precondition;
        }

        if (actor.Status == ActorStatus.Archived)
        {
            return Problems.Conflict($"'{actor.Name}' is archived: its contacts can only be erased.");
        }

        var now = clock.GetDatabaseNow();
        if (!request.TryGetDetails(now, out var details, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        contact.Edit(details, now);
        db.AddIntegrationEvent(ContactIntegrationEvents.Changed(contact, now));
        try
        {
            await SaveWithActorAsync(db, actorId, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EntityTags.Stale("contact");
        }

        http.Response.SetETag(contact.Version);
        return TypedResults.Ok(ContactResponse.From(contact, withConsent: true));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> EraseContact(
        Guid actorId,
        Guid contactId,
        ClaimsPrincipal user,
        DirectoryDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (actor, contact, problem) = await FindContactToManageAsync(db, user, actorId, contactId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetDatabaseNow();
        db.Contacts.Remove(contact);
        await ForgetAnnouncementsAsync(db, contact.Id, cancellationToken);
        db.AddIntegrationEvent(new ContactErased(contact.Id, actorId, now));
        try
        {
            await SaveWithActorAsync(db, actorId, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The contact changed while it was being erased: send the erasure again.");
        }

        return TypedResults.NoContent();
    }

    private static async Task<Contact?> FindVisibleAsync(DirectoryDbContext db, ClaimsPrincipal user, Actor actor, Guid contactId, CancellationToken cancellationToken)
    {
        var visible = ContactAccess.VisibilitiesFor(user, actor).ToList();
        return await db.Contacts.AsNoTracking()
            .SingleOrDefaultAsync(contact => contact.Id == contactId && contact.ActorId == actor.Id && visible.Contains(contact.Visibility), cancellationToken);
    }

    /// <summary>The actor and its contact, tracked for a change, when <paramref name="user"/> may manage them; otherwise the problem to answer.</summary>
    private static async Task<(Actor Actor, Contact Contact, ProblemHttpResult? Problem)> FindContactToManageAsync(
        DirectoryDbContext db, ClaimsPrincipal user, Guid actorId, Guid contactId, CancellationToken cancellationToken)
    {
        var actor = await db.Actors.AsNoTracking().SingleOrDefaultAsync(actor => actor.Id == actorId, cancellationToken);
        if (actor is null)
        {
            return (null!, null!, Problems.NotFound($"No actor has the id {actorId}."));
        }

        if (!ContactAccess.CanManage(user, actorId))
        {
            return (actor, null!, CannotManage(actor));
        }

        var contact = await db.Contacts.SingleOrDefaultAsync(contact => contact.Id == contactId && contact.ActorId == actorId, cancellationToken);
        return contact is null ? (actor, null!, ContactNotFound(actorId, contactId)) : (actor, contact, null);
    }

    /// <summary>
    /// Removes the contact's news (<see cref="ContactChanged"/>) from the outbox, pending or kept after
    /// delivery: they carry the person's data, which erasure must leave nowhere in the directory.
    /// </summary>
    private static async Task ForgetAnnouncementsAsync(DirectoryDbContext db, Guid contactId, CancellationToken cancellationToken)
    {
        var aboutContact = JsonSerializer.Serialize(new { contactId }, JsonSerializerOptions.Web);
        db.Set<OutboxMessage>().RemoveRange(await db.Set<OutboxMessage>()
            .Where(message => EF.Functions.JsonContains(message.Body, aboutContact))
            .ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Saves a change to an actor's contacts and, in the same transaction, rewrites the actor's row
    /// unchanged: PostgreSQL gives it a new xmin, so the actor's ETag changes with its contacts (they
    /// are part of its representation), while <c>updatedAt</c> keeps dating the profile itself.
    /// </summary>
    private static async Task SaveWithActorAsync(DirectoryDbContext db, Guid actorId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Actors.Where(actor => actor.Id == actorId)
            .ExecuteUpdateAsync(setters => setters.SetProperty(actor => actor.UpdatedAt, actor => actor.UpdatedAt), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static ProblemHttpResult CannotManage(Actor actor) =>
        Problems.Forbidden($"Only an admin or a member of '{actor.Name}' may record, change or erase its contacts.");

    private static ProblemHttpResult ContactNotFound(Guid actorId, Guid contactId) =>
        Problems.NotFound($"Actor {actorId} has no contact {contactId} that you may see.");
}
