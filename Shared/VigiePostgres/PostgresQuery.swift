/// A SQL statement whose interpolated values become bind parameters.
///
/// ```swift
/// let query: PostgresQuery = "SELECT id FROM scoring.scores WHERE project_id = \(projectID) AND score < \(limit)"
/// // SQL: SELECT id FROM scoring.scores WHERE project_id = $1 AND score < $2, binds: [projectID, limit]
/// ```
/// Identifiers (schema or table names) cannot be bound; they go through ``StringInterpolation/appendInterpolation(identifier:)``,
/// which quotes them, or, for trusted SQL fragments only, ``StringInterpolation/appendInterpolation(unescaped:)``.
public struct PostgresQuery: ExpressibleByStringInterpolation, Sendable, CustomStringConvertible {
    /// The SQL text with `$n` placeholders.
    public var sql: String
    /// The bound values in PostgreSQL's text format (`nil` is NULL).
    public var binds: [String?]

    public init(unsafeSQL sql: String, binds: [String?] = []) {
        self.sql = sql
        self.binds = binds
    }

    public init(stringLiteral value: String) {
        self.init(unsafeSQL: value)
    }

    public init(stringInterpolation: StringInterpolation) {
        self.init(unsafeSQL: stringInterpolation.sql, binds: stringInterpolation.binds)
    }

    /// The SQL only: bound values never appear in logs or errors.
    public var description: String { sql }

    public struct StringInterpolation: StringInterpolationProtocol {
        var sql = ""
        var binds: [String?] = []

        public init(literalCapacity: Int, interpolationCount: Int) {
            sql.reserveCapacity(literalCapacity + interpolationCount * 3)
            binds.reserveCapacity(interpolationCount)
        }

        public mutating func appendLiteral(_ literal: String) {
            sql += literal
        }

        /// Binds `value` as the next parameter.
        public mutating func appendInterpolation(_ value: some PostgresEncodable) {
            binds.append(value.postgresText)
            sql += "$\(binds.count)"
        }

        /// Binds an optional value; `nil` is NULL.
        public mutating func appendInterpolation(_ value: (some PostgresEncodable)?) {
            binds.append(value?.postgresText)
            sql += "$\(binds.count)"
        }

        /// A quoted identifier (`"my schema"."table"` parts), safe for any string.
        public mutating func appendInterpolation(identifier: String) {
            sql += "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }

        /// Another query's SQL and binds (e.g. a shared `WHERE` condition), its placeholders renumbered after this
        /// query's. The fragment's SQL must use `$` only for its placeholders.
        public mutating func appendInterpolation(fragment: PostgresQuery) {
            let offset = binds.count
            var scalars = fragment.sql.unicodeScalars[...]
            while let dollar = scalars.firstIndex(of: "$") {
                sql.unicodeScalars.append(contentsOf: scalars[..<dollar])
                let digits = scalars[scalars.index(after: dollar)...].prefix { $0.properties.numericType != nil && $0.isASCII }
                if let number = Int(String(String.UnicodeScalarView(digits))) {
                    sql += "$\(number + offset)"
                } else {
                    sql += "$"
                }
                scalars = scalars[digits.endIndex...]
            }
            sql.unicodeScalars.append(contentsOf: scalars)
            binds += fragment.binds
        }

        /// Trusted SQL pasted as is. Never pass user input.
        public mutating func appendInterpolation(unescaped: String) {
            sql += unescaped
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
