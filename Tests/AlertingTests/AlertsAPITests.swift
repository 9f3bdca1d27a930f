import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VigieEvents
import VigiePostgres
import VigieRuntime
import VigieTesting
@testable import Alerting

/// The lifecycle API (alerts, acknowledgements, silences, incidents) on a real database, through the router the
/// service serves.
@Suite("Alerts lifecycle API")
struct AlertsAPITests {
    static let token = "operator-token-0123456789"
    static let otherToken = "other-team-token-0123456789"

    func withAPI(_ body: @Sendable (any TestClientProtocol, AlertEngineTests.Harness) async throws -> Void) async throws {
        try await TestDatabase.withDatabase { client in
            let (logger, _) = InMemoryLogHandler.makeLogger()
            _ = try await DatabaseMigrations(client: client, schema: "alerting", migrations: alertingMigrations, logger: logger).apply()
            let repository = AlertRepository()
            let project = AlertEngineTests.project()
            let other = Project(id: "other", name: "Other", topics: [.init(id: "x", name: "X", query: "x")], updatedAt: Date())
            let harness = AlertEngineTests.Harness(
                processor: AlertProcessor(repository: repository, engine: AlertEngine(repository: repository, dashboardURL: nil), client: client),
                project: project)
            let tokens = try ProjectTokens(entries: ["\(Self.token):p", "\(Self.otherToken):other"], key: "alerting.tokens")
            let router = makeAlertingRouter(tokens: tokens, repository: repository, client: client, projects: { ["p": project, "other": other] })
            try await Application(router: router).test(.router) { http in try await body(http, harness) }
        }
    }

    static func headers(_ token: String? = AlertsAPITests.token) -> HTTPFields {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return headers
    }

    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]) ?? [:]
    }

    @Test func everyCallNeedsATokenAndSeesOnlyItsProjects() async throws {
        try await withAPI { http, _ in
            #expect(try await http.execute(uri: "/v1/alerts?project=p", method: .get).status == .unauthorized)
            #expect(try await http.execute(uri: "/v1/alerts?project=p", method: .get, headers: Self.headers("wrong-token-0123456789")).status == .unauthorized)
            #expect(try await http.execute(uri: "/v1/alerts?project=p", method: .get, headers: Self.headers()).status == .ok)
            #expect(try await http.execute(uri: "/v1/alerts?project=p", method: .get, headers: Self.headers(Self.otherToken)).status == .notFound)
            #expect(try await http.execute(uri: "/v1/incidents?project=nope", method: .get, headers: Self.headers()).status == .notFound)
            let missing = try await http.execute(uri: "/v1/alerts", method: .get, headers: Self.headers())
            #expect(missing.status == .badRequest && Self.json(missing)["field"] as? String == "project")
        }
    }

    @Test func silencesAreValidatedCreatedListedAndExpired() async throws {
        try await withAPI { http, _ in
            func post(_ body: String, token: String = Self.token) async throws -> TestResponse {
                try await http.execute(uri: "/v1/silences", method: .post, headers: Self.headers(token), body: ByteBuffer(string: body))
            }
            let refusals: [(String, String)] = [
                (#"{"project_id": "p", "duration_minutes": 60, "created_by": "cm"}"#, "comment"),
                (#"{"project_id": "p", "kind": "panic", "duration_minutes": 60, "created_by": "cm", "comment": "x"}"#, "kind"),
                (#"{"project_id": "p", "topic_id": "nope", "duration_minutes": 60, "created_by": "cm", "comment": "x"}"#, "topic_id"),
                (#"{"project_id": "p", "duration_minutes": 0, "created_by": "cm", "comment": "x"}"#, "duration_minutes"),
                (#"{"project_id": "p", "created_by": "cm", "comment": "x"}"#, "ends_at"),
                (#"{"project_id": "p", "ends_at": "2020-01-01T00:00:00Z", "created_by": "cm", "comment": "x"}"#, "ends_at"),
                (#"{"project_id": "p", "duration_minutes": "soon", "created_by": "cm", "comment": "x"}"#, "duration_minutes"),
            ]
            for (body, field) in refusals {
                let answer = try await post(body)
                #expect(answer.status == .badRequest, "\(body)")
                #expect(Self.json(answer)["field"] as? String == field, "\(body): \(Self.json(answer))")
            }
            #expect(try await post("not json").status == .badRequest)
            #expect(try await post(#"{"project_id": "p", "duration_minutes": 60, "created_by": "cm", "comment": "x"}"#, token: Self.otherToken).status == .notFound)
            let tooLarge = try await post(#"{"comment": ""# + String(repeating: "x", count: 70_000) + #""}"#)
            #expect(tooLarge.status == .contentTooLarge)

            let created = try await post(#"{"project_id": "p", "topic_id": "acme", "kind": "volume_spike", "duration_minutes": 120, "created_by": "cm", "comment": "TV ad"}"#)
            #expect(created.status == .created)
            let id = try #require(Self.json(created)["id"] as? String)
            let listed = Self.json(try await http.execute(uri: "/v1/silences?project=p", method: .get, headers: Self.headers()))
            #expect((listed["silences"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            #expect(try await http.execute(uri: "/v1/silences/\(id)", method: .delete, headers: Self.headers(Self.otherToken)).status == .notFound)
            #expect(try await http.execute(uri: "/v1/silences/not-a-uuid", method: .delete, headers: Self.headers()).status == .badRequest)
            #expect(try await http.execute(uri: "/v1/silences/\(id)", method: .delete, headers: Self.headers()).status == .ok)
            let active = Self.json(try await http.execute(uri: "/v1/silences?project=p", method: .get, headers: Self.headers()))
            #expect((active["silences"] as? [Any])?.isEmpty == true, "expired")
            let all = Self.json(try await http.execute(uri: "/v1/silences?project=p&all=true", method: .get, headers: Self.headers()))
            #expect((all["silences"] as? [Any])?.count == 1, "kept for the record")
        }
    }

    @Test func aFiringAlertIsAcknowledgedOnceAndShownWithItsIncident() async throws {
        try await withAPI { http, harness in
            _ = try await harness.process(AlertEngineTests.history())
            let fired = try await harness.process((0..<40).map {
                AlertEngineTests.scored("b\($0)", author: "a\($0)", at: AlertEngineTests.at(0, second: $0))
            })
            let fingerprint = try #require(fired.first?.fingerprint)
            func acknowledge(_ body: String, token: String = Self.token) async throws -> TestResponse {
                try await http.execute(uri: "/v1/acknowledgements", method: .post, headers: Self.headers(token), body: ByteBuffer(string: body))
            }
            #expect(try await acknowledge(#"{"fingerprint": "\#(fingerprint)", "by": "cm"}"#, token: Self.otherToken).status == .notFound)
            #expect(try await acknowledge(#"{"fingerprint": "p:acme:nothing", "by": "cm"}"#).status == .notFound)
            let noAuthor = try await acknowledge(#"{"fingerprint": "\#(fingerprint)"}"#)
            #expect(noAuthor.status == .badRequest && Self.json(noAuthor)["field"] as? String == "by")
            let done = try await acknowledge(#"{"fingerprint": "\#(fingerprint)", "by": "cm", "comment": "on it"}"#)
            #expect(done.status == .ok)
            #expect(Self.json(done)["acknowledged_by"] as? String == "cm")
            let acknowledgement = try await harness.processor.repository.pendingOutbox(limit: 10, client: harness.processor.client)
                .map(\.alert).first(where: \.isAcknowledgement)
            #expect(acknowledgement?.fingerprint == fingerprint && acknowledgement?.acknowledgement?.comment == "on it")

            let alerts = Self.json(try await http.execute(uri: "/v1/alerts?project=p&status=firing", method: .get, headers: Self.headers()))
            let listed = (alerts["alerts"] as? [[String: Any]]) ?? []
            #expect(listed.map { $0["fingerprint"] as? String } == [fingerprint])
            let incidentID = (listed.first?["alert"] as? [String: Any])?["incident_id"] as? String
            let incidents = Self.json(try await http.execute(uri: "/v1/incidents?project=p&status=open", method: .get, headers: Self.headers()))
            let incident = ((incidents["incidents"] as? [[String: Any]]) ?? []).first
            #expect(incident?["id"] as? String == incidentID && incidentID != nil)
            #expect(incident?["fingerprints"] as? [String] == [fingerprint])
            let closed = Self.json(try await http.execute(uri: "/v1/incidents?project=p&status=closed", method: .get, headers: Self.headers()))
            #expect((closed["incidents"] as? [Any])?.isEmpty == true)
            let badStatus = try await http.execute(uri: "/v1/incidents?project=p&status=maybe", method: .get, headers: Self.headers())
            #expect(badStatus.status == .badRequest && Self.json(badStatus)["field"] as? String == "status")

            _ = try await harness.tick(latest: AlertEngineTests.at(2), now: AlertEngineTests.at(2, second: 70))
            #expect(try await acknowledge(#"{"fingerprint": "\#(fingerprint)", "by": "cm"}"#).status == .conflict, "resolved: nothing to acknowledge")
        }
    }
}
