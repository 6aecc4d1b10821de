using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventsCalendar.Data.Migrations
{
    /// <inheritdoc />
    public partial class RichEventsAndVenues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_events_organiser_id",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_territory_code_starts_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "organiser_name",
                table: "events");

            migrationBuilder.DropColumn(
                name: "venue",
                table: "events");

            migrationBuilder.AddColumn<string>(
                name: "price_details",
                table: "events",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.RenameColumn(
                name: "territory_code",
                table: "events",
                newName: "commune_code");

            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "events",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(8000)",
                oldMaxLength: 8000,
                oldNullable: true);

            migrationBuilder.AddColumn<string[]>(
                name: "accessibility",
                table: "events",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "attendance_mode",
                table: "events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string[]>(
                name: "audiences",
                table: "events",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<string>(
                name: "cancellation_reason",
                table: "events",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "department_code",
                table: "events",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "description_html",
                table: "events",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "epci_code",
                table: "events",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                table: "events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_source",
                table: "events",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "image_alt",
                table: "events",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "image_url",
                table: "events",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_free",
                table: "events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<string>>(
                name: "languages",
                table: "events",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<int>(
                name: "maximum_age",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "minimum_age",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "moderation",
                table: "events",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "online_url",
                table: "events",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid[]>(
                name: "partner_ids",
                table: "events",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.AddColumn<Guid>(
                name: "programme_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "refusal_reason",
                table: "events",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "region_code",
                table: "events",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "registration_capacity",
                table: "events",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "registration_email",
                table: "events",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "registration_phone",
                table: "events",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "registration_url",
                table: "events",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "revision_count",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "sequence",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "events",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "themes",
                table: "events",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "events",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<Guid>(
                name: "venue_id",
                table: "events",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "event_revisions",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    author = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_revisions", x => new { x.event_id, x.number });
                    table.ForeignKey(
                        name: "fk_event_revisions_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_slots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_slots", x => x.id);
                    table.ForeignKey(
                        name: "fk_event_slots_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "venues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    accessibility = table.Column<string[]>(type: "text[]", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    identity_key = table.Column<string>(type: "character varying(510)", maxLength: 510, nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    epci_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_venues", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_organiser_id_external_source_external_id",
                table: "events",
                columns: new[] { "organiser_id", "external_source", "external_id" },
                unique: true,
                filter: "external_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_events_programme_id",
                table: "events",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_starts_at_id",
                table: "events",
                columns: new[] { "starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_venue_id",
                table: "events",
                column: "venue_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_slots_event_id",
                table: "event_slots",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_slots_starts_at_ends_at",
                table: "event_slots",
                columns: new[] { "starts_at", "ends_at" });

            migrationBuilder.CreateIndex(
                name: "ix_venues_identity_key",
                table: "venues",
                column: "identity_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_venues_name_id",
                table: "venues",
                columns: new[] { "name", "id" });

            migrationBuilder.AddForeignKey(
                name: "fk_events_programmes_programme_id",
                table: "events",
                column: "programme_id",
                principalTable: "programmes",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_events_venues_venue_id",
                table: "events",
                column: "venue_id",
                principalTable: "venues",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // Events written before slots, venues and moderation: one slot each, their commune's
            // place taken from the organiser when it is based there, shown as they were.
            migrationBuilder.Sql("""
                INSERT INTO event_slots (id, event_id, starts_at, ends_at, is_cancelled)
                SELECT gen_random_uuid(), id, starts_at, ends_at, false FROM events;
                UPDATE events e
                   SET moderation = CASE WHEN e.status = 'Published' THEN 'Published' ELSE 'Draft' END,
                       status = 'Scheduled', kind = 'Other', attendance_mode = 'InPerson', is_free = true,
                       revision = 1, revision_count = 1, updated_at = e.created_at,
                       epci_code = o.epci_code,
                       department_code = COALESCE(o.department_code, left(e.commune_code, 2)),
                       region_code = COALESCE(o.region_code, '')
                  FROM organisers o
                 WHERE o.actor_id = e.organiser_id;
                """);

            // A programme of any level reads its published events in time order by one index.
            foreach (var level in new[] { "commune", "epci", "department", "region" })
            {
                migrationBuilder.Sql($"CREATE INDEX ix_events_{level}_code_starts_at_id ON events ({level}_code, starts_at, id) WHERE moderation = 'Published';");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_events_programmes_programme_id",
                table: "events");

            migrationBuilder.DropForeignKey(
                name: "fk_events_venues_venue_id",
                table: "events");

            migrationBuilder.DropTable(
                name: "event_revisions");

            migrationBuilder.DropTable(
                name: "event_slots");

            migrationBuilder.DropTable(
                name: "venues");

            migrationBuilder.DropIndex(
                name: "ix_events_organiser_id_external_source_external_id",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_programme_id",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_starts_at_id",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_venue_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "accessibility",
                table: "events");

            migrationBuilder.DropColumn(
                name: "attendance_mode",
                table: "events");

            migrationBuilder.DropColumn(
                name: "audiences",
                table: "events");

            migrationBuilder.DropColumn(
                name: "cancellation_reason",
                table: "events");

            migrationBuilder.DropColumn(
                name: "department_code",
                table: "events");

            migrationBuilder.DropColumn(
                name: "description_html",
                table: "events");

            migrationBuilder.DropColumn(
                name: "epci_code",
                table: "events");

            migrationBuilder.DropColumn(
                name: "external_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "external_source",
                table: "events");

            migrationBuilder.DropColumn(
                name: "image_alt",
                table: "events");

            migrationBuilder.DropColumn(
                name: "image_url",
                table: "events");

            migrationBuilder.DropColumn(
                name: "is_free",
                table: "events");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "events");

            migrationBuilder.DropColumn(
                name: "languages",
                table: "events");

            migrationBuilder.DropColumn(
                name: "maximum_age",
                table: "events");

            migrationBuilder.DropColumn(
                name: "minimum_age",
                table: "events");

            migrationBuilder.DropColumn(
                name: "moderation",
                table: "events");

            migrationBuilder.DropColumn(
                name: "online_url",
                table: "events");

            migrationBuilder.DropColumn(
                name: "partner_ids",
                table: "events");

            migrationBuilder.DropColumn(
                name: "programme_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "refusal_reason",
                table: "events");

            migrationBuilder.DropColumn(
                name: "region_code",
                table: "events");

            migrationBuilder.DropColumn(
                name: "registration_capacity",
                table: "events");

            migrationBuilder.DropColumn(
                name: "registration_email",
                table: "events");

            migrationBuilder.DropColumn(
                name: "registration_phone",
                table: "events");

            migrationBuilder.DropColumn(
                name: "registration_url",
                table: "events");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "events");

            migrationBuilder.DropColumn(
                name: "revision_count",
                table: "events");

            migrationBuilder.DropColumn(
                name: "sequence",
                table: "events");

            migrationBuilder.DropColumn(
                name: "summary",
                table: "events");

            migrationBuilder.DropColumn(
                name: "themes",
                table: "events");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "events");

            migrationBuilder.DropColumn(
                name: "venue_id",
                table: "events");

            migrationBuilder.DropColumn(
                name: "price_details",
                table: "events");

            migrationBuilder.AddColumn<string>(
                name: "venue",
                table: "events",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.RenameColumn(
                name: "commune_code",
                table: "events",
                newName: "territory_code");

            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "events",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20000)",
                oldMaxLength: 20000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "organiser_name",
                table: "events",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "ix_events_organiser_id",
                table: "events",
                column: "organiser_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_territory_code_starts_at",
                table: "events",
                columns: new[] { "territory_code", "starts_at" });
        }
    }
}
