import Hummingbird
import Foundation
import HTTPTypes
import VigieRuntime

/// API keys of ingest's clients: `name:key` pairs (configuration `ingest.apiKeys`).
struct APIKeys: Sendable {
    let keys: [(name: String, key: [UInt8])]

    /// - Parameter entries: `name:key` strings; a key must be at least 16 characters.
    init(entries: [String]) throws {
        keys = try entries.map { entry in
            let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[1].count >= 16 else {
                throw ConfigurationError("ingest.apiKeys: each entry is name:key with a key of 16 characters or more")
            }
            return (parts[0], Array(parts[1].utf8))
        }
    }

    /// The client owning `key`; compares in constant time.
    func client(for key: String) -> String? {
        let candidate = Array(key.utf8)
        var found: String?
        for (name, key) in keys where SecretComparison.equals(candidate, key) { found = name }
        return found
    }
}

struct ConfigurationError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Ingest's request context: the authenticated API client.
struct IngestRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Set by ``APIKeyMiddleware``.
    var apiClient: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}

/// Requires `Authorization: Bearer <key>` or `X-API-Key: <key>`; 401 otherwise.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = IngestRequestContext
    let keys: APIKeys

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var key = request.headers[HTTPField.Name("X-API-Key")!]
        if key == nil, let authorization = request.headers[.authorization], authorization.lowercased().hasPrefix("bearer ") {
            key = String(authorization.dropFirst(7)).trimmingCharacters(in: .whitespaces)
        }
        guard let key, let client = keys.client(for: key) else {
            return try errorResponse(.unauthorized, "an API key is required (Authorization: Bearer <key> or X-API-Key)")
        }
        var context = context
        context.apiClient = client
        return try await next(request, context)
    }
}
