import Foundation
import HTTPTypes
import Hummingbird
import VigieEvents
import VigieRuntime

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
    let tokens: ProjectTokens

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let token = request.uri.queryParameters.get("token"), tokens.grant(for: token) != nil {
            var location = request.uri.path
            let rest = request.uri.queryParameters.filter { $0.key != "token" }.map { "\($0.key)=\($0.value)" }
            if !rest.isEmpty { location += "?" + rest.joined(separator: "&") }
            return Response(
                status: .seeOther,
                headers: [.location: location, .setCookie: "vigie_token=\(token); Path=/; HttpOnly; SameSite=Strict"])
        }
        var token = ProjectTokens.bearer(request)
        if token == nil, let cookies = request.headers[.cookie] {
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
