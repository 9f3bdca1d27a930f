import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import VigieEvents
import VigiePostgres
import VigieRuntime

struct AlertingRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The projects the caller may see and act on; `nil` for all. Set by ``OperatorAuthMiddleware``.
    var projects: Set<String>? = []

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    func mayAccess(_ project: String) -> Bool { projects.map { $0.contains(project) } ?? true }
}

/// Every `/v1/` route needs `Authorization: Bearer <token>` from `alerting.tokens`.
struct OperatorAuthMiddleware: RouterMiddleware {
    typealias Context = AlertingRequestContext
    let tokens: ProjectTokens

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token = ProjectTokens.bearer(request), let grant = tokens.grant(for: token) else {
            return try jsonError(.unauthorized, "an operator token is required (Authorization: Bearer <token>)")
        }
        var context = context
        context.projects = grant.projects
        return try await next(request, context)
    }
}

/// A refused request: answered as `{"error", "field"}` with its status.
struct APIError: Error {
    var status: HTTPResponse.Status
    var message: String
    var field: String?
    init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }
}

/// The lifecycle API: alerts and their acknowledgement, silences, incidents. A project the token may not see
/// answers 404, as if it did not exist.
struct AlertsController: Sendable {
    let repository: AlertRepository
    let client: PostgresClient
    let projects: @Sendable () -> [String: Project]
    /// Publishes events recorded in the outbox (``AlertOutbox/publish(_:)``); what it fails to publish, the clock
    /// publishes later.
    var publish: (@Sendable ([Alert]) async throws -> Void)?
    var logger = Logger(label: "vigie-alerting")
    /// Largest accepted request body.
    var maxBody = 64 * 1024

    func addRoutes(to group: RouterGroup<AlertingRequestContext>) {
        group.get("/v1/alerts") { request, context in try await answer { try await listAlerts(request, context) } }
        group.post("/v1/acknowledgements") { request, context in try await answer { try await acknowledge(request, context) } }
        group.get("/v1/silences") { request, context in try await answer { try await listSilences(request, context) } }
        group.post("/v1/silences") { request, context in try await answer { try await createSilence(request, context) } }
        group.delete("/v1/silences/:id") { request, context in try await answer { try await expireSilence(request, context) } }
        group.get("/v1/incidents") { request, context in try await answer { try await listIncidents(request, context) } }
    }

    private func answer(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as APIError {
            return try jsonError(error.status, error.message, field: error.field)
        }
    }

    /// The `project` query parameter, when the caller may see it.
    private func project(_ request: Request, _ context: AlertingRequestContext) throws -> String {
        guard let project = request.uri.queryParameters.get("project"), !project.isEmpty else {
            throw APIError(.badRequest, "the project query parameter is required", field: "project")
        }
        guard context.mayAccess(project), projects()[project] != nil else { throw APIError(.notFound, "no project \(project)") }
        return project
    }

    private func limit(_ request: Request) throws -> Int {
        guard let text = request.uri.queryParameters.get("limit") else { return 100 }
        guard let limit = Int(text), (1...1000).contains(limit) else {
            throw APIError(.badRequest, "limit must be a number from 1 to 1000", field: "limit")
        }
        return limit
    }

    func listAlerts(_ request: Request, _ context: AlertingRequestContext) async throws -> Response {
        let project = try self.project(request, context)
        let limit = try self.limit(request)
        var status: Alert.Status?
        if let text = request.uri.queryParameters.get("status") {
            guard let parsed = Alert.Status(rawValue: String(text)) else {
                return try jsonError(.badRequest, "status must be firing or resolved", field: "status")
            }
            status = parsed
        }
        struct Answer: Encodable { var alerts: [AlertRepository.AlertView] }
        return try json(Answer(alerts: try await repository.alerts(project: project, status: status, limit: limit, client: client)))
    }

    func acknowledge(_ request: Request, _ context: AlertingRequestContext) async throws -> Response {
        struct Body: Decodable {
            var fingerprint: String
            var by: String
            var comment: String?
        }
        let body = try await decode(Body.self, request)
        if let response = try validate(text: body.fingerprint, field: "fingerprint", max: 1000) ?? validate(text: body.by, field: "by", max: 200)
            ?? validate(text: body.comment, field: "comment", max: 2000, optional: true)
        {
            return response
        }
        guard let view = try await repository.alert(fingerprint: body.fingerprint, client: client), context.mayAccess(view.alert.projectID)
        else { return try jsonError(.notFound, "no alert \(body.fingerprint)", field: "fingerprint") }
        let (acknowledged, event) = try await repository.acknowledge(
            fingerprint: body.fingerprint, by: body.by, comment: body.comment, now: Date(), client: client)
        guard acknowledged else { return try jsonError(.conflict, "alert \(body.fingerprint) is not firing", field: "fingerprint") }
        // Published now for the consumers of the alerts topic (the dashboard, the webhook bridge); the outbox keeps it
        // until then, so a failure here only delays it to the clock's next round.
        if let event, let publish {
            do {
                try await publish([event])
            } catch {
                logger.warning("acknowledgement left in the outbox", metadata: ["vigie.fingerprint": "\(event.fingerprint)", "error": "\(error)"])
            }
        }
        return try json(try await repository.alert(fingerprint: body.fingerprint, client: client))
    }

    func listSilences(_ request: Request, _ context: AlertingRequestContext) async throws -> Response {
        let project = try self.project(request, context)
        let all = request.uri.queryParameters.get("all") == "true"
        struct Answer: Encodable { var silences: [AlertRepository.Silence] }
        return try json(Answer(silences: try await repository.silences(project: project, activeOnly: !all, now: Date(), client: client)))
    }

    func createSilence(_ request: Request, _ context: AlertingRequestContext) async throws -> Response {
        struct Body: Decodable {
            var projectID: String
            var topicID: String?
            var kind: String?
            var startsAt: Date?
            var endsAt: Date?
            var durationMinutes: Int?
            var createdBy: String
            var comment: String
            enum CodingKeys: String, CodingKey {
                case kind, comment
                case projectID = "project_id"
                case topicID = "topic_id"
                case startsAt = "starts_at"
                case endsAt = "ends_at"
                case durationMinutes = "duration_minutes"
                case createdBy = "created_by"
            }
        }
        let body = try await decode(Body.self, request)
        guard context.mayAccess(body.projectID), let project = projects()[body.projectID] else {
            return try jsonError(.notFound, "no project \(body.projectID)", field: "project_id")
        }
        if let topic = body.topicID, !project.topics.contains(where: { $0.id == topic }) {
            return try jsonError(.badRequest, "project \(project.id) has no topic \(topic)", field: "topic_id")
        }
        var kind: Alert.Kind?
        if let text = body.kind {
            guard let parsed = Alert.Kind(rawValue: text) else {
                return try jsonError(
                    .badRequest, "kind must be one of \(Alert.Kind.allCases.map(\.rawValue).joined(separator: ", "))", field: "kind")
            }
            kind = parsed
        }
        if let response = try validate(text: body.createdBy, field: "created_by", max: 200) ?? validate(text: body.comment, field: "comment", max: 2000) {
            return response
        }
        let now = Date()
        let startsAt = body.startsAt ?? now
        let endsAt: Date
        switch (body.endsAt, body.durationMinutes) {
        case (let end?, nil): endsAt = end
        case (nil, let minutes?):
            guard (1...43_200).contains(minutes) else {
                return try jsonError(.badRequest, "duration_minutes must be from 1 to 43200 (30 days)", field: "duration_minutes")
            }
            endsAt = startsAt.addingTimeInterval(Double(minutes) * 60)
        default: return try jsonError(.badRequest, "give either ends_at or duration_minutes", field: "ends_at")
        }
        guard endsAt > startsAt, endsAt > now else { return try jsonError(.badRequest, "ends_at must be after starts_at and in the future", field: "ends_at") }
        guard endsAt.timeIntervalSince(startsAt) <= 30 * 86_400 else {
            return try jsonError(.badRequest, "a silence lasts at most 30 days", field: "ends_at")
        }
        let silence = AlertRepository.Silence(
            id: UUID(), projectID: project.id, topicID: body.topicID, kind: kind, startsAt: startsAt, endsAt: endsAt, createdBy: body.createdBy,
            comment: body.comment)
        try await repository.createSilence(silence, client: client)
        return try json(silence, status: .created)
    }

    func expireSilence(_ request: Request, _ context: AlertingRequestContext) async throws -> Response {
        guard let text = context.parameters.get("id"), let id = UUID(uuidString: text) else {
            return try jsonError(.badRequest, "the silence id must be a UUID", field: "id")
        }
        guard let silence = try await repository.silence(id: id, client: client), context.mayAccess(silence.projectID) else {
            return try jsonError(.notFound, "no silence \(text)")
        }
        try await repository.expireSilence(id: id, now: Date(), client: client)
        return try json(try await repository.silence(id: id, client: client))
    }

    func listIncidents(_ request: Request, _ context: AlertingRequestContext) async throws -> Response {
        let project = try self.project(request, context)
        let limit = try self.limit(request)
        let open: Bool?
        switch request.uri.queryParameters.get("status").map({ String($0) }) {
        case nil: open = nil
        case "open": open = true
        case "closed": open = false
        default: throw APIError(.badRequest, "status must be open or closed", field: "status")
        }
        struct Answer: Encodable { var incidents: [AlertRepository.Incident] }
        return try json(Answer(incidents: try await repository.incidents(project: project, open: open, limit: limit, client: client)))
    }

    // MARK: - Input

    private func decode<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw APIError(.unsupportedMediaType, "send application/json")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBody)
        } catch {
            throw APIError(.contentTooLarge, "the body is larger than \(maxBody) bytes")
        }
        do {
            return try EventCodec.decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as EventDecodingError {
            throw APIError(.badRequest, "\(error.path.isEmpty ? "body" : error.path): \(error.reason)", field: error.path.isEmpty ? nil : error.path)
        }
    }

    private func validate(text: String?, field: String, max: Int, optional: Bool = false) throws -> Response? {
        guard let text else { return optional ? nil : try jsonError(.badRequest, "\(field) is required", field: field) }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !optional {
            return try jsonError(.badRequest, "\(field) must not be empty", field: field)
        }
        if text.count > max { return try jsonError(.badRequest, "\(field) is longer than \(max) characters", field: field) }
        if text.unicodeScalars.contains("\u{0}") { return try jsonError(.badRequest, "\(field) contains a NUL character", field: field) }
        return nil
    }
}
