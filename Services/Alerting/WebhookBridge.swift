import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import VigieEvents

/// Forwards alert events to a webhook as Slack-compatible JSON (`{"text": …}`), with retries and backoff.
///
/// A delivery is retried on network errors, 429 and 5xx answers, with a delay doubling from `initialBackoff` up to
/// `maxBackoff`, at most `maxAttempts` times; a 4xx answer (other than 429) is final. The caller stores the record's
/// offset only after ``deliver(_:)`` returned, so an alert is never dropped by a crash.
struct WebhookBridge: Sendable {
    enum Outcome: Equatable, Sendable {
        case delivered(attempts: Int)
        case refused(status: Int)
        case gaveUp(attempts: Int)
    }

    let url: String
    let http: HTTPClient
    let logger: Logger
    var maxAttempts = 8
    var initialBackoff: Duration = .milliseconds(500)
    var maxBackoff: Duration = .seconds(30)
    var timeout: TimeAmount = .seconds(10)

    /// Whether an alert event goes to the webhook: not a firing a silence held back (`vigie.alert.silenced`, for
    /// dashboards and audits — muting is the point of a silence; its firing comes if it still fires when the silence ends).
    static func forwards(_ alert: Alert) -> Bool { !alert.isSilenced }

    /// The Slack-compatible message of an alert.
    static func message(for alert: Alert) -> [String: String] {
        if alert.isAcknowledgement { return ["text": ":eyes: " + acknowledgementLine(alert) + (alert.dashboardURL.map { "\n<\($0)|open the dashboard>" } ?? "")] }
        let icon = alert.status == .firing ? (alert.severity >= 4 ? ":rotating_light:" : ":warning:") : ":white_check_mark:"
        var text = "\(icon) *\(alert.status == .firing ? "FIRING" : "RESOLVED")* (severity \(alert.severity)) \(escaped(alert.title))"
        let explanation = alert.explanation
        text += String(format: "\n%@: observed %.0f, expected %.1f, threshold %.0f", explanation.metric, explanation.observed, explanation.expected, explanation.threshold)
        if !explanation.topTerms.isEmpty { text += "\nterms: " + escaped(explanation.topTerms.prefix(5).map(\.key).joined(separator: ", ")) }
        if let author = explanation.topAuthors.first { text += "\ntop author: @\(escaped(author.handle)) (\(author.followers) followers)" }
        // A firing a silence held back may already have someone on it.
        if let acknowledgement = alert.acknowledgement { text += "\nacknowledged by \(escaped(acknowledgement.by))" }
        if let link = alert.dashboardURL { text += "\n<\(link)|open the dashboard>" }
        return ["text": text]
    }

    /// `text` with Slack's three control characters escaped (`&`, `<`, `>`), as Slack asks of every text it should not
    /// read as markup: a title, a term, a handle or an acknowledgement's author and comment come from mentions and
    /// from people, and `<!channel>` or `<https://evil|your bank>` in one would otherwise ping a channel or hide a link.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// "*ACKNOWLEDGED* by marie.cm: on it — <title>".
    static func acknowledgementLine(_ alert: Alert) -> String {
        let acknowledgement = alert.acknowledgement
        return "*ACKNOWLEDGED* by \(escaped(acknowledgement?.by ?? "someone"))" + (acknowledgement?.comment.map { ": \(escaped($0))" } ?? "")
            + " — \(escaped(alert.title))"
    }

    /// One message for the alerts of one incident: a line per alert, the dashboard link once.
    static func message(for alerts: [Alert]) -> [String: String] {
        guard alerts.count > 1, let first = alerts.first else { return alerts.first.map { message(for: $0) } ?? ["text": ""] }
        let firing = alerts.filter { $0.status == .firing && !$0.isAcknowledgement }
        let acknowledged = alerts.filter(\.isAcknowledgement).count
        let icon = firing.isEmpty ? ":white_check_mark:" : (firing.contains { $0.severity >= 4 } ? ":rotating_light:" : ":warning:")
        var text = "\(icon) *INCIDENT* \(escaped(first.incidentID ?? first.fingerprint)): \(alerts.count) alerts"
            + " (\(firing.count) firing, \(alerts.count - firing.count - acknowledged) resolved"
            + (acknowledged > 0 ? ", \(acknowledged) acknowledged)" : ")")
        for alert in alerts {
            if alert.isAcknowledgement {
                text += "\n• " + acknowledgementLine(alert)
                continue
            }
            text += "\n• *\(alert.status == .firing ? "FIRING" : "RESOLVED")* (severity \(alert.severity)) \(escaped(alert.title))"
            if alert.status == .firing, !alert.explanation.topTerms.isEmpty {
                text += " — terms: " + escaped(alert.explanation.topTerms.prefix(3).map(\.key).joined(separator: ", "))
            }
        }
        if let link = alerts.lazy.compactMap(\.dashboardURL).first { text += "\n<\(link)|open the dashboard>" }
        return ["text": text]
    }

    func deliver(_ alert: Alert) async throws -> Outcome {
        try await deliver([alert])
    }

    /// Sends `alerts` as one message (see ``message(for:)-([Alert])``); its Idempotency-Key names the events it carries.
    func deliver(_ alerts: [Alert]) async throws -> Outcome {
        guard let alert = alerts.first else { return .delivered(attempts: 0) }
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        let key = alerts.count == 1 ? alert.id : MentionID.uuid5(namespace: MentionID.namespace, name: alerts.map(\.id).joined(separator: "\n"))
        request.headers.add(name: "Idempotency-Key", value: key)
        let body = try JSONSerialization.data(withJSONObject: Self.message(for: alerts), options: [.sortedKeys])
        var delay = initialBackoff
        for attempt in 1...maxAttempts {
            request.body = .bytes(ByteBuffer(bytes: body))
            do {
                let response = try await http.execute(request, timeout: timeout)
                _ = try? await response.body.collect(upTo: 1 << 20)
                let status = Int(response.status.code)
                if (200..<300).contains(status) { return .delivered(attempts: attempt) }
                if (400..<500).contains(status) && status != 429 {
                    logger.info("webhook refused the alert", metadata: ["vigie.status": "\(status)", "vigie.alert": "\(alert.id)"])
                    return .refused(status: status)
                }
                logger.info("webhook unavailable, retrying", metadata: ["vigie.status": "\(status)", "vigie.attempt": "\(attempt)"])
            } catch {
                logger.info("webhook unreachable, retrying", metadata: ["vigie.error": "\(error)", "vigie.attempt": "\(attempt)"])
            }
            if attempt < maxAttempts {
                try await Task.sleep(for: delay)
                delay = min(delay * 2, maxBackoff)
            }
        }
        return .gaveUp(attempts: maxAttempts)
    }
}
