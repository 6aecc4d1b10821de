using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ActorDirectory.Data.Migrations
{
    /// <inheritdoc />
    public partial class TerritoryPostalCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_territories_postal_codes",
                table: "territories",
                column: "postal_codes")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_territories_postal_codes",
                table: "territories");
        }
    }
}
