import Logging
import VigiePostgres

/// An index on the reception time of published mentions, so that retention deletes old rows without reading the
/// whole table.
struct AddRetention: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("CREATE INDEX mentions_published_age ON ingest.mentions (received_at) WHERE published")
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP INDEX ingest.mentions_published_age")
    }
}
