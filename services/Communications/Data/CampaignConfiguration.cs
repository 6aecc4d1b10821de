using Communications.Domain.Campaigns;
using Communications.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Data;

namespace Communications.Data;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(campaign => campaign.Id);
        builder.Property(campaign => campaign.Id).ValueGeneratedNever();
        builder.ComplexProperty(campaign => campaign.Sender, SenderConfiguration.Configure);
        builder.Property(campaign => campaign.Name).HasMaxLength(Campaign.NameMaxLength);
        builder.Property(campaign => campaign.SenderName).HasMaxLength(Campaign.NameMaxLength);
        builder.Property(campaign => campaign.ReplyTo).HasMaxLength(254);
        builder.Property(campaign => campaign.Audience).HasJsonColumn();
        builder.Property(campaign => campaign.Content).HasJsonColumn();
        builder.Property(campaign => campaign.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(campaign => campaign.CreatedBy).HasMaxLength(200);
        builder.Property(campaign => campaign.Version).IsRowVersion();
        builder.HasOne<MessageTemplate>().WithMany().HasForeignKey(campaign => campaign.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(campaign => new { campaign.Status, campaign.SendAt });
    }
}
