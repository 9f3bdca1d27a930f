import Logging
import Metrics
import ServiceLifecycle
import VigieKafka

/// The consuming loop of a Vigie processor: batches as polled, processed with retries, offsets stored after.
///
/// `process` must be idempotent (a batch may be seen again after a crash or a rebalance) and must send records it
/// cannot handle to the dead-letter topic itself; when it throws (database or Kafka unavailable) the same batch is
/// retried with backoff — nothing is skipped. Offsets are stored only after `process` returned.
public struct BatchConsumer: Service {
    public typealias Process = @Sendable ([KafkaConsumerMessage]) async throws -> Void

    let consumer: KafkaConsumer
    let name: String
    let logger: Logger
    let before: @Sendable () async throws -> Void
    let process: Process

    /// - Parameters:
    ///   - before: Awaited before the first poll (e.g. migrations, projects caught up).
    public init(consumer: KafkaConsumer, name: String, logger: Logger, before: @escaping @Sendable () async throws -> Void = {}, process: @escaping Process) {
        self.consumer = consumer
        self.name = name
        self.logger = logger
        self.before = before
        self.process = process
    }

    public func run() async throws {
        try await before()
        consumer.startPolling()
        let processed = Counter(label: "vigie_\(name)_records_processed_total")
        let failures = Counter(label: "vigie_\(name)_batch_failures_total")
        let duration = Timer(label: "vigie_\(name)_batch_duration_seconds")
        for try await batch in consumer.batches.cancelOnGracefulShutdown() {
            var delay = Duration.milliseconds(100)
            while true {
                let start = ContinuousClock.now
                do {
                    try await process(batch)
                    duration.recordNanoseconds((ContinuousClock.now - start).nanoseconds)
                    break
                } catch {
                    failures.increment()
                    logger.info("batch failed, retrying", metadata: ["vigie.error": "\(String(reflecting: error))", "vigie.batch": "\(batch.count)"])
                    if Task.isCancelled || Task.isShuttingDownGracefully { return }
                    try? await Task.sleep(for: delay)
                    delay = min(delay * 2, .seconds(5))
                }
            }
            processed.increment(by: batch.count)
            var next: [KafkaTopicPartition: KafkaOffset] = [:]
            for message in batch {
                next[message.topicPartition] = KafkaOffset(rawValue: max(next[message.topicPartition]?.rawValue ?? 0, message.offset.rawValue + 1))
            }
            do {
                try consumer.storeOffsets(next.map { ($0.key, $0.value) })
            } catch {
                // A rebalance moved a partition: its new owner reads these records again (sinks are idempotent).
                logger.debug("offsets not stored", metadata: ["vigie.error": "\(String(reflecting: error))"])
            }
        }
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
