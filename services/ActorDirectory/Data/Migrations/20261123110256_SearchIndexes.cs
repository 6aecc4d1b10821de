using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActorDirectory.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Territory filters are equalities on the location columns that actors and offers copy
            // from their commune; EF Core does not index complex-type columns itself.
            foreach (var table in new[] { "actors", "offers" })
            {
                foreach (var column in new[] { "commune_code", "epci_code", "department_code", "region_code" })
                {
                    migrationBuilder.Sql($"CREATE INDEX ix_{table}_{column} ON {table} ({column});");
                }
            }

            migrationBuilder.CreateIndex(
                name: "ix_changes_transaction_id_sequence",
                table: "changes",
                columns: new[] { "transaction_id", "sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "actors", "offers" })
            {
                foreach (var column in new[] { "commune_code", "epci_code", "department_code", "region_code" })
                {
                    migrationBuilder.Sql($"DROP INDEX ix_{table}_{column};");
                }
            }

            migrationBuilder.DropIndex(
                name: "ix_changes_transaction_id_sequence",
                table: "changes");
        }
    }
}
