import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import VigieEvents

/// Bearer tokens scoped to projects: `token:project1|project2` or `token:*` (e.g. `reporting.tokens`,
/// `alerting.tokens`). A token sees only its projects; other projects answer 404, as if they did not exist.
public struct ProjectTokens: Sendable {
    public struct Grant: Sendable {
        let token: [UInt8]
        /// `nil`: every project.
        public let projects: Set<String>?
    }
    public let grants: [Grant]

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// - Parameter key: The configuration key, named in errors.
    public init(entries: [String], key: String) throws {
        grants = try entries.map { entry in
            guard let colon = entry.lastIndex(of: ":") else { throw Invalid(description: "\(key): each entry is token:project|project or token:*") }
            let token = String(entry[..<colon])
            let scope = String(entry[entry.index(after: colon)...])
            guard token.count >= 16 else { throw Invalid(description: "\(key): a token must have 16 characters or more") }
            return Grant(token: Array(token.utf8), projects: scope == "*" ? nil : Set(scope.split(separator: "|").map(String.init)))
        }
    }

    /// The grant of `token`, compared in constant time.
    public func grant(for token: String) -> Grant? {
        let candidate = Array(token.utf8)
        var found: Grant?
        for grant in grants where SecretComparison.equals(candidate, grant.token) { found = grant }
        return found
    }

    /// The token of `Authorization: Bearer <token>`, if any.
    public static func bearer(_ request: Request) -> String? {
        guard let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") else { return nil }
        return String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
    }
}

/// `{"error": message, "field": field}` with `status`.
public func jsonError(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) throws -> Response {
    var body: [String: String] = ["error": message]
    if let field { body["field"] = field }
    return try json(body, status: status)
}

/// `value` encoded with Vigie's event codec (snake_case keys, ISO dates).
public func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
    let encoder = EventCodec.makeEncoder()
    return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
}
