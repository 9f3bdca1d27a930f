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

extension TestDatabase {
    /// Runs `body` with a client connected to a fresh database on the test server (for code whose SQL names its
    /// own schemas); drops the database afterwards.
    public static func withDatabase<T: Sendable>(
        maxConnections: Int = 4, logger: Logger? = nil, _ body: (PostgresClient) async throws -> T
    ) async throws -> T {
        let adminURL = try TestEnvironment.postgresURL()
        let name = TestEnvironment.uniqueName("testdb")
        let logger = logger ?? InMemoryLogHandler.makeLogger().0
        let admin = PostgresClient(configuration: PostgresConfiguration(url: adminURL), logger: logger)
        defer { admin.shutdown() }
        try await admin.query("CREATE DATABASE \(identifier: name)")
        guard let slash = adminURL.lastIndex(of: "/") else { throw TestEnvironment.Missing(variable: "VIGIE_TEST_POSTGRES_URL ending in /database") }
        var configuration = PostgresConfiguration(url: String(adminURL[...slash]) + name)
        configuration.maxConnections = maxConnections
        let client = PostgresClient(configuration: configuration, logger: logger)
        let result: Result<T, any Error>
        do {
            result = .success(try await body(client))
        } catch {
            result = .failure(error)
        }
        client.shutdown()
        _ = try? await admin.query("DROP DATABASE IF EXISTS \(identifier: name) WITH (FORCE)")
        return try result.get()
    }
}
