using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingCalls.Data.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryActorThemesAndEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "public_email",
                table: "directory_actors",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "themes",
                table: "directory_actors",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "public_email",
                table: "directory_actors");

            migrationBuilder.DropColumn(
                name: "themes",
                table: "directory_actors");
        }
    }
}
