using Communications.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Communications.Data;

internal sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> builder)
    {
        builder.ToTable("templates");
        builder.HasKey(template => template.Id);
        builder.Property(template => template.Id).ValueGeneratedNever();
        builder.ComplexProperty(template => template.Sender, SenderConfiguration.Configure);
        builder.Property(template => template.Name).HasMaxLength(MessageTemplate.NameMaxLength);
        builder.Property(template => template.Subject).HasMaxLength(MessageTemplate.SubjectMaxLength);
        builder.Property(template => template.HtmlBody).HasMaxLength(MessageTemplate.HtmlMaxLength);
        builder.Property(template => template.TextBody).HasMaxLength(MessageTemplate.TextMaxLength);
        builder.Property(template => template.Version).IsRowVersion();
    }
}
