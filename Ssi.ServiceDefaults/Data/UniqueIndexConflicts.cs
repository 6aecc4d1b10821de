using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ssi.ServiceDefaults.Data;

/// <summary>Recognises a write that lost a race against a unique index, to answer 409 instead of 500.</summary>
public static class UniqueIndexConflicts
{
    public static bool Violates(this DbUpdateException exception, string indexName) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && postgres.ConstraintName == indexName;
}
