using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FundingCalls.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewsCommitteesGrantsAndReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "awarded_cents",
                table: "funding_calls",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateOnly>(
                name: "report_due_on",
                table: "funding_calls",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "report_gap_threshold_percent",
                table: "funding_calls",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "collective_memberships",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    collective_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collective_memberships", x => x.member_id);
                });

            migrationBuilder.CreateTable(
                name: "committee_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    held_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    quorum = table.Column<int>(type: "integer", nullable: false),
                    members = table.Column<string>(type: "jsonb", nullable: false),
                    agenda = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    minutes = table.Column<string>(type: "text", nullable: true),
                    signed_off_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    signed_off_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_sessions_calls_call_id",
                        column: x => x.call_id,
                        principalTable: "funding_calls",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    funder_id = table.Column<Guid>(type: "uuid", nullable: false),
                    beneficiary_id = table.Column<Guid>(type: "uuid", nullable: false),
                    project_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    deliberation_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    event_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    awarded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    agreement_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    agreement_signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grants", x => x.id);
                    table.ForeignKey(
                        name: "fk_grants_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    call_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reviewer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    declared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recusal_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    scores = table.Column<string>(type: "jsonb", nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviews", x => x.id);
                    table.ForeignKey(
                        name: "fk_reviews_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "committee_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    application_id = table.Column<Guid>(type: "uuid", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    deliberation_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_decisions_committee_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "committee_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_payments", x => x.id);
                    table.ForeignKey(
                        name: "fk_grant_payments_grants_grant_id",
                        column: x => x.grant_id,
                        principalTable: "grants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "grant_reports",
                columns: table => new
                {
                    grant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    charges = table.Column<string>(type: "jsonb", nullable: false),
                    income = table.Column<string>(type: "jsonb", nullable: false),
                    participants = table.Column<int>(type: "integer", nullable: false),
                    narrative = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grant_reports", x => x.grant_id);
                    table.ForeignKey(
                        name: "fk_grant_reports_grants_grant_id",
                        column: x => x.grant_id,
                        principalTable: "grants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collective_memberships_actor_id_collective_id",
                table: "collective_memberships",
                columns: new[] { "actor_id", "collective_id" });

            migrationBuilder.CreateIndex(
                name: "ix_committee_decisions_application_id",
                table: "committee_decisions",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_decisions_session_id",
                table: "committee_decisions",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_sessions_call_id_held_at",
                table: "committee_sessions",
                columns: new[] { "call_id", "held_at" });

            migrationBuilder.CreateIndex(
                name: "ix_grant_payments_grant_id",
                table: "grant_payments",
                column: "grant_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_application_id",
                table: "grants",
                column: "application_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_grants_beneficiary_id",
                table: "grants",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_grants_call_id_awarded_at",
                table: "grants",
                columns: new[] { "call_id", "awarded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_reviews_application_id_reviewer_subject",
                table: "reviews",
                columns: new[] { "application_id", "reviewer_subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reviews_call_id",
                table: "reviews",
                column: "call_id");

            migrationBuilder.CreateIndex(
                name: "ix_reviews_reviewer_subject_call_id",
                table: "reviews",
                columns: new[] { "reviewer_subject", "call_id" });

            // Each funder's register of deliberations, numbered per year (Data/DeliberationRegister.cs); not an entity.
            migrationBuilder.Sql("""
                CREATE TABLE deliberation_counters (
                    funder_id uuid NOT NULL,
                    year integer NOT NULL,
                    last_number integer NOT NULL,
                    CONSTRAINT pk_deliberation_counters PRIMARY KEY (funder_id, year));
                ALTER TABLE funding_calls ADD CONSTRAINT ck_funding_calls_envelope_never_exceeded CHECK (awarded_cents BETWEEN 0 AND envelope_cents);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE funding_calls DROP CONSTRAINT ck_funding_calls_envelope_never_exceeded;
                DROP TABLE deliberation_counters;
                """);

            migrationBuilder.DropTable(
                name: "collective_memberships");

            migrationBuilder.DropTable(
                name: "committee_decisions");

            migrationBuilder.DropTable(
                name: "grant_payments");

            migrationBuilder.DropTable(
                name: "grant_reports");

            migrationBuilder.DropTable(
                name: "reviews");

            migrationBuilder.DropTable(
                name: "committee_sessions");

            migrationBuilder.DropTable(
                name: "grants");

            migrationBuilder.DropColumn(
                name: "awarded_cents",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "report_due_on",
                table: "funding_calls");

            migrationBuilder.DropColumn(
                name: "report_gap_threshold_percent",
                table: "funding_calls");
        }
    }
}
