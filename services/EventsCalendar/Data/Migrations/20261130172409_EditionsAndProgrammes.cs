using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventsCalendar.Data.Migrations
{
    /// <inheritdoc />
    public partial class EditionsAndProgrammes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "editions",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    national_theme = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_editions", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    edition_year = table.Column<int>(type: "integer", nullable: false),
                    territory_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    territory_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    coordinating_actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_theme = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    requires_moderation = table.Column<bool>(type: "boolean", nullable: false),
                    coordinators = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                    table.ForeignKey(
                        name: "fk_programmes_editions_edition_year",
                        column: x => x.edition_year,
                        principalTable: "editions",
                        principalColumn: "year",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_programmes_organisers_coordinating_actor_id",
                        column: x => x.coordinating_actor_id,
                        principalTable: "organisers",
                        principalColumn: "actor_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_programmes_coordinating_actor_id",
                table: "programmes",
                column: "coordinating_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_edition_year_name_id",
                table: "programmes",
                columns: new[] { "edition_year", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_programmes_edition_year_territory_kind_territory_code",
                table: "programmes",
                columns: new[] { "edition_year", "territory_kind", "territory_code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropTable(
                name: "editions");
        }
    }
}
