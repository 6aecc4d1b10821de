using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ActorDirectory.Data;

internal sealed class VocabularyWordConfiguration : IEntityTypeConfiguration<VocabularyWord>
{
    public void Configure(EntityTypeBuilder<VocabularyWord> builder)
    {
        builder.ToTable("search_vocabulary");
        builder.HasKey(vocabulary => vocabulary.Word);
        builder.HasIndex(vocabulary => vocabulary.Word).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
