import Logging
import VigiePostgres

/// `ingest.mentions`: every accepted mention, once (id = UUIDv5 of source and external id), with whether it was
/// published to `vigie.mentions.v1` (the outbox flag).
struct CreateMentions: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            CREATE TABLE ingest.mentions (
                id text PRIMARY KEY,
                source text NOT NULL,
                external_id text NOT NULL,
                client text NOT NULL,
                payload jsonb NOT NULL,
                published_at timestamptz NOT NULL,
                received_at timestamptz NOT NULL DEFAULT now(),
                published boolean NOT NULL DEFAULT false
            );
            CREATE INDEX mentions_unpublished ON ingest.mentions (received_at) WHERE NOT published;
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP TABLE ingest.mentions")
    }
}
