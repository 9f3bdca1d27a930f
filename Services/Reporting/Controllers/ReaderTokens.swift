import Foundation
import HTTPTypes
import Hummingbird
import VigieEvents
import VigieRuntime

/// Read tokens of reporting: `token:project1|project2` or `token:*` (configuration `reporting.tokens`).
/// A token sees only its projects; other projects answer 404, as if they did not exist.
struct ReaderTokens: Sendable {
    struct Grant: Sendable {
        let token: [UInt8]
        let projects: Set<String>?  // nil: every project
    }
    let grants: [Grant]

    init(entries: [String]) throws {
        grants = try entries.map { entry in
            guard let colon = entry.lastIndex(of: ":") else { throw TokenError("reporting.tokens: each entry is token:project|project or token:*") }
            let token = String(entry[..<colon])
            let scope = String(entry[entry.index(after: colon)...])
            guard token.count >= 16 else { throw TokenError("reporting.tokens: a token must have 16 characters or more") }
            return Grant(token: Array(token.utf8), projects: scope == "*" ? nil : Set(scope.split(separator: "|").map(String.init)))
        }
    }

    /// The grant of `token`, compared in constant time.
    func grant(for token: String) -> Grant? {
        let candidate = Array(token.utf8)
        var found: Grant?
        for grant in grants where SecretComparison.equals(candidate, grant.token) { found = grant }
        return found
    }
}

struct TokenError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

struct ReportingRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The projects the caller may read; `nil` for all. Set by ``ReaderAuthMiddleware``.
    var projects: Set<String>? = []

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    func mayRead(_ project: String) -> Bool { projects.map { $0.contains(project) } ?? true }
}

/// Reads need a token: `Authorization: Bearer <token>`, or the `vigie_token` cookie set when the dashboard is opened
/// with `?token=` (then redirected to the same address without it, so the token does not stay in the address bar).
struct ReaderAuthMiddleware: RouterMiddleware {
    typealias Context = ReportingRequestContext
    let tokens: ReaderTokens

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let token = request.uri.queryParameters.get("token"), tokens.grant(for: token) != nil {
            var location = request.uri.path
            let rest = request.uri.queryParameters.filter { $0.key != "token" }.map { "\($0.key)=\($0.value)" }
            if !rest.isEmpty { location += "?" + rest.joined(separator: "&") }
            return Response(
                status: .seeOther,
                headers: [.location: location, .setCookie: "vigie_token=\(token); Path=/; HttpOnly; SameSite=Strict"])
        }
        var token: String?
        if let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            token = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        } else if let cookies = request.headers[.cookie] {
            for cookie in cookies.split(separator: ";") {
                let parts = cookie.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == "vigie_token" { token = String(parts[1]) }
            }
        }
        guard let token, let grant = tokens.grant(for: token) else {
            if request.uri.path.hasPrefix("/v1/") {
                return try jsonError(.unauthorized, "a read token is required (Authorization: Bearer <token>)")
            }
            return Response(
                status: .unauthorized, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "<!doctype html><title>Vigie</title><p>Open the dashboard with <code>?token=…</code> (see .vigie/env).</p>")))
        }
        var context = context
        context.projects = grant.projects
        return try await next(request, context)
    }
}

func jsonError(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) throws -> Response {
    var body: [String: String] = ["error": message]
    if let field { body["field"] = field }
    return try json(body, status: status)
}

func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
    let encoder = EventCodec.makeEncoder()
    return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
}
