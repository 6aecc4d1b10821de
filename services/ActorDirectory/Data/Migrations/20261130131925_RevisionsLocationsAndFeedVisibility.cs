using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActorDirectory.Data.Migrations
{
    /// <inheritdoc />
    public partial class RevisionsLocationsAndFeedVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "department_code",
                table: "collectives",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "epci_code",
                table: "collectives",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "region_code",
                table: "collectives",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "visibility",
                table: "changes",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "actors",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            // The index on (commune_code, edition) stays, from the Initial migration: EF Core cannot
            // declare one on a complex property. Collectives get the territories above their commune,
            // and past contact changes the visibility their contact has now (erased ones stay hidden).
            migrationBuilder.Sql("""
                UPDATE collectives c SET epci_code = t.epci_code, department_code = t.department_code, region_code = t.region_code
                  FROM territories t WHERE t.kind = 'Commune' AND t.code = c.commune_code;
                UPDATE changes ch SET visibility = ct.visibility
                  FROM contacts ct WHERE ch.entity_type = 'contact' AND ch.entity_id = ct.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "department_code",
                table: "collectives");

            migrationBuilder.DropColumn(
                name: "epci_code",
                table: "collectives");

            migrationBuilder.DropColumn(
                name: "region_code",
                table: "collectives");

            migrationBuilder.DropColumn(
                name: "visibility",
                table: "changes");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "actors");

        }
    }
}
