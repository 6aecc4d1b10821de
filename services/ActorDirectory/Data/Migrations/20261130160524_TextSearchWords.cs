using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace ActorDirectory.Data.Migrations
{
    /// <inheritdoc />
    public partial class TextSearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_actors_search_text",
                table: "actors");

            migrationBuilder.CreateTable(
                name: "actor_words",
                columns: table => new
                {
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    words = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_actor_words", x => x.actor_id);
                    table.ForeignKey(
                        name: "fk_actor_words_actors_actor_id",
                        column: x => x.actor_id,
                        principalTable: "actors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "search_vocabulary",
                columns: table => new
                {
                    word = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_vocabulary", x => x.word);
                });

            // search_words: the words that count, numbered without the short and grammatical ones
            // between them, so that "amis de la terre" holds "amis" and "terre" side by side. The
            // one definition, used for actors here and for search texts by the application.
            // A trigger rather than application code: the scale seeder writes actors in bulk SQL,
            // and every later write path must keep the words whole without knowing about them.
            // unnest(tsvector) returns lexemes in sorted order, so two registrations adding the
            // same new words take their locks in the same order.
            migrationBuilder.Sql("""
                CREATE FUNCTION search_words(search_text text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT to_tsvector('simple', regexp_replace(search_text,
                        '\m(\w{1,2}|aux|avec|chez|dans|des|entre|les|leur|leurs|nos|notre|par|pour|que|qui|sans|ses|son|sur|une|vers|vos|votre)\M',
                        ' ', 'g'))
                $$;

                CREATE FUNCTION actor_words_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    new_words tsvector := search_words(NEW.search_text);
                BEGIN
                    INSERT INTO actor_words (actor_id, words) VALUES (NEW.id, new_words)
                    ON CONFLICT (actor_id) DO UPDATE SET words = EXCLUDED.words;
                    INSERT INTO search_vocabulary (word) SELECT lexeme FROM unnest(new_words) ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER actors_words AFTER INSERT OR UPDATE OF search_text ON actors
                FOR EACH ROW EXECUTE FUNCTION actor_words_refresh();

                INSERT INTO actor_words (actor_id, words) SELECT id, search_words(search_text) FROM actors;
                INSERT INTO search_vocabulary (word) SELECT DISTINCT lexeme FROM actor_words, unnest(words);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_actor_words_words",
                table: "actor_words",
                column: "words")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_search_vocabulary_word",
                table: "search_vocabulary",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER actors_words ON actors;
                DROP FUNCTION actor_words_refresh();
                DROP FUNCTION search_words(text);
                """);

            migrationBuilder.DropTable(
                name: "actor_words");

            migrationBuilder.DropTable(
                name: "search_vocabulary");

            migrationBuilder.CreateIndex(
                name: "ix_actors_search_text",
                table: "actors",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
