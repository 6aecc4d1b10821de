using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ActorDirectory.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "actors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    search_text = table.Column<string>(type: "character varying(4201)", maxLength: 4201, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    themes = table.Column<List<string>>(type: "text[]", nullable: false),
                    served_areas = table.Column<List<string>>(type: "text[]", nullable: false),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    public_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    public_phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    siren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    rna = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    is_international_solidarity = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    address_city = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_postal_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    address_street = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    epci_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "changes",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    entity_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    transaction_id = table.Column<ulong>(type: "xid8", nullable: false, defaultValueSql: "pg_current_xact_id()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_changes", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    body = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "territories",
                columns: table => new
                {
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    search_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    siren = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    population = table.Column<int>(type: "integer", nullable: true),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    epci_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    epci_type = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    zone = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    postal_codes = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_territories", x => new { x.kind, x.code });
                });

            migrationBuilder.CreateTable(
                name: "collectives",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    coordinator_actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    edition = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collectives", x => x.id);
                    table.ForeignKey(
                        name: "fk_collectives_actors_coordinator_actor_id",
                        column: x => x.coordinator_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    function = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    visibility = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    consent_given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    consent_source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "offers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    is_withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    epci_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offers", x => x.id);
                    table.ForeignKey(
                        name: "fk_offers_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sponsorships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentee_actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    edition = table.Column<int>(type: "integer", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sponsorships", x => x.id);
                    table.CheckConstraint("ck_sponsorships_not_self", "mentor_actor_id <> mentee_actor_id");
                    table.ForeignKey(
                        name: "fk_sponsorships_actors_mentee_actor_id",
                        column: x => x.mentee_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sponsorships_actors_mentor_actor_id",
                        column: x => x.mentor_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collective_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    collective_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    citizen_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    charter_signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    roles = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collective_members", x => x.id);
                    table.CheckConstraint("ck_collective_members_actor_or_citizen", "(actor_id IS NULL) <> (citizen_name IS NULL)");
                    table.ForeignKey(
                        name: "fk_collective_members_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_collective_members_collectives_collective_id",
                        column: x => x.collective_id,
                        principalTable: "collectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "working_group",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    collective_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    purpose = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    lead_actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_actor_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_group", x => x.id);
                    table.ForeignKey(
                        name: "fk_working_group_actors_lead_actor_id",
                        column: x => x.lead_actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_working_group_collectives_collective_id",
                        column: x => x.collective_id,
                        principalTable: "collectives",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "offer_availabilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    offer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_offer_availabilities", x => x.id);
                    table.ForeignKey(
                        name: "fk_offer_availabilities_offers_offer_id",
                        column: x => x.offer_id,
                        principalTable: "offers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_actors_name_id",
                table: "actors",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_actors_rna",
                table: "actors",
                column: "rna",
                unique: true,
                filter: "rna IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_actors_search_text",
                table: "actors",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_actors_siren",
                table: "actors",
                column: "siren",
                unique: true,
                filter: "siren IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_actors_themes",
                table: "actors",
                column: "themes")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_changes_entity_type_entity_id",
                table: "changes",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_collective_members_actor_id",
                table: "collective_members",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_collective_members_one_open_membership",
                table: "collective_members",
                columns: new[] { "collective_id", "actor_id" },
                unique: true,
                filter: "left_on IS NULL AND actor_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_collectives_commune_code_edition",
                table: "collectives",
                columns: new[] { "commune_code", "edition" });

            migrationBuilder.CreateIndex(
                name: "ix_collectives_coordinator_actor_id",
                table: "collectives",
                column: "coordinator_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_actor_id",
                table: "contacts",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_received_at",
                table: "inbox_messages",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_offer_availabilities_offer_id_starts_at_ends_at",
                table: "offer_availabilities",
                columns: new[] { "offer_id", "starts_at", "ends_at" });

            migrationBuilder.CreateIndex(
                name: "ix_offers_actor_id",
                table: "offers",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_offers_kind_capacity",
                table: "offers",
                columns: new[] { "kind", "capacity" });

            migrationBuilder.CreateIndex(
                name: "ix_offers_tags",
                table: "offers",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_delivered_at",
                table: "outbox_messages",
                column: "delivered_at",
                filter: "delivered_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "id",
                filter: "delivered_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sponsorships_mentee_actor_id_edition",
                table: "sponsorships",
                columns: new[] { "mentee_actor_id", "edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sponsorships_mentor_actor_id",
                table: "sponsorships",
                column: "mentor_actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_territories_kind_department_code",
                table: "territories",
                columns: new[] { "kind", "department_code" });

            migrationBuilder.CreateIndex(
                name: "ix_territories_kind_epci_code",
                table: "territories",
                columns: new[] { "kind", "epci_code" });

            migrationBuilder.CreateIndex(
                name: "ix_territories_kind_region_code",
                table: "territories",
                columns: new[] { "kind", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ix_territories_search_name",
                table: "territories",
                column: "search_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_working_group_collective_id",
                table: "working_group",
                column: "collective_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_group_lead_actor_id",
                table: "working_group",
                column: "lead_actor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "changes");

            migrationBuilder.DropTable(
                name: "collective_members");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "offer_availabilities");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "sponsorships");

            migrationBuilder.DropTable(
                name: "territories");

            migrationBuilder.DropTable(
                name: "working_group");

            migrationBuilder.DropTable(
                name: "offers");

            migrationBuilder.DropTable(
                name: "collectives");

            migrationBuilder.DropTable(
                name: "actors");
        }
    }
}
