import Foundation
import Logging
import Metrics
import NIOCore
import VigieEvents
import VigieKafka

/// Sends records a consumer cannot process to `vigie.dlq.<service>.v1`, with the reason, so the stream moves on
/// and nothing is lost.
public struct DeadLetters: Sendable {
    let publisher: EventPublisher
    let service: VigieService
    let logger: Logger
    let counter: Counter

    public init(publisher: EventPublisher, service: VigieService, logger: Logger) {
        self.publisher = publisher
        self.service = service
        self.logger = logger
        counter = Counter(label: "vigie_\(service.rawValue)_dead_letters_total")
    }

    /// Publishes `message` with `reason` and waits for the acknowledgement.
    /// - Throws: ``KafkaError`` when the dead-letter topic did not acknowledge (the caller must not store the offset).
    public func send(_ message: KafkaConsumerMessage, reason: String) async throws {
        let letter = DeadLetter(
            consumer: service.groupID, topic: message.topic, partition: Int(message.partition.rawValue), offset: message.offset.rawValue,
            key: message.keyString, value: message.valueString.map { String($0.prefix(1_000_000)) }, reason: reason, failedAt: Date())
        try await publisher.publish(Topics.deadLetters(for: service), key: message.keyString ?? "", value: letter)
        counter.increment()
        logger.info(
            "record sent to the dead-letter topic",
            metadata: [KafkaLoggingKeys.topic: "\(message.topic)", KafkaLoggingKeys.partition: "\(message.partition)",
                KafkaLoggingKeys.offset: "\(message.offset)", "vigie.reason": "\(reason)"])
    }

    /// Decodes the record's value as `type`, or sends the record here with the reason and returns `nil`.
    /// - Throws: ``KafkaError`` when the dead-letter topic did not acknowledge (the caller must not store the offset).
    public func decode<T: Decodable>(_ type: T.Type, from message: KafkaConsumerMessage) async throws -> T? {
        guard let value = message.value else {
            try await send(message, reason: "empty value (a \(T.self) v1 is required)")
            return nil
        }
        do {
            return try EventCodec.decode(type, from: Data(value.readableBytesView))
        } catch {
            try await send(message, reason: "not a \(T.self) v1: \(error)")
            return nil
        }
    }
}
