import ServiceLifecycle
import VigiePostgres

/// Runs `services` once `migrations` completed (they need the schema); fails if the migrations failed.
/// Graceful shutdown reaches the inner services through the service group's task context.
public struct AfterMigrations: Service {
    let migrations: DatabaseMigrations
    let services: [any Service]

    public init(migrations: DatabaseMigrations, services: [any Service]) {
        self.migrations = migrations
        self.services = services
    }

    public func run() async throws {
        try await migrations.waitUntilCompleted()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for service in services {
                group.addTask { try await service.run() }
            }
            try await group.waitForAll()
        }
    }
}
