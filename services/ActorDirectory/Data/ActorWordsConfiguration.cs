using ActorDirectory.Domain.Actors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class ActorWordsConfiguration : IEntityTypeConfiguration<ActorWords>
{
    public void Configure(EntityTypeBuilder<ActorWords> builder)
    {
        builder.ToTable("actor_words");
        builder.HasKey(words => words.ActorId);
        builder.HasOne<Actor>().WithOne().HasForeignKey<ActorWords>(words => words.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(words => words.Words).HasMethod("gin");
    }
}
