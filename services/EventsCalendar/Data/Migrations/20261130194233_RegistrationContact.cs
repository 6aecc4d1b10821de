using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventsCalendar.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationContact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "registration_contact_id",
                table: "events",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "registration_contact_id",
                table: "events");
        }
    }
}
