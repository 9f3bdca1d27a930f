import Logging
import VigiePostgres

/// A throwaway schema on the test server, dropped by ``withSchema(_:)`` at the end.
public enum TestDatabase {
    /// Runs `body` with a client and a fresh schema name (not yet created); drops the schema afterwards.
    /// - Throws: ``TestEnvironment/Missing`` when `VIGIE_TEST_POSTGRES_URL` is not set, or what `body` throws.
    public static func withSchema<T: Sendable>(
        maxConnections: Int = 4, logger: Logger? = nil, _ body: (PostgresClient, String) async throws -> T
    ) async throws -> T {
        var configuration = PostgresConfiguration(url: try TestEnvironment.postgresURL())
        configuration.maxConnections = maxConnections
        let client = PostgresClient(configuration: configuration, logger: logger ?? InMemoryLogHandler.makeLogger().0)
        let schema = TestEnvironment.uniqueName("test")
        defer { client.shutdown() }
        do {
            let result = try await body(client, schema)
            try await client.query("DROP SCHEMA IF EXISTS \(unescaped: schema) CASCADE")
            return result
        } catch {
            try? await client.query("DROP SCHEMA IF EXISTS \(unescaped: schema) CASCADE")
            throw error
        }
    }
}
