using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventsCalendar.Data.Migrations
{
    /// <summary>The organisers become the shared copy of the directory's actors (Ssi.DirectoryReplica): same rows, kind and identifiers added.</summary>
    public partial class SharedDirectoryActors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(name: "organisers", newName: "directory_actors");
            migrationBuilder.Sql("ALTER TABLE directory_actors RENAME CONSTRAINT pk_organisers TO pk_directory_actors;");
            migrationBuilder.Sql("ALTER TABLE events RENAME CONSTRAINT fk_events_organisers_organiser_id TO fk_events_directory_actors_organiser_id;");
            migrationBuilder.Sql("ALTER TABLE programmes RENAME CONSTRAINT fk_programmes_organisers_coordinating_actor_id TO fk_programmes_directory_actors_coordinating_actor_id;");
            migrationBuilder.AddColumn<string>(name: "kind", table: "directory_actors", type: "character varying(60)", maxLength: 60, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>(name: "siret", table: "directory_actors", type: "character varying(14)", maxLength: 14, nullable: true);
            migrationBuilder.AddColumn<string>(name: "rna", table: "directory_actors", type: "character varying(10)", maxLength: 10, nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "kind", table: "directory_actors");
            migrationBuilder.DropColumn(name: "siret", table: "directory_actors");
            migrationBuilder.DropColumn(name: "rna", table: "directory_actors");
            migrationBuilder.Sql("ALTER TABLE programmes RENAME CONSTRAINT fk_programmes_directory_actors_coordinating_actor_id TO fk_programmes_organisers_coordinating_actor_id;");
            migrationBuilder.Sql("ALTER TABLE events RENAME CONSTRAINT fk_events_directory_actors_organiser_id TO fk_events_organisers_organiser_id;");
            migrationBuilder.Sql("ALTER TABLE directory_actors RENAME CONSTRAINT pk_directory_actors TO pk_organisers;");
            migrationBuilder.RenameTable(name: "directory_actors", newName: "organisers");
        }
    }
}
