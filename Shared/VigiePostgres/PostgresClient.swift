import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// A pool of PostgreSQL connections.
///
/// Connections open on demand up to ``PostgresConfiguration/maxConnections``. An idle connection is checked before
/// it is lent: one that the server closed (a restart) is replaced, and new connections are retried with backoff
/// until ``PostgresConfiguration/connectTimeout`` — so the client recovers by itself after a server restart.
/// A statement that was running when the connection broke fails with `.connectionClosed`; it is not replayed.
public final class PostgresClient: Service, Sendable {
    private let configuration: PostgresConfiguration
    private let logger: Logger
    private let state = NIOLockedValueBox(PoolState())

    private struct PoolState {
        var idle: [PostgresConnection] = []
        var open = 0
        var waiters: [CheckedContinuation<PostgresConnection?, Never>] = []
        var shutDown = false
    }

    public init(configuration: PostgresConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Runs until graceful shutdown, then closes idle connections.
    public func run() async throws {
        try? await gracefulShutdown()
        shutdown()
    }

    /// Closes idle connections and refuses new leases.
    public func shutdown() {
        let waiters = state.withLockedValue { state in
            state.shutDown = true
            state.open -= state.idle.count
            state.idle.removeAll()
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        for waiter in waiters { waiter.resume(returning: nil) }
    }

    /// Lends a connection to `body` and takes it back afterwards.
    /// - Throws: ``PostgresError`` `.connectionFailed` when no connection could be made in time, or what `body` throws.
    public func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await lease()
        do {
            let result = try await body(connection)
            release(connection)
            return result
        } catch {
            release(connection)
            throw error
        }
    }

    /// Runs one statement on a pooled connection.
    /// - Throws: ``PostgresError``.
    @discardableResult
    public func query(_ query: PostgresQuery, logger: Logger? = nil) async throws -> PostgresRows {
        try await withConnection { try await $0.query(query, logger: logger) }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// - Throws: What `body` throws, or ``PostgresError`` from BEGIN/COMMIT.
    public func withTransaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await withConnection { connection in
            try await connection.execute("BEGIN")
            do {
                let result = try await body(connection)
                try await connection.execute("COMMIT")
                return result
            } catch {
                if connection.isUsable { try? await connection.execute("ROLLBACK") }
                throw error
            }
        }
    }

    private func lease() async throws -> PostgresConnection {
        while true {
            enum Step { case reuse(PostgresConnection), connect, wait, shutDown }
            let step: Step = state.withLockedValue { state in
                if state.shutDown { return .shutDown }
                if let connection = state.idle.popLast() { return .reuse(connection) }
                if state.open < configuration.maxConnections {
                    state.open += 1
                    return .connect
                }
                return .wait
            }
            switch step {
            case .shutDown:
                throw PostgresError(code: .shutdown, message: "the client is shut down")
            case .reuse(let connection):
                if await connection.checkAlive() { return connection }
                logger.debug("dropping a connection the server closed")
                state.withLockedValue { $0.open -= 1 }
            case .connect:
                do {
                    return try await connectWithBackoff()
                } catch {
                    let waiter = state.withLockedValue { state -> CheckedContinuation<PostgresConnection?, Never>? in
                        state.open -= 1
                        return state.waiters.isEmpty ? nil : state.waiters.removeFirst()
                    }
                    waiter?.resume(returning: nil)
                    throw error
                }
            case .wait:
                let handedOver: PostgresConnection? = await withCheckedContinuation { continuation in
                    let resumeNow = state.withLockedValue { state -> Bool in
                        if state.open < configuration.maxConnections || !state.idle.isEmpty || state.shutDown { return true }
                        state.waiters.append(continuation)
                        return false
                    }
                    if resumeNow { continuation.resume(returning: nil) }
                }
                if let handedOver { return handedOver }
            }
        }
    }

    private func release(_ connection: PostgresConnection) {
        let usable = connection.isUsable
        let waiter: CheckedContinuation<PostgresConnection?, Never>? = state.withLockedValue { state in
            if state.shutDown || !usable {
                state.open -= 1
                return state.waiters.isEmpty ? nil : state.waiters.removeFirst()
            }
            if !state.waiters.isEmpty { return state.waiters.removeFirst() }
            state.idle.append(connection)
            return nil
        }
        guard let waiter else { return }
        // Hand the connection over directly, or let the waiter open a new one.
        let handOver = usable && !state.withLockedValue { $0.shutDown }
        waiter.resume(returning: handOver ? connection : nil)
    }

    private func connectWithBackoff() async throws -> PostgresConnection {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: configuration.connectTimeout)
        var delay = configuration.initialBackoff
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await PostgresConnection.connect(url: configuration.url, logger: logger)
            } catch let error as PostgresError {
                guard clock.now.advanced(by: delay) < deadline else {
                    throw PostgresError(code: .connectionFailed, message: "gave up after \(attempt) attempts: \(error.message)")
                }
                logger.debug("connection attempt failed, retrying", metadata: [PostgresLoggingKeys.error: "\(error.message)", "postgres.attempt": "\(attempt)"])
                try await Task.sleep(for: delay)
                delay = min(delay * 2, configuration.maxBackoff)
            }
        }
    }
}
