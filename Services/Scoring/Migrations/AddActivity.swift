import Logging
import VigiePostgres

/// `scoring.activity`: who posted what when, for the spam signals that span mentions (the same text from many
/// accounts, an account repeating itself or flooding, a bot-like cadence). One row per mention; `text_key` is a
/// UUIDv5 of the text's words, NULL for texts too short to compare.
struct AddActivity: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            CREATE TABLE scoring.activity (
                mention_id text PRIMARY KEY,
                author_key text NOT NULL,
                text_key text,
                published_at timestamptz NOT NULL
            );
            CREATE INDEX activity_text ON scoring.activity (text_key, published_at) WHERE text_key IS NOT NULL;
            CREATE INDEX activity_author ON scoring.activity (author_key, published_at);
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP TABLE scoring.activity")
    }
}
