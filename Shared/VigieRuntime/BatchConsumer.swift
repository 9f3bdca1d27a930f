import Logging
import Metrics
import ServiceLifecycle
import VigieKafka
import VigiePostgres

/// The consuming loop of a Vigie processor: batches as polled, processed with retries, offsets stored after.
///
/// `process` must be idempotent (a batch may be seen again after a crash or a rebalance). When it throws a transient
/// error (database or Kafka unavailable) the same batch is retried with backoff — nothing is skipped. When it throws
/// a permanent error (a record the database refuses: data exception, constraint, a value it cannot take), the batch
/// is taken apart: each record is processed alone, and the ones that still fail permanently go to the dead-letter
/// topic with the reason, so one bad record never holds up the good ones. Offsets are stored only after that.
public struct BatchConsumer: Service {
    public typealias Process = @Sendable ([KafkaConsumerMessage]) async throws -> Void

    let consumer: KafkaConsumer
    let name: String
    let logger: Logger
    let before: @Sendable () async throws -> Void
    let process: Process
    let deadLetters: DeadLetters

    /// - Parameters:
    ///   - before: Awaited before the first poll (e.g. migrations, projects caught up).
    ///   - deadLetters: Where records that fail permanently go.
    public init(
        consumer: KafkaConsumer, name: String, logger: Logger, deadLetters: DeadLetters, before: @escaping @Sendable () async throws -> Void = {},
        process: @escaping Process
    ) {
        self.consumer = consumer
        self.name = name
        self.logger = logger
        self.deadLetters = deadLetters
        self.before = before
        self.process = process
    }

    /// Errors that retrying the same record cannot cure.
    static func isPermanent(_ error: any Error) -> Bool {
        if error is EncodingError { return true }
        guard let error = error as? PostgresError else { return false }
        if error.code == .invalidArgument { return true }
        // SQLSTATE class 22 (data exception) and 23 (integrity constraint violation).
        return error.sqlState?.hasPrefix("22") == true || error.sqlState?.hasPrefix("23") == true
    }

    /// Processes `records` with retries on transient errors; returns the permanent error, if any.
    func processRetrying(_ records: [KafkaConsumerMessage], failures: Counter) async -> (any Error)? {
        var delay = Duration.milliseconds(100)
        while true {
            do {
                try await process(records)
                return nil
            } catch where Self.isPermanent(error) {
                return error
            } catch {
                failures.increment()
                logger.info("batch failed, retrying", metadata: ["vigie.error": "\(String(reflecting: error))", "vigie.batch": "\(records.count)"])
                if Task.isCancelled || Task.isShuttingDownGracefully { return CancellationError() }
                try? await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(5))
            }
        }
    }

    public func run() async throws {
        try await before()
        consumer.startPolling()
        let processed = Counter(label: "vigie_\(name)_records_processed_total")
        let failures = Counter(label: "vigie_\(name)_batch_failures_total")
        let duration = Timer(label: "vigie_\(name)_batch_duration_seconds")
        for try await batch in consumer.batches.cancelOnGracefulShutdown() {
            let start = ContinuousClock.now
            if let error = await processRetrying(batch, failures: failures) {
                if error is CancellationError { return }
                logger.info("a record fails permanently: processing the batch one record at a time", metadata: ["vigie.error": "\(String(reflecting: error))"])
                for message in batch {
                    guard let error = await processRetrying([message], failures: failures) else { continue }
                    if error is CancellationError { return }
                    try await deadLetters.send(message, reason: "\(String(reflecting: error))")
                }
            }
            duration.recordNanoseconds((ContinuousClock.now - start).nanoseconds)
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
