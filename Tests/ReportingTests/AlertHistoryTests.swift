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
@testable import Reporting

/// Reporting's alert history, as the alerts topic fills it, through the router the service serves: one row per
/// firing, acknowledgement and resolution (reminders are not stored again), in the API and on the dashboard.
@Suite("Alert history in reporting")
struct AlertHistoryTests {
    static let token = "reader-token-0123456789"
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static func alert(status: Alert.Status, emittedAt: Date) -> Alert {
        Alert(
            fingerprint: "p:acme:volume_spike", projectID: "p", topicID: "acme", kind: .volumeSpike, status: status, severity: 4,
            title: "Acme: 84 distinct authors in 5 min (expected 33.5)", startedAt: start, resolvedAt: status == .resolved ? emittedAt : nil,
            windowStart: start, windowEnd: start.addingTimeInterval(300),
            explanation: .init(observed: 84, expected: 33.5, threshold: 60, metric: "distinct_authors"), emittedAt: emittedAt)
    }

    @Test func anAcknowledgementIsAnEventOfTheHistoryAndShowsWhoIsOnIt() async throws {
        try await TestDatabase.withDatabase { client in
            let (logger, _) = InMemoryLogHandler.makeLogger()
            _ = try await DatabaseMigrations(client: client, schema: "reporting", migrations: reportingMigrations, logger: logger).apply()
            let readModel = ReadModel(client: client)
            try await readModel.save(project: Project(id: "p", name: "Acme watch", topics: [.init(id: "acme", name: "Acme", query: "acme")], updatedAt: Self.start))
            let firing = Self.alert(status: .firing, emittedAt: Self.start.addingTimeInterval(60))
            var reminder = firing
            reminder.id += ":r1"
            var acknowledgement = firing
            acknowledgement.id = firing.occurrenceID + ":a1790000400"
            acknowledgement.emittedAt = Self.start.addingTimeInterval(400)
            acknowledgement.acknowledgement = .init(by: "marie.cm", comment: "statement <b>in</b> 10 min", at: acknowledgement.emittedAt)
            let resolved = Self.alert(status: .resolved, emittedAt: Self.start.addingTimeInterval(900))
            let acknowledgementID = acknowledgement.id
            // Another alert, whose firing a silence held back until after someone acknowledged it.
            var heldBack = Self.alert(status: .firing, emittedAt: Self.start.addingTimeInterval(30))
            heldBack.fingerprint = "p:acme:keyword"
            heldBack.kind = .keyword
            heldBack.id = heldBack.occurrenceID
            heldBack.acknowledgement = .init(by: "paul", at: Self.start.addingTimeInterval(20))
            let held = heldBack
            // Its firing as the silence held it back: shown for the record, greyed, with the silence.
            var silencedFiring = Self.alert(status: .firing, emittedAt: Self.start.addingTimeInterval(10))
            silencedFiring.fingerprint = heldBack.fingerprint
            silencedFiring.kind = .keyword
            silencedFiring.id = silencedFiring.occurrenceID + ":s"
            silencedFiring.silence = .init(id: "s1", endsAt: Self.start.addingTimeInterval(25), createdBy: "paul", comment: "drill")
            let silenced = silencedFiring
            let acknowledged = acknowledgement
            try await client.withTransaction { connection in
                try await readModel.save(
                    mentions: [], alerts: [silenced, held, firing, reminder, acknowledged, resolved, acknowledged], connection: connection)
            }

            let tokens = try ProjectTokens(entries: ["\(Self.token):p"], key: "reporting.tokens")
            try await Application(router: makeReportingRouter(tokens: tokens, readModel: readModel)).test(.router) { http in
                let headers: HTTPFields = [.authorization: "Bearer \(Self.token)"]
                func alerts(_ query: String) async throws -> (HTTPResponse.Status, [[String: Any]]) {
                    let response = try await http.execute(uri: "/v1/projects/p/alerts\(query)", method: .get, headers: headers)
                    let json = try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                    return (response.status, (json?["alerts"] as? [[String: Any]]) ?? [])
                }
                let (status, all) = try await alerts("")
                #expect(status == .ok)
                #expect(
                    all.map { $0["id"] as? String } == [resolved.id, acknowledgementID, firing.id, held.id, silenced.id],
                    "newest first, the reminder not again")
                #expect(try await alerts("?status=silenced").1.map { $0["id"] as? String } == [silenced.id])
                let (_, acknowledged) = try await alerts("?status=acknowledged")
                #expect((acknowledged.first?["acknowledgement"] as? [String: Any])?["by"] as? String == "marie.cm")
                #expect(try await alerts("?status=firing").1.map { $0["id"] as? String } == [firing.id, held.id])
                #expect(try await alerts("?status=maybe").0 == .badRequest)

                let page = try await http.execute(uri: "/projects/p", method: .get, headers: headers)
                let html = String(buffer: page.body)
                #expect(page.status == .ok)
                #expect(html.contains("<span class=\"pill\">acknowledged</span>"), "\(html)")
                #expect(html.contains("by marie.cm: statement &lt;b&gt;in&lt;/b&gt; 10 min"), "escaped")
                #expect(html.contains("<span class=\"pill\">resolved</span>") && html.contains("<span class=\"pill\">firing</span>"))
                #expect(html.contains(" · acknowledged by paul"), "a firing published after its acknowledgement says so")
                #expect(html.contains("<tr class=\"silenced\"><td><span class=\"pill\">silenced</span>"), "\(html)")
                #expect(html.contains(" · silenced by paul until 2026-09-21T14:13:45"), "\(html)")
            }
        }
    }
}
