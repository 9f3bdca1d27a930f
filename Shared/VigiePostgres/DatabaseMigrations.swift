import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// Applies a service's migrations to its schema at start-up.
///
/// All pending migrations run in one transaction holding a transaction-level advisory lock keyed by the schema,
/// so that two replicas starting at once apply each migration exactly once: the second waits, then finds nothing
/// to do. Applied names are recorded in `<schema>.schema_migrations`.
///
/// As a `Service` it applies in ``run()``; whatever needs the schema awaits ``waitUntilCompleted()``.
public final class DatabaseMigrations: Service, Sendable {
    private let client: PostgresClient
    private let schema: String
    private let migrations: [any DatabaseMigration]
    private let logger: Logger
    private let completion = NIOLockedValueBox(Completion.pending([]))

    private enum Completion {
        case pending([CheckedContinuation<Void, any Error>])
        case done(Result<Void, any Error>)
    }

    /// - Parameters:
    ///   - schema: The service's schema, `[a-z_][a-z0-9_]*`.
    ///   - migrations: In order.
    public init(client: PostgresClient, schema: String, migrations: [any DatabaseMigration], logger: Logger) {
        self.client = client
        self.schema = schema
        self.migrations = migrations
        var logger = logger
        logger[metadataKey: PostgresLoggingKeys.schema] = "\(schema)"
        self.logger = logger
    }

    /// Applies what is pending, then waits for graceful shutdown.
    public func run() async throws {
        do {
            try await apply()
            finish(.success(()))
        } catch {
            finish(.failure(error))
            throw error
        }
        try? await gracefulShutdown()
    }

    /// `true` once ``run()`` applied the migrations successfully (for health checks; does not wait).
    public var hasCompleted: Bool {
        completion.withLockedValue { state in
            if case .done(.success) = state { return true }
            return false
        }
    }

    /// Returns once ``run()`` applied the migrations; throws what it threw.
    public func waitUntilCompleted() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let done: Result<Void, any Error>? = completion.withLockedValue { state in
                switch state {
                case .pending(var waiters):
                    waiters.append(continuation)
                    state = .pending(waiters)
                    return nil
                case .done(let result):
                    return result
                }
            }
            if let done { continuation.resume(with: done) }
        }
    }

    private func finish(_ result: Result<Void, any Error>) {
        let waiters = completion.withLockedValue { state -> [CheckedContinuation<Void, any Error>] in
            guard case .pending(let waiters) = state else { return [] }
            state = .done(result)
            return waiters
        }
        for waiter in waiters { waiter.resume(with: result) }
    }

    /// Applies pending migrations; returns the names applied by this call.
    /// - Throws: ``PostgresError`` `.invalidArgument` for a bad schema name, or what a migration threw (nothing is
    ///   applied then).
    @discardableResult
    public func apply() async throws -> [String] {
        try Self.validate(schema: schema)
        let schema = self.schema
        let migrations = self.migrations
        let logger = self.logger
        return try await client.withTransaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("vigie.migrations." + schema)))")
            try await connection.execute(
                "CREATE SCHEMA IF NOT EXISTS \(schema); CREATE TABLE IF NOT EXISTS \(schema).schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
            )
            let applied = Set(try await connection.query("SELECT name FROM \(unescaped: schema).schema_migrations").decode(column: String.self))
            var names: [String] = []
            for migration in migrations where !applied.contains(migration.name) {
                logger.info("applying migration", metadata: [PostgresLoggingKeys.migration: "\(migration.name)"])
                try await migration.apply(connection: connection, logger: logger)
                try await connection.query("INSERT INTO \(unescaped: schema).schema_migrations (name) VALUES (\(migration.name))")
                names.append(migration.name)
            }
            return names
        }
    }

    /// Reverts every applied migration, newest first (for tests and tooling).
    public func revertAll() async throws {
        try Self.validate(schema: schema)
        let schema = self.schema
        let migrations = self.migrations
        let logger = self.logger
        try await client.withTransaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("vigie.migrations." + schema)))")
            let exists = try await connection.query("SELECT to_regclass(\(schema + ".schema_migrations")) IS NOT NULL").decode(column: Bool.self)
            guard exists.first == true else { return }
            let applied = Set(try await connection.query("SELECT name FROM \(unescaped: schema).schema_migrations").decode(column: String.self))
            for migration in migrations.reversed() where applied.contains(migration.name) {
                try await migration.revert(connection: connection, logger: logger)
                try await connection.query("DELETE FROM \(unescaped: schema).schema_migrations WHERE name = \(migration.name)")
            }
        }
    }

    static func validate(schema: String) throws {
        let valid = !schema.isEmpty && schema.utf8.count <= 63 && schema.utf8.enumerated().allSatisfy { index, byte in
            (byte >= 97 && byte <= 122) || byte == 95 || (index > 0 && byte >= 48 && byte <= 57)
        }
        guard valid else { throw PostgresError(code: .invalidArgument, message: "invalid schema name '\(schema)'") }
    }
}
