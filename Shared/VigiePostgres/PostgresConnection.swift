import CLibPQ
import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Logging
import NIOConcurrencyHelpers

/// One PostgreSQL connection. All libpq calls run on the connection's own serial queue, never on the cooperative
/// pool, and never from two threads at once. Get one from ``PostgresClient/withConnection(_:)``.
public final class PostgresConnection: Sendable {
    private let handle: PGConnectionHandle
    private let queue: DispatchQueue
    let logger: Logger

    private init(handle: PGConnectionHandle, queue: DispatchQueue, logger: Logger) {
        self.handle = handle
        self.queue = queue
        self.logger = logger
    }

    /// Opens a connection (UTC time zone, ISO dates).
    /// - Throws: ``PostgresError`` `.connectionFailed`.
    public static func connect(url: String, logger: Logger) async throws -> PostgresConnection {
        let queue = DispatchQueue(label: "vigie.postgres.connection")
        let handle: PGConnectionHandle = try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { () throws(PostgresError) in try PGConnectionHandle.connect(url: url, logger: logger) }) }
        }
        let connection = PostgresConnection(handle: handle, queue: queue, logger: logger)
        try await connection.execute("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'; SET client_encoding = 'UTF8'")
        return connection
    }

    private func onQueue<T: Sendable>(_ body: @escaping @Sendable (PGConnectionHandle) throws -> T) async throws -> T {
        let handle = self.handle
        lastUsed.withLockedValue { $0 = .now }
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body(handle) }) }
        }
    }

    /// `false` once the connection broke; the pool then replaces it.
    public var isUsable: Bool { queue.sync { handle.isOK } }

    private let lastUsed = NIOLockedValueBox(ContinuousClock.now)

    /// Checks the connection before the pool lends it; after a second idle, with a round trip.
    func checkAlive() async -> Bool {
        let idle = lastUsed.withLockedValue { ContinuousClock.now - $0 }
        return (try? await onQueue { $0.checkAlive(ping: idle > .seconds(1)) }) ?? false
    }

    /// Runs one statement with bind parameters (`PQexecParams`) and returns its rows.
    /// - Throws: ``PostgresError``: `.server` with the SQLSTATE, `.connectionClosed` when the connection broke.
    @discardableResult
    public func query(_ query: PostgresQuery, logger: Logger? = nil) async throws -> PostgresRows {
        (logger ?? self.logger).trace("query", metadata: [PostgresLoggingKeys.query: "\(query.sql)"])
        if query.binds.contains(where: { $0?.utf8.contains(0) == true }) {
            throw PostgresError(code: .invalidArgument, message: "a bound value contains a NUL character", query: query.sql)
        }
        return try await onQueue { handle in
            let result = PostgresConnection.withCStrings(query.binds) { pointers in
                PQexecParams(handle.pointer, query.sql, Int32(pointers.count), nil, pointers, nil, nil, 0)
            }
            return try PostgresConnection.check(result, handle: handle, query: query.sql).rows()
        }
    }

    /// Runs one or more statements without parameters (`PQexec`), for DDL and session settings.
    /// - Throws: ``PostgresError``.
    public func execute(_ sql: String) async throws {
        try await onQueue { handle in
            _ = try PostgresConnection.check(PQexec(handle.pointer, sql), handle: handle, query: sql)
        }
    }

    /// Bulk-loads rows with `COPY … FROM STDIN` (text format); far faster than INSERTs for high rates.
    /// - Parameters:
    ///   - table: The table, e.g. `"ingest.mentions"` (trusted text: not user input).
    ///   - columns: The columns filled, in the order of each row's values.
    ///   - rows: The values; `nil` is NULL.
    /// - Returns: The number of rows copied.
    /// - Throws: ``PostgresError``; on error nothing is copied.
    @discardableResult
    public func copy(into table: String, columns: [String], rows: [[any PostgresEncodable]]) async throws -> Int {
        let header = "COPY \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) FROM STDIN"
        var chunks: [[UInt8]] = []
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        for row in rows {
            guard row.count == columns.count else {
                throw PostgresError(code: .invalidArgument, message: "COPY row has \(row.count) values for \(columns.count) columns")
            }
            PostgresCopyFormat.append(row: row, to: &buffer)
            if buffer.count >= 1 << 16 {
                chunks.append(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { chunks.append(buffer) }
        let finalChunks = chunks
        return try await onQueue { handle in
            _ = try PostgresConnection.check(PQexec(handle.pointer, header), handle: handle, query: header, expect: PGRES_COPY_IN)
            var failure: String?
            for chunk in finalChunks {
                let sent = chunk.withUnsafeBufferPointer { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { PQputCopyData(handle.pointer, $0.baseAddress, Int32($0.count)) }
                }
                if sent != 1 {
                    failure = handle.errorMessage
                    break
                }
            }
            _ = PQputCopyEnd(handle.pointer, failure)
            var count = 0
            var firstError: PostgresError?
            while let result = PQgetResult(handle.pointer) {
                let wrapped = PGResultHandle(result)
                if wrapped.status == PGRES_COMMAND_OK {
                    count = Int(String(cString: PQcmdTuples(result))) ?? 0
                } else if firstError == nil {
                    firstError = wrapped.error(query: header)
                }
            }
            if let firstError { throw firstError }
            if let failure { throw PostgresError(code: .connectionClosed, message: failure, query: header) }
            return count
        }
    }

    private static func check(
        _ result: OpaquePointer?, handle: PGConnectionHandle, query: String, expect: ExecStatusType? = nil
    ) throws(PostgresError) -> PGResultHandle {
        guard let result else {
            throw PostgresError(code: handle.isOK ? .server : .connectionClosed, message: handle.errorMessage, query: query)
        }
        let wrapped = PGResultHandle(result)
        let status = wrapped.status
        if let expect {
            guard status == expect else { throw wrapped.error(query: query) }
            return wrapped
        }
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            var error = wrapped.error(query: query)
            if !handle.isOK {
                error = PostgresError(code: .connectionClosed, sqlState: error.sqlState, message: error.message, query: query)
            }
            throw error
        }
        return wrapped
    }

    /// Calls `body` with C strings for the values (`nil` for NULL). Do not escape the pointers.
    private static func withCStrings<T>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        var storage: [UnsafeMutablePointer<CChar>?] = values.map { value in value.map { strdup($0)! } }
        defer { for pointer in storage { free(pointer) } }
        return storage.withUnsafeMutableBufferPointer { buffer in
            body(buffer.map { $0.map { UnsafePointer($0) } })
        }
    }
}

/// COPY's text format: tab-separated, `\N` for NULL, backslash escapes.
enum PostgresCopyFormat {
    static func append(row: [any PostgresEncodable], to buffer: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            guard let text = value.postgresText else {
                buffer.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
                continue
            }
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.append(contentsOf: [92, 92])
                case UInt8(ascii: "\t"): buffer.append(contentsOf: [92, UInt8(ascii: "t")])
                case UInt8(ascii: "\n"): buffer.append(contentsOf: [92, UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): buffer.append(contentsOf: [92, UInt8(ascii: "r")])
                case 0: continue  // PostgreSQL text cannot hold NUL.
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(UInt8(ascii: "\n"))
    }
}
