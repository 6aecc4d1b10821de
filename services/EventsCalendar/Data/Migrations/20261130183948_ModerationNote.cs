using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventsCalendar.Data.Migrations
{
    /// <inheritdoc />
    public partial class ModerationNote : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "moderation_note",
                table: "events",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "moderation_note",
                table: "events");
        }
    }
}
