using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventsCalendar.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganiserRevisionAndLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "territory_code",
                table: "organisers",
                newName: "commune_code");

            migrationBuilder.AddColumn<string>(
                name: "department_code",
                table: "organisers",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "epci_code",
                table: "organisers",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "region_code",
                table: "organisers",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "revision",
                table: "organisers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Until the directory's next news of each actor, the department is read from the commune code.
            migrationBuilder.Sql("""
                UPDATE organisers SET department_code = CASE WHEN commune_code LIKE '97%' THEN left(commune_code, 3) ELSE left(commune_code, 2) END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "department_code",
                table: "organisers");

            migrationBuilder.DropColumn(
                name: "epci_code",
                table: "organisers");

            migrationBuilder.DropColumn(
                name: "region_code",
                table: "organisers");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "organisers");

            migrationBuilder.RenameColumn(
                name: "commune_code",
                table: "organisers",
                newName: "territory_code");
        }
    }
}
