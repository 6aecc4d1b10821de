using EventsCalendar.Domain.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Ssi.ServiceDefaults.Publishing;

namespace EventsCalendar.Data;

internal sealed class CalendarChangeConfiguration : IEntityTypeConfiguration<CalendarChange>
{
    public void Configure(EntityTypeBuilder<CalendarChange> builder)
    {
        builder.ToTable("changes");
        ChangeFeed.ConfigureFeedOrder(builder);
    }
}
