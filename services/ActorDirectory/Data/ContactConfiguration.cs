using ActorDirectory.Domain.Actors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(contact => contact.FullName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(contact => contact.Function).HasMaxLength(200);
        builder.Property(contact => contact.Email).HasMaxLength(254);
        builder.Property(contact => contact.Phone).HasMaxLength(32);
        builder.Property(contact => contact.Visibility).HasConversion<string>().HasMaxLength(16);
        builder.Property(contact => contact.LegalBasis).HasConversion<string>().HasMaxLength(32);
        builder.Property(contact => contact.ConsentSource).HasMaxLength(300);
        builder.Property(contact => contact.Version).IsRowVersion();
    }
}
