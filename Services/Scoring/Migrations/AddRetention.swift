import Logging
import VigiePostgres

/// Indexes by age, so that retention (``ScoringRetention``) deletes old rows without reading whole tables.
struct AddRetention: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            CREATE INDEX activity_age ON scoring.activity (published_at);
            CREATE INDEX mention_scores_age ON scoring.mention_scores (scored_at);
            CREATE INDEX matches_age ON scoring.matches (scored_at);
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP INDEX scoring.activity_age; DROP INDEX scoring.mention_scores_age; DROP INDEX scoring.matches_age")
    }
}
