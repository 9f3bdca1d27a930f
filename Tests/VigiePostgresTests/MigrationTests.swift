import Foundation
import Logging
import Testing
import VigiePostgres
import VigieTesting

struct CreateWidgets: DatabaseMigration {
    let schema: String
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        // Not idempotent on purpose: running it twice fails.
        try await connection.execute("CREATE TABLE \(schema).widgets (id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())")
        try await Task.sleep(for: .milliseconds(300))  // widen the race window
    }
    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP TABLE \(schema).widgets")
    }
}

struct AddWidgetName: DatabaseMigration {
    let schema: String
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("ALTER TABLE \(schema).widgets ADD COLUMN name text NOT NULL DEFAULT ''")
    }
    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("ALTER TABLE \(schema).widgets DROP COLUMN name")
    }
}

struct FailingMigration: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws { try await connection.execute("SELECT * FROM no_such_table") }
    func revert(connection: PostgresConnection, logger: Logger) async throws {}
}

@Suite("Migrations", .timeLimit(.minutes(2)))
struct MigrationTests {
    @Test func twoRunnersStartingAtOnceApplyEachMigrationOnce() async throws {
        try await TestDatabase.withSchema { client, schema in
            let url = try TestEnvironment.postgresURL()
            let other = PostgresClient(configuration: PostgresConfiguration(url: url), logger: testLogger())
            defer { other.shutdown() }
            let migrations: [any DatabaseMigration] = [CreateWidgets(schema: schema), AddWidgetName(schema: schema)]
            let first = DatabaseMigrations(client: client, schema: schema, migrations: migrations, logger: testLogger())
            let second = DatabaseMigrations(client: other, schema: schema, migrations: migrations, logger: testLogger())
            async let a = first.apply()
            async let b = second.apply()
            let applied = try await [a, b]
            #expect(applied.flatMap { $0 }.sorted() == ["AddWidgetName", "CreateWidgets"])
            #expect(applied.contains([]))
            let names = try await client.query("SELECT name FROM \(unescaped: schema).schema_migrations ORDER BY name").decode(column: String.self)
            #expect(names == ["AddWidgetName", "CreateWidgets"])
            try await client.query("INSERT INTO \(unescaped: schema).widgets (id, name) VALUES (\(UUID()), \("w"))")
            // Applying again does nothing.
            #expect(try await first.apply() == [])
        }
    }

    @Test func aFailingMigrationAppliesNothing() async throws {
        try await TestDatabase.withSchema { client, schema in
            let migrations = DatabaseMigrations(
                client: client, schema: schema, migrations: [CreateWidgets(schema: schema), FailingMigration()], logger: testLogger())
            let error = await #expect(throws: PostgresError.self) { try await migrations.apply() }
            #expect(error?.sqlState == "42P01")
            let exists = try await client.query("SELECT to_regclass(\(schema + ".widgets")) IS NOT NULL").decode(column: Bool.self)
            #expect(exists == [false])
        }
    }

    @Test func serviceSignalsCompletionAndRevertsInOrder() async throws {
        try await TestDatabase.withSchema { client, schema in
            let migrations = DatabaseMigrations(
                client: client, schema: schema, migrations: [CreateWidgets(schema: schema), AddWidgetName(schema: schema)], logger: testLogger())
            let run = Task { try await migrations.run() }
            try await migrations.waitUntilCompleted()
            run.cancel()
            try await migrations.revertAll()
            let exists = try await client.query("SELECT to_regclass(\(schema + ".widgets")) IS NOT NULL").decode(column: Bool.self)
            #expect(exists == [false])
        }
    }

    @Test func invalidSchemaNameIsRefused() async throws {
        try await TestDatabase.withSchema { client, _ in
            let migrations = DatabaseMigrations(client: client, schema: "x; DROP SCHEMA public", migrations: [], logger: testLogger())
            let error = await #expect(throws: PostgresError.self) { try await migrations.apply() }
            #expect(error?.code == .invalidArgument)
        }
    }
}

func testLogger() -> Logger { InMemoryLogHandler.makeLogger(level: .info).0 }
