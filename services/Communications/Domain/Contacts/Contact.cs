namespace Communications.Domain.Contacts;

/// <summary>
/// A contact person of an actor, as the directory published them (<c>ContactChanged</c>):
/// personal data kept only to write to them within what <see cref="Visibility"/> and
/// <see cref="LegalBasis"/> allow, and forgotten on <c>ContactErased</c>.
/// </summary>
public sealed class Contact
{
    private Contact()
    {
    }

    public Guid ContactId { get; private set; }

    public Guid ActorId { get; private set; }

    public string FullName { get; private set; } = "";

    public string? Function { get; private set; }

    public string? Email { get; private set; }

    /// <summary><c>public</c>, <c>members</c> or <c>private</c>, as the directory spells it.</summary>
    public string Visibility { get; private set; } = "";

    /// <summary><c>consent</c>, <c>legitimate-interest</c>, <c>contract</c> or <c>public-task</c>.</summary>
    public string LegalBasis { get; private set; } = "";

    /// <summary>When the directory last changed the contact; older news never overwrites newer.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
}
