using Communications.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Communications.Data;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(contact => contact.ContactId);
        builder.Property(contact => contact.ContactId).ValueGeneratedNever();
        builder.Property(contact => contact.FullName).HasMaxLength(200);
        builder.Property(contact => contact.Function).HasMaxLength(200);
        builder.Property(contact => contact.Email).HasMaxLength(254);
        builder.Property(contact => contact.Visibility).HasMaxLength(16);
        builder.Property(contact => contact.LegalBasis).HasMaxLength(32);
        builder.HasIndex(contact => contact.ActorId);
        builder.HasIndex(contact => contact.Email);
    }
}

internal sealed class ErasedContactConfiguration : IEntityTypeConfiguration<ErasedContact>
{
    public void Configure(EntityTypeBuilder<ErasedContact> builder)
    {
        builder.ToTable("erased_contacts");
        builder.HasKey(contact => contact.ContactId);
        builder.Property(contact => contact.ContactId).ValueGeneratedNever();
    }
}
