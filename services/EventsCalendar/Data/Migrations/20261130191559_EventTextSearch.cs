using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventsCalendar.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "events",
                type: "text",
                nullable: false,
                defaultValue: "");

            // Events written before: searchable at once, without accents folded until their next edit.
            migrationBuilder.Sql("UPDATE events SET search_text = lower(title || ' ' || coalesce(summary, ''));");

            migrationBuilder.CreateIndex(
                name: "ix_events_search_text",
                table: "events",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_search_text",
                table: "events");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "events");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
