/// The Vigie services, each the only writer of its topics.
public enum VigieService: String, Sendable, CaseIterable, Codable {
    case ingest, scoring, alerting, reporting

    /// Consumer group and client id: `vigie-<service>`.
    public var groupID: String { "vigie-\(rawValue)" }
    /// The executable: `vigie-<service>`.
    public var executable: String { "vigie-\(rawValue)" }
    /// The PostgreSQL schema the service owns.
    public var schema: String { rawValue }
    /// The HTTP port the service listens on by default.
    public var defaultPort: Int {
        switch self {
        case .ingest: 8080
        case .scoring: 8081
        case .alerting: 8082
        case .reporting: 8083
        }
    }
}

/// A topic's description, without its Swift types; what scripts and checks compare against.
public struct TopicDescriptor: Sendable, Hashable {
    /// `vigie.<noun-plural>.v<major>`, `[a-z0-9.-]` only.
    public let name: String
    /// Partitions in production (and in the embedded broker).
    public let partitions: Int
    /// What the key is.
    public let keyDescription: String
    /// The payload type name, e.g. `Mention`.
    public let valueType: String
    /// The one service allowed to write it.
    public let writer: VigieService
    /// Log-compacted (latest value per key kept).
    public let compacted: Bool
    /// The JSON Schema file of the value under `deploy/schemas/`.
    public let schemaFile: String
}

/// A typed topic: name, key and value types, and its one writer.
public struct Topic<Key: Sendable, Value: Codable & Sendable>: Sendable {
    public let descriptor: TopicDescriptor
    public var name: String { descriptor.name }

    init(_ name: String, partitions: Int, key: String, writer: VigieService, compacted: Bool = false, schemaFile: String) {
        descriptor = TopicDescriptor(
            name: name, partitions: partitions, keyDescription: key, valueType: String(describing: Value.self), writer: writer,
            compacted: compacted, schemaFile: schemaFile)
    }
}

/// The registry of every Vigie topic (kafka-streams-examples' `Schemas.Topics`).
public enum Topics {
    /// Normalised mentions, keyed by mention id. Written by ingest.
    public static let mentions = Topic<String, Mention>(
        "vigie.mentions.v1", partitions: 12, key: "mention id", writer: .ingest, schemaFile: "mention.v1.schema.json")
    /// One record per matched (project, topic), keyed by project id. Written by scoring.
    public static let scoredMentions = Topic<String, ScoredMention>(
        "vigie.scored-mentions.v1", partitions: 12, key: "project id", writer: .scoring, schemaFile: "scored-mention.v1.schema.json")
    /// Alerts, firing and resolved, keyed by project id, as CloudEvents 1.0 (structured JSON) whose data is Alert v1.
    /// Written by alerting; the public contract.
    public static let alerts = Topic<String, CloudEvent<Alert>>(
        "vigie.alerts.v1", partitions: 6, key: "project id", writer: .alerting, schemaFile: "alert-event.v1.schema.json")
    /// Project definitions (compacted; a null value deletes), keyed by project id. Written by reporting's projects command.
    public static let projects = Topic<String, Project>(
        "vigie.projects.v1", partitions: 6, key: "project id", writer: .reporting, compacted: true, schemaFile: "project.v1.schema.json")
    /// Records scoring could not process.
    public static let scoringDeadLetters = deadLetters(for: .scoring)
    /// Records alerting could not process.
    public static let alertingDeadLetters = deadLetters(for: .alerting)
    /// Records reporting could not process.
    public static let reportingDeadLetters = deadLetters(for: .reporting)

    /// The dead-letter topic of a consuming service: `vigie.dlq.<service>.v1`.
    public static func deadLetters(for service: VigieService) -> Topic<String, DeadLetter> {
        Topic("vigie.dlq.\(service.rawValue).v1", partitions: 3, key: "original key", writer: service, schemaFile: "dead-letter.v1.schema.json")
    }

    /// Every topic, in pipeline order.
    public static let all: [TopicDescriptor] = [
        mentions.descriptor, scoredMentions.descriptor, alerts.descriptor, projects.descriptor,
        scoringDeadLetters.descriptor, alertingDeadLetters.descriptor, reportingDeadLetters.descriptor,
    ]

    /// `true` when `name` follows `vigie.<noun-plural>.v<major>` or `vigie.dlq.<consumer>.v<major>`.
    public static func isValidName(_ name: String) -> Bool {
        let allowed = name.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard allowed, parts.count >= 3, parts.first == "vigie", let version = parts.last, version.first == "v",
            Int(version.dropFirst()) != nil
        else { return false }
        return parts.dropFirst().dropLast().allSatisfy { !$0.isEmpty }
    }
}

/// Record headers every Vigie producer sets.
public enum EventHeaders {
    /// The payload type, e.g. `Mention`.
    public static let eventType = "vigie-event-type"
    /// The payload's major version, e.g. `1`.
    public static let schemaVersion = "vigie-schema-version"
    /// W3C trace context.
    public static let traceparent = "traceparent"
    /// `sha256=<hex>`: HMAC-SHA256 of the record value with the producer's signing key (alerts, when configured).
    public static let signature = "vigie-signature"
    /// `application/cloudevents+json` on CloudEvents records.
    public static let contentType = "content-type"
}
