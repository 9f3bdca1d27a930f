import Logging
import VigiePostgres

/// What the other detectors need: per mention its intents, the project's crisis terms it contains and its content
/// terms; per (project, topic, bucket) the counts every detector reads (`alerting.buckets`, kept up to date for each
/// bucket a batch touches, so a baseline over weeks reads a few hundred rows, not every mention).
struct AddDetectors: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            ALTER TABLE alerting.mentions
                ADD COLUMN intents text[] NOT NULL DEFAULT '{}',
                ADD COLUMN crisis_terms text[] NOT NULL DEFAULT '{}',
                ADD COLUMN terms text[] NOT NULL DEFAULT '{}';
            CREATE TABLE alerting.buckets (
                project_id text NOT NULL,
                topic_id text NOT NULL,
                bucket_start timestamptz NOT NULL,
                authors int NOT NULL,
                negative_authors int NOT NULL,
                crisis_authors int NOT NULL,
                mentions int NOT NULL,
                PRIMARY KEY (project_id, topic_id, bucket_start)
            );
            INSERT INTO alerting.buckets (project_id, topic_id, bucket_start, authors, negative_authors, crisis_authors, mentions)
            SELECT project_id, topic_id, bucket_start,
                count(DISTINCT author_id) FILTER (WHERE NOT spam),
                count(DISTINCT author_id) FILTER (WHERE NOT spam AND label = 'negative'),
                count(DISTINCT author_id) FILTER (WHERE NOT spam AND cardinality(crisis_terms) > 0),
                count(*)
            FROM alerting.mentions GROUP BY project_id, topic_id, bucket_start;
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            DROP TABLE alerting.buckets;
            ALTER TABLE alerting.mentions DROP COLUMN intents, DROP COLUMN crisis_terms, DROP COLUMN terms;
            """)
    }
}
