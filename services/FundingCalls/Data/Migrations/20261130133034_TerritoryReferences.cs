using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingCalls.Data.Migrations
{
    /// <inheritdoc />
    public partial class TerritoryReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "territory_code",
                table: "funding_calls",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(9)",
                oldMaxLength: 9);

            // Bare codes become the references the API now answers with, read by their shape as before.
            migrationBuilder.Sql("""
                UPDATE funding_calls SET territory_code = CASE
                    WHEN territory_code LIKE '%:%' THEN territory_code
                    WHEN length(territory_code) = 5 THEN 'commune:' || territory_code
                    WHEN length(territory_code) = 9 THEN 'epci:' || territory_code
                    ELSE 'department:' || territory_code END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "territory_code",
                table: "funding_calls",
                type: "character varying(9)",
                maxLength: 9,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(24)",
                oldMaxLength: 24);
        }
    }
}
