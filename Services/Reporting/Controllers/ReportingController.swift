import Foundation
import Hummingbird
import VigieEvents
import VigieRuntime

/// The JSON read API. Every route is under `/v1/projects`, needs a read token and sees only the token's projects.
///
/// Common parameters: `from`, `to` (ISO-8601; default: the last 7 days), answers in UTC.
struct ReportingController: Sendable {
    let readModel: ReadModel

    func addRoutes(to router: some RouterMethods<ReportingRequestContext>) {
        let projects = router.group("v1/projects")
        projects.get { request, context in try await list(context: context) }
        projects.get(":project/volume") { request, context in try await volume(request, context) }
        projects.get(":project/share-of-voice") { request, context in try await shareOfVoice(request, context) }
        projects.get(":project/authors") { request, context in try await authors(request, context) }
        projects.get(":project/mentions") { request, context in try await mentions(request, context) }
        projects.get(":project/alerts") { request, context in try await alerts(request, context) }
        projects.get(":project/summary") { request, context in try await summary(request, context) }
    }

    struct ProjectSummary: Codable {
        var id: String
        var name: String
        var topics: [Project.WatchedTopic]
    }

    func list(context: ReportingRequestContext) async throws -> Response {
        let visible = try await readModel.projects().filter { context.mayRead($0.id) }
        return try json(["projects": visible.map { ProjectSummary(id: $0.id, name: $0.name, topics: $0.topics) }])
    }

    /// The project named in the path, if the caller may read it.
    func project(_ context: ReportingRequestContext) async throws -> Project? {
        let id = try context.parameters.require("project")
        guard context.mayRead(id) else { return nil }
        return try await readModel.projects().first { $0.id == id }
    }

    struct BadParameter: Error {
        let field: String
        let reason: String
    }

    static func range(_ request: Request, defaultDays: Double = 7) throws -> (Date, Date) {
        let parameters = request.uri.queryParameters
        func date(_ name: String) throws -> Date? {
            guard let text = parameters.get(name) else { return nil }
            guard let date = EventCodec.parseDate(text) else { throw BadParameter(field: name, reason: "must be an ISO-8601 date-time") }
            return date
        }
        let to = try date("to") ?? Date().addingTimeInterval(3600)
        let from = try date("from") ?? to.addingTimeInterval(-defaultDays * 86_400)
        guard from < to else { throw BadParameter(field: "from", reason: "must be before to") }
        guard to.timeIntervalSince(from) <= 400 * 86_400 else { throw BadParameter(field: "from", reason: "the range is limited to 400 days") }
        return (from, to)
    }

    static func limit(_ request: Request, default value: Int, max: Int) throws -> Int {
        guard let text = request.uri.queryParameters.get("limit") else { return value }
        guard let limit = Int(text), (1...max).contains(limit) else { throw BadParameter(field: "limit", reason: "must be an integer from 1 to \(max)") }
        return limit
    }

    func guarded(_ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let error as BadParameter {
            return try jsonError(.badRequest, "\(error.field) \(error.reason)", field: error.field)
        }
    }

    func notFound() throws -> Response { try jsonError(.notFound, "no such project") }

    func volume(_ request: Request, _ context: ReportingRequestContext) async throws -> Response {
        try await guarded {
            guard let project = try await project(context) else { return try notFound() }
            let interval = request.uri.queryParameters.get("interval") ?? "hour"
            guard interval == "hour" || interval == "day" else { throw BadParameter(field: "interval", reason: "must be hour or day") }
            let topic = request.uri.queryParameters.get("topic").map { String($0) }
            if let topic, !project.topics.contains(where: { $0.id == topic }) { throw BadParameter(field: "topic", reason: "is not a topic of this project") }
            let (from, to) = try Self.range(request, defaultDays: interval == "hour" ? 2 : 30)
            let buckets = try await readModel.volume(project: project.id, topic: topic, bucketSeconds: interval == "day" ? 86_400 : 3_600, from: from, to: to)
            struct Answer: Encodable {
                var interval: String
                var from: Date
                var to: Date
                var buckets: [ReadModel.VolumeBucket]
            }
            return try json(Answer(interval: interval, from: from, to: to, buckets: buckets))
        }
    }

    func shareOfVoice(_ request: Request, _ context: ReportingRequestContext) async throws -> Response {
        try await guarded {
            guard let project = try await project(context) else { return try notFound() }
            let (from, to) = try Self.range(request)
            return try json(["topics": try await readModel.shareOfVoice(project: project, from: from, to: to)])
        }
    }

    func authors(_ request: Request, _ context: ReportingRequestContext) async throws -> Response {
        try await guarded {
            guard let project = try await project(context) else { return try notFound() }
            let (from, to) = try Self.range(request)
            let limit = try Self.limit(request, default: 10, max: 100)
            return try json(["authors": try await readModel.topAuthors(project: project.id, from: from, to: to, limit: limit)])
        }
    }

    func mentions(_ request: Request, _ context: ReportingRequestContext) async throws -> Response {
        try await guarded {
            guard let project = try await project(context) else { return try notFound() }
            let parameters = request.uri.queryParameters
            var filter = ReadModel.MentionFilter(limit: try Self.limit(request, default: 50, max: 500))
            filter.topic = parameters.get("topic").map { String($0) }
            if let topic = filter.topic, !project.topics.contains(where: { $0.id == topic }) {
                throw BadParameter(field: "topic", reason: "is not a topic of this project")
            }
            filter.sentiment = parameters.get("sentiment").map { String($0) }
            if let sentiment = filter.sentiment, !["positive", "neutral", "negative", "unsupported"].contains(sentiment) {
                throw BadParameter(field: "sentiment", reason: "must be positive, neutral, negative or unsupported")
            }
            filter.source = parameters.get("source").map { String($0) }
            filter.language = parameters.get("language").map { String($0) }
            filter.text = parameters.get("q").map { String($0) }
            if let text = filter.text, text.count > 200 { throw BadParameter(field: "q", reason: "is longer than 200 characters") }
            if let cursor = parameters.get("cursor") {
                guard let decoded = Data(base64Encoded: String(cursor)).map({ String(decoding: $0, as: UTF8.self) }),
                    let bar = decoded.firstIndex(of: "|"), let date = EventCodec.parseDate(String(decoded[..<bar]))
                else { throw BadParameter(field: "cursor", reason: "is not a cursor returned by this API") }
                filter.before = (date, String(decoded[decoded.index(after: bar)...]))
            }
            let rows = try await readModel.mentions(project: project.id, filter: filter)
            var next: String?
            if rows.count == filter.limit, let last = rows.last {
                next = Data("\(EventCodec.formatDate(last.publishedAt))|\(last.id)".utf8).base64EncodedString()
            }
            struct Answer: Encodable {
                var mentions: [ReadModel.MentionRow]
                var nextCursor: String?
                enum CodingKeys: String, CodingKey {
                    case mentions
                    case nextCursor = "next_cursor"
                }
            }
            return try json(Answer(mentions: rows, nextCursor: next))
        }
    }

    func alerts(_ request: Request, _ context: ReportingRequestContext) async throws -> Response {
        try await guarded {
            guard let project = try await project(context) else { return try notFound() }
            let status = request.uri.queryParameters.get("status").map { String($0) }
            if let status, !["firing", "acknowledged", "silenced", "resolved"].contains(status) {
                throw BadParameter(field: "status", reason: "must be firing, acknowledged, silenced or resolved")
            }
            let limit = try Self.limit(request, default: 50, max: 500)
            return try json(["alerts": try await readModel.alerts(project: project.id, status: status, limit: limit)])
        }
    }

    func summary(_ request: Request, _ context: ReportingRequestContext) async throws -> Response {
        try await guarded {
            guard let project = try await project(context) else { return try notFound() }
            let (from, to) = try Self.range(request)
            return try json(try await readModel.totals(project: project.id, from: from, to: to))
        }
    }
}
