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

    /// Reads what the server sent while idle: a server that shut down leaves the connection `CONNECTION_BAD`.
    func checkAlive() -> Bool {
        guard isOK else { return false }
        _ = PQconsumeInput(pointer)
        while let notify = PQnotifies(pointer) { PQfreemem(notify) }
        return isOK
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
    let logger = Unmanaged<PGConnectionHandle.NoticeContext>.fromOpaque(context).takeUnretainedValue().logger
    let message = String(cString: PQresultErrorMessage(result)).trimmingTrailingNewlines()
    let severity = PQresultErrorField(result, Int32(Character("S").asciiValue!)).map { String(cString: $0) } ?? "NOTICE"
    logger.debug("postgres notice: \(message)", metadata: [PostgresLoggingKeys.severity: "\(severity)"])
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
