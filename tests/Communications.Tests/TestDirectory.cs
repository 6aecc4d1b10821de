using Microsoft.EntityFrameworkCore;

namespace Communications.Tests;

/// <summary>
/// Arranges what communications knows of the directory straight in its tables, as its consumers
/// would have written it from the directory's events (those consumers have tests of their own).
/// </summary>
public static class TestDirectory
{
    public static async Task<Guid> AddActorAsync(CommunicationsFactory factory, string name, string kind, string communeCode, string? epciCode = null,
        string[]? themes = null, string? publicEmail = null, bool active = true)
    {
        var actorId = Guid.CreateVersion7();
        var department = communeCode[..2];
        var region = Ssi.ServiceDefaults.Territories.Regions.OfDepartment(department) ?? "";
        await factory.InScopeAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO directory_actors (actor_id, revision, name, kind, commune_code, epci_code, department_code, region_code, is_active, themes, public_email, updated_at)
            VALUES ({actorId}, 1, {name}, {kind}, {communeCode}, {epciCode}, {department}, {region}, {active}, {themes ?? []}, {publicEmail}, now())
            """, TestContext.Current.CancellationToken));
        return actorId;
    }

    public static async Task<Guid> AddContactAsync(CommunicationsFactory factory, Guid actorId, string fullName, string? email,
        string visibility = "public", string legalBasis = "consent", string? function = null)
    {
        var contactId = Guid.CreateVersion7();
        await factory.InScopeAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO contacts (contact_id, actor_id, full_name, function, email, visibility, legal_basis, updated_at)
            VALUES ({contactId}, {actorId}, {fullName}, {function}, {email}, {visibility}, {legalBasis}, now())
            """, TestContext.Current.CancellationToken));
        return contactId;
    }

    public static Task JoinCollectiveAsync(CommunicationsFactory factory, Guid collectiveId, Guid actorId, bool active = true) =>
        factory.InScopeAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO collective_memberships (member_id, collective_id, actor_id, is_active, updated_at)
            VALUES ({Guid.CreateVersion7()}, {collectiveId}, {actorId}, {active}, now())
            """, TestContext.Current.CancellationToken));

    /// <summary>An address no other test uses, so that a test reads only its own messages in the shared inbox.</summary>
    public static string Address(string who) => $"{who}.{Guid.NewGuid():N}@example.org";
}
