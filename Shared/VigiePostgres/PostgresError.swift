/// An error raised by ``VigiePostgres``.
///
/// Like postgres-nio's `PSQLError`, `description` stays generic (it could otherwise leak data from a
/// statement into logs); `String(reflecting:)` gives the server's message, SQLSTATE, detail and the query.
public struct PostgresError: Error, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate let base: String
        /// No connection could be made (within the connect timeout).
        public static let connectionFailed = Code(base: "connectionFailed")
        /// The connection broke during a call (server restart, network).
        public static let connectionClosed = Code(base: "connectionClosed")
        /// The server answered with an error; see ``PostgresError/sqlState``.
        public static let server = Code(base: "server")
        /// A value could not be decoded into the requested Swift type.
        public static let decoding = Code(base: "decoding")
        /// A value could not be encoded, or an argument was invalid.
        public static let invalidArgument = Code(base: "invalidArgument")
        /// The client is shut down.
        public static let shutdown = Code(base: "shutdown")
        public var description: String { base }
    }

    public let code: Code
    /// The five-character SQLSTATE of a server error, e.g. `23505` (unique violation), `40001`.
    public let sqlState: String?
    /// The server's or libpq's message.
    public let message: String
    /// The server's DETAIL field, when present.
    public let detail: String?
    /// The query text, when the error came from a query (never the bound values).
    public let query: String?
    let file: String
    let line: UInt

    init(
        code: Code, sqlState: String? = nil, message: String, detail: String? = nil, query: String? = nil,
        file: String = #fileID, line: UInt = #line
    ) {
        self.code = code
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.query = query
        self.file = file
        self.line = line
    }

    public var description: String { "PostgresError.\(code)" + (sqlState.map { " (\($0))" } ?? "") }
    public var debugDescription: String {
        var text = "PostgresError(code: \(code)"
        if let sqlState { text += ", sqlState: \(sqlState)" }
        text += ", message: \(message)"
        if let detail { text += ", detail: \(detail)" }
        if let query { text += ", query: \(query)" }
        return text + ", at: \(file):\(line))"
    }

    /// SQLSTATE class 08 (connection exception) or a broken connection.
    public var isConnectionError: Bool {
        code == .connectionClosed || code == .connectionFailed || sqlState?.hasPrefix("08") == true
            || sqlState == "57P01" || sqlState == "57P02" || sqlState == "57P03"
    }
    /// `23505`: a unique constraint was violated.
    public var isUniqueViolation: Bool { sqlState == "23505" }
}

/// Keys of logger metadata set by ``VigiePostgres``.
public enum PostgresLoggingKeys {
    public static let sqlState = "postgres.sqlstate"
    public static let query = "postgres.query"
    public static let error = "postgres.error"
    public static let severity = "postgres.severity"
    public static let schema = "postgres.schema"
    public static let migration = "postgres.migration"
}
