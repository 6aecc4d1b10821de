using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FundingCalls.Data.Migrations
{
    /// <inheritdoc />
    public partial class CallsApplicationsAndDueJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The bare calls of the first version named no funder: none can become a call of this one.
            migrationBuilder.Sql("DELETE FROM funding_calls;");

            migrationBuilder.DropIndex(
                name: "ix_funding_calls_territory_code_closes_on",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "budget_envelope",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "closes_on",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "opens_on",
                table: "funding_calls");

            migrationBuilder.RenameColumn(
                name: "territory_code",
                table: "funding_calls",
                newName: "scope_territory");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "funding_calls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closes_at",
                table: "funding_calls",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "cofunding_cap_percent",
                table: "funding_calls",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "criteria",
                table: "funding_calls",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "edition",
                table: "funding_calls",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "eligibility",
                table: "funding_calls",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "envelope_cents",
                table: "funding_calls",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "funder_id",
                table: "funding_calls",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "max_grant_cents",
                table: "funding_calls",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "opened_at",
                table: "funding_calls",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "opens_at",
                table: "funding_calls",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "required_documents",
                table: "funding_calls",
                type: "jsonb",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "funding_calls",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "calendar_events",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    organiser_id = table.Column<Guid>(type: "uuid", nullable: false),
                    partner_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_events", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "directory_actors",
                columns: table => new
                {
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    siret = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    rna = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    department_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    epci_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_directory_actors", x => x.actor_id);
                });

            migrationBuilder.CreateTable(
                name: "due_jobs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_due_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applicant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project = table.Column<string>(type: "jsonb", nullable: false),
                    event_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    budget = table.Column<string>(type: "jsonb", nullable: false),
                    requested_cents = table.Column<long>(type: "bigint", nullable: false),
                    documents = table.Column<string>(type: "jsonb", nullable: false),
                    contact = table.Column<string>(type: "jsonb", nullable: true),
                    status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_applications_directory_actors_applicant_id",
                        column: x => x.applicant_id,
                        principalTable: "directory_actors",
                        principalColumn: "actor_id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_applications_funding_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "funding_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "application_corrections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_corrections_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "application_transitions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    to = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_application_transitions_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_funding_calls_funder_id",
                table: "funding_calls",
                column: "funder_id");

            migrationBuilder.CreateIndex(
                name: "ix_funding_calls_status_closes_at",
                table: "funding_calls",
                columns: new[] { "status", "closes_at" });

            migrationBuilder.CreateIndex(
                name: "ix_application_corrections_application_id",
                table: "application_corrections",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_application_transitions_application_id_id",
                table: "application_transitions",
                columns: new[] { "application_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_applications_applicant_id",
                table: "applications",
                column: "applicant_id");

            migrationBuilder.CreateIndex(
                name: "ix_applications_call_id_status",
                table: "applications",
                columns: new[] { "call_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_due_jobs_due_at",
                table: "due_jobs",
                column: "due_at",
                filter: "completed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_due_jobs_kind_subject_id",
                table: "due_jobs",
                columns: new[] { "kind", "subject_id" },
                unique: true,
                filter: "completed_at IS NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_funding_calls_directory_actors_funder_id",
                table: "funding_calls",
                column: "funder_id",
                principalTable: "directory_actors",
                principalColumn: "actor_id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_audit_trail_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the audit trail of applications is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END;
                $$;
                CREATE TRIGGER application_transitions_append_only BEFORE UPDATE OR DELETE ON application_transitions
                    FOR EACH ROW EXECUTE FUNCTION refuse_audit_trail_change();
                CREATE TRIGGER application_transitions_no_truncate BEFORE TRUNCATE ON application_transitions
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_trail_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER application_transitions_no_truncate ON application_transitions;
                DROP TRIGGER application_transitions_append_only ON application_transitions;
                DROP FUNCTION refuse_audit_trail_change();
                """);

            migrationBuilder.DropForeignKey(
                name: "fk_funding_calls_directory_actors_funder_id",
                table: "funding_calls");

            migrationBuilder.DropTable(
                name: "application_corrections");

            migrationBuilder.DropTable(
                name: "application_transitions");

            migrationBuilder.DropTable(
                name: "calendar_events");

            migrationBuilder.DropTable(
                name: "due_jobs");

            migrationBuilder.DropTable(
                name: "applications");

            migrationBuilder.DropTable(
                name: "directory_actors");

            migrationBuilder.DropIndex(
                name: "ix_funding_calls_funder_id",
                table: "funding_calls");

            migrationBuilder.DropIndex(
                name: "ix_funding_calls_status_closes_at",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "closes_at",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "cofunding_cap_percent",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "criteria",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "edition",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "eligibility",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "envelope_cents",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "funder_id",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "max_grant_cents",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "opened_at",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "opens_at",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "required_documents",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "status",
                table: "funding_calls");

            migrationBuilder.RenameColumn(
                name: "scope_territory",
                table: "funding_calls",
                newName: "territory_code");

            migrationBuilder.AddColumn<decimal>(
                name: "budget_envelope",
                table: "funding_calls",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "closes_on",
                table: "funding_calls",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "opens_on",
                table: "funding_calls",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateIndex(
                name: "ix_funding_calls_territory_code_closes_on",
                table: "funding_calls",
                columns: new[] { "territory_code", "closes_on" });
        }
    }
}
