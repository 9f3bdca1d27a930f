import Logging
import VigiePostgres

/// `scoring.mention_scores`: the enrichment of every mention, matched or not; `scoring.matches`: one row per
/// matched (mention, project, topic). Both keyed by natural ids, so re-processing writes nothing twice.
struct CreateScores: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            CREATE TABLE scoring.mention_scores (
                mention_id text PRIMARY KEY,
                language text NOT NULL,
                sentiment double precision NOT NULL,
                label text NOT NULL,
                drivers text[] NOT NULL,
                influence double precision NOT NULL,
                matches integer NOT NULL,
                scorer_version text NOT NULL,
                scored_at timestamptz NOT NULL
            );
            CREATE TABLE scoring.matches (
                mention_id text NOT NULL,
                project_id text NOT NULL,
                topic_id text NOT NULL,
                sentiment double precision NOT NULL,
                label text NOT NULL,
                matched_terms text[] NOT NULL,
                scored_at timestamptz NOT NULL,
                PRIMARY KEY (mention_id, project_id, topic_id)
            );
            CREATE INDEX matches_project ON scoring.matches (project_id, scored_at);
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP TABLE scoring.matches; DROP TABLE scoring.mention_scores")
    }
}
