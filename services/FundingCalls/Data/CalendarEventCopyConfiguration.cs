using FundingCalls.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingCalls.Data;

internal sealed class CalendarEventCopyConfiguration : IEntityTypeConfiguration<CalendarEventCopy>
{
    public void Configure(EntityTypeBuilder<CalendarEventCopy> builder)
    {
        builder.ToTable("calendar_events");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(300);
        builder.Property(e => e.CommuneCode).HasMaxLength(5);
        builder.PrimitiveCollection(e => e.PartnerIds);
    }
}
