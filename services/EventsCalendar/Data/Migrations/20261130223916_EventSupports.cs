using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventsCalendar.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventSupports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "event_supports",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    funder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    funder_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    deliberation_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_supports", x => new { x.event_id, x.grant_id });
                    table.ForeignKey(
                        name: "fk_event_supports_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_supports");
        }
    }
}
