import Logging

/// One versioned change of a service's schema, applied once.
///
/// Name migrations after what they do (`CreateScores`); the name is the version key, so never rename one that
/// shipped. Migrations run in the order they were registered.
public protocol DatabaseMigration: Sendable {
    /// The key recorded when applied. Default: the type name.
    var name: String { get }
    /// Applies the change (inside the migration transaction).
    func apply(connection: PostgresConnection, logger: Logger) async throws
    /// Undoes the change (inside a transaction).
    func revert(connection: PostgresConnection, logger: Logger) async throws
}

extension DatabaseMigration {
    public var name: String { String(describing: Self.self) }
}

/// A migration made of SQL statements.
public struct SQLMigration: DatabaseMigration {
    public let name: String
    let up: String
    let down: String

    /// - Parameters:
    ///   - name: The version key.
    ///   - up: Statements that apply the change.
    ///   - down: Statements that revert it.
    public init(name: String, up: String, down: String) {
        self.name = name
        self.up = up
        self.down = down
    }

    public func apply(connection: PostgresConnection, logger: Logger) async throws { try await connection.execute(up) }
    public func revert(connection: PostgresConnection, logger: Logger) async throws { try await connection.execute(down) }
}
