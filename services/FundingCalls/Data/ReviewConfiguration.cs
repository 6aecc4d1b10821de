using Ssi.ServiceDefaults.Data;
using FundingCalls.Domain.Applications;
using FundingCalls.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FundingCalls.Data;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public const string OneReviewPerReviewerIndex = "ix_reviews_application_id_reviewer_subject";

    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.Property(review => review.ReviewerSubject).HasMaxLength(200);
        builder.Property(review => review.ReviewerName).HasMaxLength(200);
        builder.Property(review => review.AssignedBy).HasMaxLength(200);
        builder.Property(review => review.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(review => review.RecusalReason).HasMaxLength(Review.CommentMaxLength);
        builder.Property(review => review.Comment).HasMaxLength(Review.CommentMaxLength);
        builder.Property(review => review.Scores).HasJsonColumn();
        builder.Property(review => review.Version).IsRowVersion();
        builder.HasOne<GrantApplication>().WithMany().HasForeignKey(review => review.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(review => new { review.ApplicationId, review.ReviewerSubject }).IsUnique().HasDatabaseName(OneReviewPerReviewerIndex);
        builder.HasIndex(review => new { review.ReviewerSubject, review.CallId });
        builder.HasIndex(review => review.CallId);
    }
}
