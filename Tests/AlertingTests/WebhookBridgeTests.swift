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
}
