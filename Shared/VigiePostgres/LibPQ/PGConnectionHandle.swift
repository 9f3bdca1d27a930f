import CLibPQ
import Logging

/// Owns one `PGconn`.
///
/// `@unchecked Sendable`: a `PGconn` must be used by one thread at a time; ``PostgresConnection`` guarantees it by
/// calling it only from its own serial queue.
final class PGConnectionHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    private let notices: Unmanaged<NoticeContext>

    final class NoticeContext {
        let logger: Logger
        /// Set when the server sent a FATAL message while idle (e.g. `57P01` on shutdown): the session is over.
        /// Only touched on the connection's queue (libpq calls the receiver synchronously).
        var sawFatal = false
        init(logger: Logger) { self.logger = logger }
    }

    /// Connects (blocking).
    static func connect(url: String, logger: Logger) throws(PostgresError) -> PGConnectionHandle {
        guard let pointer = PQconnectdb(url) else {
            throw PostgresError(code: .connectionFailed, message: "out of memory")
        }
        guard PQstatus(pointer) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(pointer)).trimmingTrailingNewlines()
            PQfinish(pointer)
            throw PostgresError(code: .connectionFailed, message: message)
        }
        return PGConnectionHandle(pointer: pointer, logger: logger)
    }

    private init(pointer: OpaquePointer, logger: Logger) {
        self.pointer = pointer
        notices = Unmanaged.passRetained(NoticeContext(logger: logger))
        PQsetNoticeReceiver(pointer, pgNoticeReceiver, notices.toOpaque())
    }

    deinit {
        PQfinish(pointer)
        notices.release()
    }

    var isOK: Bool { PQstatus(pointer) == CONNECTION_OK }

    /// Reads what the server sent while idle (a server that shut down leaves the connection `CONNECTION_BAD`);
    /// with `ping`, also makes a round trip with an empty statement, which a half-closed connection fails.
    func checkAlive(ping: Bool) -> Bool {
        guard isOK else { return false }
        // The first read takes what arrived (a FATAL notice on server shutdown), the second sees the close.
        guard PQconsumeInput(pointer) == 1, PQconsumeInput(pointer) == 1, isOK else { return false }
        guard !notices.takeUnretainedValue().sawFatal else { return false }
        while let notify = PQnotifies(pointer) { PQfreemem(notify) }
        guard ping else { return true }
        guard let result = PQexec(pointer, "") else { return false }
        defer { PQclear(result) }
        return PQresultStatus(result) == PGRES_EMPTY_QUERY && isOK
    }

    var errorMessage: String { String(cString: PQerrorMessage(pointer)).trimmingTrailingNewlines() }
}

/// Owns one `PGresult`. Read-only after creation, so it may be shared.
final class PGResultHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
    deinit { PQclear(pointer) }

    var status: ExecStatusType { PQresultStatus(pointer) }

    func field(_ code: Character) -> String? {
        guard let value = PQresultErrorField(pointer, Int32(code.asciiValue!)) else { return nil }
        return String(cString: value)
    }

    func error(query: String?) -> PostgresError {
        let sqlState = field("C")
        let message = field("M") ?? String(cString: PQresultErrorMessage(pointer)).trimmingTrailingNewlines()
        let connectionLost = sqlState == nil
        return PostgresError(
            code: connectionLost ? .connectionClosed : .server, sqlState: sqlState, message: message, detail: field("D"), query: query)
    }

    /// Copies every value out (text format).
    func rows() -> PostgresRows {
        let rowCount = Int(PQntuples(pointer))
        let columnCount = Int(PQnfields(pointer))
        let columns = (0..<columnCount).map { String(cString: PQfname(pointer, Int32($0))) }
        var values: [[String?]] = []
        values.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            var rowValues: [String?] = []
            rowValues.reserveCapacity(columnCount)
            for column in 0..<columnCount {
                if PQgetisnull(pointer, Int32(row), Int32(column)) != 0 {
                    rowValues.append(nil)
                } else {
                    let length = Int(PQgetlength(pointer, Int32(row), Int32(column)))
                    let bytes = UnsafeRawBufferPointer(start: PQgetvalue(pointer, Int32(row), Int32(column)), count: length)
                    rowValues.append(String(decoding: bytes, as: UTF8.self))
                }
            }
            values.append(rowValues)
        }
        let tuples = String(cString: PQcmdTuples(pointer))
        return PostgresRows(columns: columns, values: values, affectedRows: Int(tuples))
    }
}

private let pgNoticeReceiver: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?) -> Void = { context, result in
    guard let context, let result else { return }
    let notices = Unmanaged<PGConnectionHandle.NoticeContext>.fromOpaque(context).takeUnretainedValue()
    let logger = notices.logger
    let message = String(cString: PQresultErrorMessage(result)).trimmingTrailingNewlines()
    let severity = PQresultErrorField(result, Int32(Character("V").asciiValue!)).map { String(cString: $0) } ?? "NOTICE"
    if severity == "FATAL" || severity == "PANIC" { notices.sawFatal = true }
    logger.debug("postgres notice: \(message)", metadata: [PostgresLoggingKeys.severity: "\(severity)"])
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
