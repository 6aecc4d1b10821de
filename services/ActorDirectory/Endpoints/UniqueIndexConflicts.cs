using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ActorDirectory.Endpoints;

/// <summary>Recognises a write that lost a race against a unique index, to answer 409 instead of 500.</summary>
internal static class UniqueIndexConflicts
{
    public static bool Violates(this DbUpdateException exception, string indexName) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && postgres.ConstraintName == indexName;
}
