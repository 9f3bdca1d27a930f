import AsyncHTTPClient
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import NIOCore
import Testing
import VigieEvents
@testable import Alerting

@Suite("Webhook bridge against a local HTTP receiver", .timeLimit(.minutes(1)))
struct WebhookBridgeTests {
    static let alert = Alert(
        fingerprint: "air-vigie:brand:volume_spike", projectID: "air-vigie", topicID: "brand", kind: .volumeSpike, status: .firing, severity: 4,
        title: "Air Vigie — Air Vigie: 84 distinct authors in 5 min (expected 33.5)", startedAt: Date(timeIntervalSince1970: 1_790_000_000),
        windowStart: Date(timeIntervalSince1970: 1_790_000_000), windowEnd: Date(timeIntervalSince1970: 1_790_000_300),
        explanation: .init(
            observed: 84, expected: 33.5, threshold: 84, metric: "distinct_authors", topTerms: [.init(key: "cendres", count: 40)],
            topAuthors: [.init(handle: "lequotidien_fr", followers: 2_100_000, mentions: 1)]),
        dashboardURL: "http://127.0.0.1:8083/projects/air-vigie", emittedAt: Date(timeIntervalSince1970: 1_790_000_100))

    /// A receiver that answers `statuses` in turn (then 200) and records what it got.
    final class Receiver: Sendable {
        let statuses: [Int]
        let received = NIOLockedValueBox<[(body: String, idempotencyKey: String?)]>([])
        init(statuses: [Int]) { self.statuses = statuses }

        func application() -> some ApplicationProtocol {
            let router = Router()
            router.post("/hook") { request, _ -> Response in
                let body = try await request.body.collect(upTo: 1 << 20)
                let count = self.received.withLockedValue { received in
                    received.append((String(buffer: body), request.headers[HTTPField.Name("Idempotency-Key")!]))
                    return received.count
                }
                let status = count <= self.statuses.count ? self.statuses[count - 1] : 200
                return Response(status: .init(code: status))
            }
            return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        }
    }

    func bridge(port: Int, http: HTTPClient, timeout: TimeAmount = .seconds(10)) -> WebhookBridge {
        var bridge = WebhookBridge(url: "http://127.0.0.1:\(port)/hook", http: http, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        bridge.initialBackoff = .milliseconds(20)
        bridge.maxBackoff = .milliseconds(80)
        bridge.maxAttempts = 4
        bridge.timeout = timeout
        return bridge
    }

    @Test func retriesUnavailableAnswersThenDelivers() async throws {
        let receiver = Receiver(statuses: [503, 429])
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        try await receiver.application().test(.live) { client in
            let port = try #require(client.port)
            let outcome = try await bridge(port: port, http: http).deliver(Self.alert)
            #expect(outcome == .delivered(attempts: 3))
        }
        try await http.shutdown()
        let received = receiver.received.withLockedValue { $0 }
        #expect(received.count == 3)
        #expect(received.allSatisfy { $0.idempotencyKey == Self.alert.id }, "one key for every attempt, so the receiver can deduplicate")
        let message = try JSONSerialization.jsonObject(with: Data(received[2].body.utf8)) as? [String: String]
        let text = try #require(message?["text"])
        #expect(text.contains("FIRING") && text.contains("severity 4") && text.contains("cendres") && text.contains("@lequotidien_fr"))
        #expect(text.contains("<http://127.0.0.1:8083/projects/air-vigie|open the dashboard>"))
    }

    @Test func aRefusalIsFinalAndUnreachableGivesUp() async throws {
        let receiver = Receiver(statuses: [400])
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        try await receiver.application().test(.live) { client in
            let port = try #require(client.port)
            let outcome = try await bridge(port: port, http: http).deliver(Self.alert)
            #expect(outcome == .refused(status: 400))
        }
        #expect(receiver.received.withLockedValue { $0.count } == 1)
        // Nobody listening: every attempt fails, then the bridge gives up (the caller then logs it).
        let closedPort = 9  // discard: nothing listens there on loopback
        // A short deadline: AsyncHTTPClient keeps reconnecting until it.
        let unreachable = try await bridge(port: closedPort, http: http, timeout: .milliseconds(300)).deliver(Self.alert)
        #expect(unreachable == .gaveUp(attempts: 4))
        try await http.shutdown()
    }

    // MARK: - Grouping by incident

    static func alert(_ kind: Alert.Kind, incident: String?, status: Alert.Status = .firing, severity: Int = 3) -> Alert {
        var alert = Self.alert
        alert = Alert(
            fingerprint: "air-vigie:brand:\(kind.rawValue)", projectID: "air-vigie", topicID: "brand", kind: kind, status: status, severity: severity,
            title: "Air Vigie — \(kind.rawValue)", startedAt: alert.startedAt, windowStart: alert.windowStart, windowEnd: alert.windowEnd,
            explanation: alert.explanation, dashboardURL: alert.dashboardURL, emittedAt: alert.emittedAt, incidentID: incident)
        return alert
    }

    @Test func anIncidentsAlertsWaitForEachOtherAndGoOutTogether() {
        var grouper = AlertGrouper(wait: 10)
        grouper.add(Self.alert(.volumeSpike, incident: "i1"), at: .init(partition: 0, offset: 1), now: 0)
        grouper.add(Self.alert(.keyword, incident: "i2"), at: .init(partition: 0, offset: 2), now: 1)
        grouper.add(Self.alert(.negativeSurge, incident: "i1"), at: .init(partition: 0, offset: 3), now: 4)
        #expect(grouper.takeDue(now: 9.9).isEmpty, "the first alert of an incident waits for the related ones")
        let first = grouper.takeDue(now: 10)
        #expect(first.map(\.key) == ["i1"] && first.first?.alerts.map(\.kind) == [.volumeSpike, .negativeSurge])
        // Offsets: i2 (offset 2) is still waiting, so only offset 1 may be committed — next to read is 2.
        #expect(grouper.done(first[0]).map(\.next) == [2])
        let second = grouper.takeDue(now: 11)
        #expect(second.map(\.key) == ["i2"])
        #expect(grouper.done(second[0]).map(\.next) == [4])
        #expect(grouper.skip(at: .init(partition: 0, offset: 4)).map(\.next) == [5])
        #expect(grouper.pending == 0)
    }

    @Test func aLaterGroupDeliveredFirstDoesNotCommitAnEarlierOne() {
        var grouper = AlertGrouper(wait: 5)
        grouper.add(Self.alert(.volumeSpike, incident: "late"), at: .init(partition: 1, offset: 10), now: 3)
        grouper.add(Self.alert(.keyword, incident: "early"), at: .init(partition: 1, offset: 7), now: 0)
        let due = grouper.takeDue(now: 5)
        #expect(due.map(\.key) == ["early"])
        #expect(grouper.done(due[0]).map(\.next) == [10], "offset 10 is not delivered yet")
        #expect(grouper.skip(at: .init(partition: 1, offset: 11)).map(\.next) == [10])
    }

    @Test func aGroupIsOneMessageWithALinePerAlert() async throws {
        let alerts = [
            Self.alert(.volumeSpike, incident: "air-vigie:incident:1", severity: 4),
            Self.alert(.negativeSurge, incident: "air-vigie:incident:1"),
            Self.alert(.keyword, incident: "air-vigie:incident:1", status: .resolved),
        ]
        let receiver = Receiver(statuses: [])
        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        try await receiver.application().test(.live) { client in
            let port = try #require(client.port)
            #expect(try await bridge(port: port, http: http).deliver(alerts) == .delivered(attempts: 1))
        }
        try await http.shutdown()
        let received = receiver.received.withLockedValue { $0 }
        #expect(received.count == 1)
        let text = try #require((try JSONSerialization.jsonObject(with: Data(received[0].body.utf8)) as? [String: String])?["text"])
        #expect(text.hasPrefix(":rotating_light: *INCIDENT* air-vigie:incident:1: 3 alerts (2 firing, 1 resolved)"), "\(text)")
        #expect(text.components(separatedBy: "\n• ").count == 4)
        #expect(text.contains("*RESOLVED* (severity 3) Air Vigie — keyword"))
        #expect(received[0].idempotencyKey != nil && received[0].idempotencyKey != alerts[0].id)
    }

    @Test func anAcknowledgementSaysWhoIsOnIt() {
        var acknowledged = Self.alert
        acknowledged.id = acknowledged.occurrenceID + ":a1790000400"
        acknowledged.acknowledgement = .init(by: "marie.cm", comment: "statement in 10 min", at: Date(timeIntervalSince1970: 1_790_000_400))
        let text = WebhookBridge.message(for: acknowledged)["text"] ?? ""
        #expect(text.hasPrefix(":eyes: *ACKNOWLEDGED* by marie.cm: statement in 10 min — Air Vigie — Air Vigie: 84"), "\(text)")
        #expect(!text.contains("FIRING") && text.contains("open the dashboard"))
        // In an incident's message: a line of its own, not counted as firing.
        let grouped = WebhookBridge.message(for: [Self.alert, acknowledged])["text"] ?? ""
        #expect(grouped.contains("2 alerts (1 firing, 0 resolved, 1 acknowledged)"), "\(grouped)")
        #expect(grouped.contains("\n• *ACKNOWLEDGED* by marie.cm"))
        // A firing published after its acknowledgement (a silence held it back) says so.
        var heldBack = Self.alert
        heldBack.acknowledgement = acknowledged.acknowledgement
        #expect(WebhookBridge.message(for: heldBack)["text"]?.contains("*FIRING*") == true)
        #expect(WebhookBridge.message(for: heldBack)["text"]?.contains("\nacknowledged by marie.cm") == true)
    }

    /// A firing a silence held back is published for dashboards, never forwarded; its firing after the silence is.
    @Test func aSilencedFiringIsNotForwarded() {
        var held = Self.alert
        held.id = held.occurrenceID + ":s"
        held.silence = .init(id: "s1", endsAt: Date(timeIntervalSince1970: 1_790_003_600), createdBy: "marie.cm", comment: "TV ad")
        #expect(!WebhookBridge.forwards(held))
        #expect(WebhookBridge.forwards(Self.alert))
        var acknowledged = Self.alert
        acknowledged.id = acknowledged.occurrenceID + ":a1790000400"
        #expect(WebhookBridge.forwards(acknowledged))
    }

    /// Text from people and mentions cannot become Slack markup: no channel ping, no disguised link.
    @Test func slackControlCharactersAreEscaped() {
        var acknowledged = Self.alert
        acknowledged.id = acknowledged.occurrenceID + ":a1790000400"
        acknowledged.title = "Air Vigie — <b>&co"
        acknowledged.acknowledgement = .init(by: "<!channel>", comment: "see <https://evil.example|your bank>", at: Date(timeIntervalSince1970: 1_790_000_400))
        let text = WebhookBridge.message(for: acknowledged)["text"] ?? ""
        #expect(text.hasPrefix(":eyes: *ACKNOWLEDGED* by &lt;!channel&gt;: see &lt;https://evil.example|your bank&gt; — Air Vigie — &lt;b&gt;&amp;co"), "\(text)")
        var firing = Self.alert
        firing.explanation.topTerms = [.init(key: "<!here>", count: 3)]
        firing.explanation.topAuthors = [.init(handle: "a>b", followers: 10, mentions: 1)]
        firing.acknowledgement = acknowledged.acknowledgement
        let firingText = WebhookBridge.message(for: firing)["text"] ?? ""
        #expect(firingText.contains("\nterms: &lt;!here&gt;") && firingText.contains("@a&gt;b") && firingText.contains("by &lt;!channel&gt;"), "\(firingText)")
        #expect(!firingText.contains("<!") && firingText.hasSuffix("\n<http://127.0.0.1:8083/projects/air-vigie|open the dashboard>"))
        let grouped = WebhookBridge.message(for: [firing, acknowledged])["text"] ?? ""
        #expect(!grouped.contains("<!") && grouped.contains("&lt;!channel&gt;"), "\(grouped)")
        #expect(WebhookBridge.escaped("plain é text") == "plain é text")
    }
}
