using Communications.Domain.Senders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Communications.Data;

internal static class SenderConfiguration
{
    public static void Configure(ComplexPropertyBuilder<Sender> sender)
    {
        sender.Property(s => s.Territory).HasColumnName("sender_territory").HasMaxLength(40);
        sender.Property(s => s.FunderId).HasColumnName("sender_funder_id");
        sender.Ignore(s => s.TerritoryReference);
    }
}
