import Foundation
import NIOCore
import VigieEvents
import VigieKafka

/// Publishes typed events on their topics, with Vigie's headers, through the service's producer.
public struct EventPublisher: Sendable {
    public let producer: KafkaProducer
    /// When set, every record carries `vigie-signature: sha256=<HMAC-SHA256 of the value>`.
    public let signingKey: [UInt8]?

    public init(producer: KafkaProducer, signingKey: [UInt8]? = nil) {
        self.producer = producer
        self.signingKey = signingKey
    }

    /// Builds the Kafka record of an event.
    /// - Throws: `EncodingError` (non-finite numbers).
    public static func record<Value: Codable & Sendable>(
        _ topic: Topic<String, Value>, key: String, value: Value?, signingKey: [UInt8]? = nil
    ) throws -> KafkaProducerMessage {
        let bytes = try value.map { try EventCodec.encode($0) }
        var headers = [
            KafkaHeader(key: EventHeaders.eventType, string: topic.descriptor.valueType),
            KafkaHeader(key: EventHeaders.schemaVersion, string: String(topic.name.split(separator: ".").last?.dropFirst() ?? "1")),
        ]
        if topic.descriptor.valueType.hasPrefix("CloudEvent<") {
            headers.append(KafkaHeader(key: EventHeaders.contentType, string: "application/cloudevents+json"))
        }
        if let signingKey, let bytes {
            headers.append(KafkaHeader(key: EventHeaders.signature, string: "sha256=" + HMACSHA256.hex(key: signingKey, message: Array(bytes))))
        }
        return KafkaProducerMessage(topic: topic.name, key: ByteBuffer(string: key), value: bytes.map { ByteBuffer(data: $0) }, headers: headers)
    }

    /// Publishes one event and waits for the acknowledgement.
    /// - Throws: ``KafkaError`` when the broker did not acknowledge.
    @discardableResult
    public func publish<Value: Codable & Sendable>(_ topic: Topic<String, Value>, key: String, value: Value?) async throws -> KafkaAcknowledgedMessage {
        try await producer.send(Self.record(topic, key: key, value: value, signingKey: signingKey))
    }

    /// Publishes events and waits for every acknowledgement.
    /// - Throws: The first ``KafkaError``.
    public func publish<Value: Codable & Sendable>(_ topic: Topic<String, Value>, _ events: [(key: String, value: Value)]) async throws {
        guard !events.isEmpty else { return }
        _ = try await producer.send(batch: try events.map { try Self.record(topic, key: $0.key, value: $0.value, signingKey: signingKey) })
    }
}

extension ByteBuffer {
    init(data: Data) {
        self.init()
        writeBytes(data)
    }
}
