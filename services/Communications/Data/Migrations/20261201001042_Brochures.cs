using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Communications.Data.Migrations
{
    /// <inheritdoc />
    public partial class Brochures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "accessibility",
                table: "programme_entries",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "cancelled_at",
                table: "programme_entries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "partners",
                table: "programme_entries",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<Guid>(
                name: "programme_id",
                table: "programme_entries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<DateTimeOffset>>(
                name: "slot_ends",
                table: "programme_entries",
                type: "timestamp with time zone[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<DateTimeOffset>>(
                name: "slot_starts",
                table: "programme_entries",
                type: "timestamp with time zone[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "stated_at",
                table: "programme_entries",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "programme_entries",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "programme_entries",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "venue_address",
                table: "programme_entries",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "venue_name",
                table: "programme_entries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Entries from before: one slot from their start to their end, as stated at their publication.
            migrationBuilder.Sql("""
                UPDATE programme_entries
                   SET stated_at = published_at, status = 'scheduled', slot_starts = ARRAY[starts_at], slot_ends = ARRAY[ends_at];
                ALTER TABLE programme_entries
                    ALTER COLUMN accessibility DROP DEFAULT, ALTER COLUMN partners DROP DEFAULT,
                    ALTER COLUMN slot_starts DROP DEFAULT, ALTER COLUMN slot_ends DROP DEFAULT,
                    ALTER COLUMN stated_at DROP DEFAULT, ALTER COLUMN status DROP DEFAULT;
                """);

            migrationBuilder.CreateTable(
                name: "brochures",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    changes = table.Column<long>(type: "bigint", nullable: false),
                    rendered_changes = table.Column<long>(type: "bigint", nullable: false),
                    content_tag = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    html = table.Column<string>(type: "text", nullable: true),
                    pdf = table.Column<byte[]>(type: "bytea", nullable: true),
                    rendered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_brochures", x => x.programme_id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    programme_id = table.Column<Guid>(type: "uuid", nullable: false),
                    edition_year = table.Column<int>(type: "integer", nullable: false),
                    edition_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    national_theme = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    territory = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    coordinating_actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    local_theme = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.programme_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_programme_entries_programme_id",
                table: "programme_entries",
                column: "programme_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "brochures");

            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropIndex(
                name: "ix_programme_entries_programme_id",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "accessibility",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "cancelled_at",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "partners",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "programme_id",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "slot_ends",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "slot_starts",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "stated_at",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "status",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "summary",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "venue_address",
                table: "programme_entries");

            migrationBuilder.DropColumn(
                name: "venue_name",
                table: "programme_entries");
        }
    }
}
