using Communications.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Ssi.Contracts.EventsCalendar;

namespace Communications.IntegrationEvents;

/// <summary>Learns a calendar programme's name, edition and theme, which its brochure's cover shows.</summary>
public sealed class ProgrammeDeclaredConsumer(CommunicationsDbContext db, ProgrammeEntries entries) : IConsumer<ProgrammeDeclared>
{
    public async Task Consume(ConsumeContext<ProgrammeDeclared> context)
    {
        var message = context.Message;
        var declared = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO programmes (programme_id, edition_year, edition_name, national_theme, territory, name, coordinating_actor_name, local_theme,
                                    starts_on, ends_on, declared_at)
            VALUES ({message.ProgrammeId}, {message.EditionYear}, {StorableText.Of(message.EditionName)}, {StorableText.OfOptional(message.NationalTheme)},
                    {message.Territory}, {StorableText.Of(message.Name)}, {StorableText.Of(message.CoordinatingActorName)},
                    {StorableText.OfOptional(message.LocalTheme)}, {message.StartsOn}, {message.EndsOn}, {message.OccurredAt.ToUniversalTime()})
            ON CONFLICT (programme_id) DO NOTHING
            """, context.CancellationToken);
        if (declared > 0)
        {
            await entries.CountChangeAsync(message.ProgrammeId, context.CancellationToken);
        }
    }
}
