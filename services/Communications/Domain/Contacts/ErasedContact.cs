namespace Communications.Domain.Contacts;

/// <summary>
/// A contact erased by the directory (ids only), so that news of them arriving late (a
/// <c>ContactChanged</c> redelivered after the erasure) never brings the person back.
/// </summary>
public sealed class ErasedContact
{
    private ErasedContact()
    {
    }

    public ErasedContact(Guid contactId, DateTimeOffset erasedAt)
    {
        ContactId = contactId;
        ErasedAt = erasedAt.ToUniversalTime();
    }

    public Guid ContactId { get; private set; }

    public DateTimeOffset ErasedAt { get; private set; }
}
