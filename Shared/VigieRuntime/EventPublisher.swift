import Foundation
import NIOCore
import VigieEvents
import VigieKafka

/// Publishes typed events on their topics, with Vigie's headers, through the service's producer.
public struct EventPublisher: Sendable {
    public let producer: KafkaProducer

    public init(producer: KafkaProducer) {
        self.producer = producer
    }

    /// Builds the Kafka record of an event.
    /// - Throws: `EncodingError` (non-finite numbers).
    public static func record<Value: Codable & Sendable>(_ topic: Topic<String, Value>, key: String, value: Value?) throws -> KafkaProducerMessage {
        let payload = try value.map { ByteBuffer(data: try EventCodec.encode($0)) }
        return KafkaProducerMessage(
            topic: topic.name, key: ByteBuffer(string: key), value: payload,
            headers: [
                KafkaHeader(key: EventHeaders.eventType, string: topic.descriptor.valueType),
                KafkaHeader(key: EventHeaders.schemaVersion, string: String(topic.name.split(separator: ".").last?.dropFirst() ?? "1")),
            ])
    }

    /// Publishes one event and waits for the acknowledgement.
    /// - Throws: ``KafkaError`` when the broker did not acknowledge.
    @discardableResult
    public func publish<Value: Codable & Sendable>(_ topic: Topic<String, Value>, key: String, value: Value?) async throws -> KafkaAcknowledgedMessage {
        try await producer.send(Self.record(topic, key: key, value: value))
    }

    /// Publishes events and waits for every acknowledgement.
    /// - Throws: The first ``KafkaError``.
    public func publish<Value: Codable & Sendable>(_ topic: Topic<String, Value>, _ events: [(key: String, value: Value)]) async throws {
        guard !events.isEmpty else { return }
        _ = try await producer.send(batch: try events.map { try Self.record(topic, key: $0.key, value: $0.value) })
    }
}

extension ByteBuffer {
    init(data: Data) {
        self.init()
        writeBytes(data)
    }
}
