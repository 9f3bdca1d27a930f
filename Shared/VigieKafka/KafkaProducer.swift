import CRdKafka
import Logging
import Metrics
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle
import Synchronization

/// An idempotent Kafka producer whose ``send(_:)`` returns once the broker acknowledged the record.
///
/// Run it as a `Service` (its ``run()`` waits for graceful shutdown, then flushes), or call ``shutdown()``.
/// ```swift
/// let producer = try KafkaProducer(configuration: .init(bootstrapServers: ["localhost:9092"]), logger: logger)
/// let ack = try await producer.send(.init(topic: "vigie.mentions.v1", key: id, value: json))
/// ```
public final class KafkaProducer: Service, Sendable {
    private let client: RDKafkaClient
    private let topics = RDKafkaTopicHandles()
    private let pollThread: PollThread
    private let configuration: KafkaProducerConfiguration
    private let logger: Logger
    /// `true` once ``shutdown()`` started; read on every send, so an atomic rather than a lock.
    private let isShutDown = Synchronization.Atomic<Bool>(false)

    /// Creates the producer and starts serving its delivery reports.
    /// - Throws: ``KafkaError`` with code `.config` or `.client` when librdkafka refuses the configuration.
    public init(configuration: KafkaProducerConfiguration, logger: Logger) throws {
        var logger = logger
        logger[metadataKey: KafkaLoggingKeys.clientID] = "\(configuration.clientID)"
        self.logger = logger
        self.configuration = configuration
        let statistics = configuration.statisticsInterval.map { _ in
            KafkaStatisticsReporter(clientID: configuration.clientID, factory: configuration.metricsFactory ?? MetricsSystem.factory)
        }
        let client = try RDKafkaClient.make(
            kind: .producer, config: configuration.dictionary, logger: logger, statistics: statistics, deliveryReports: true)
        self.client = client
        self.pollThread = PollThread(name: "vigie-kafka-producer-poll") { client.poll(timeoutMilliseconds: 50) }
    }

    deinit {
        if pollThread.isRunning { pollThread.stopBlocking() }
        topics.destroyAll()
    }

    /// Sends a record and waits for the broker's acknowledgement (`acks=all`).
    ///
    /// librdkafka retries retriable broker errors by itself within `messageTimeout`; what still fails is thrown.
    /// When librdkafka's local queue is full, the call waits for room instead of failing.
    /// - Returns: Where the record was written.
    /// - Throws: ``KafkaError``: `.delivery` when the broker refused the record or it timed out
    ///   (`rdKafkaCode` says why), `.produce` when librdkafka refused it locally, `.shutdown` after shutdown.
    @discardableResult
    public func send(_ message: KafkaProducerMessage) async throws -> KafkaAcknowledgedMessage {
        try await sendReportingEach([message])[0].get()
    }

    /// Sends many records and waits for every acknowledgement; much faster than awaiting ``send(_:)`` one by one
    /// (one wait for the whole batch, records pipelined by librdkafka).
    /// - Returns: The acknowledgements, in the order of `messages`.
    /// - Throws: The first ``KafkaError`` of any record; every other record was still sent and acknowledged or failed.
    public func send(batch messages: [KafkaProducerMessage]) async throws -> [KafkaAcknowledgedMessage] {
        try await sendReportingEach(messages).map { try $0.get() }
    }

    /// Sends many records and returns each record's own outcome, so a caller can tell which failed.
    ///
    /// When librdkafka's local queue is full, it waits for room (backpressure) rather than failing.
    /// - Throws: `CancellationError` only if cancelled while waiting for queue room; records already handed over
    ///   are still reported to librdkafka's delivery callback.
    public func sendReportingEach(_ messages: [KafkaProducerMessage]) async throws -> [Result<KafkaAcknowledgedMessage, KafkaError>] {
        let batch = BatchDelivery(topics: messages.map(\.topic))
        batch.start()
        var index = 0
        while index < messages.count {
            if enqueue(messages[index], batch: batch, index: index) {
                index += 1
            } else {
                do {
                    try await Task.sleep(for: .milliseconds(1))
                } catch {
                    // Settle what was not handed over, so the batch is released, then report cancellation.
                    for rest in index..<messages.count {
                        BatchDelivery.complete(
                            opaque: batch.opaque(rest), partition: -1, offset: -1, error: RD_KAFKA_RESP_ERR__QUEUE_FULL.rawValue,
                            reason: "cancelled while waiting for room")
                    }
                    throw error
                }
            }
        }
        return await batch.wait()
    }

    /// Hands record `index` to librdkafka, or settles it now with a local error.
    /// - Returns: `false` when librdkafka's queue is full (nothing settled: try again later).
    private func enqueue(_ message: KafkaProducerMessage, batch: BatchDelivery, index: Int) -> Bool {
        let opaque = batch.opaque(index)
        if isShutDown.load(ordering: .relaxed) {
            BatchDelivery.complete(opaque: opaque, partition: -1, offset: -1, error: RD_KAFKA_RESP_ERR__DESTROY.rawValue, reason: "producer is shut down")
            return true
        }
        let topic = topics.handle(for: message.topic, client: client)
        guard let error = RDKafkaProduce.produce(client: client, topic: topic, message: message, opaque: opaque) else { return true }
        if error == RD_KAFKA_RESP_ERR__QUEUE_FULL { return false }
        var reason = RDKafkaErrorCode(error).message
        if error == RD_KAFKA_RESP_ERR__FATAL, let fatal = client.context.fatalError.withLockedValue({ $0 }) { reason = fatal.reason }
        BatchDelivery.complete(opaque: opaque, partition: -1, offset: -1, error: error.rawValue, reason: reason)
        return true
    }

    /// Waits until everything sent so far is acknowledged or failed.
    /// - Throws: ``KafkaError`` `.timeout` when records remain after `timeout`.
    public func flush(timeout: Duration) async throws {
        let client = self.client
        let milliseconds = Int32(clamping: timeout.milliseconds)
        let result = try await runBlocking { client.flushBlocking(timeoutMilliseconds: milliseconds) }
        if result != RD_KAFKA_RESP_ERR_NO_ERROR {
            throw KafkaError.rdKafka(.timeout, result, reason: "flush: records still in flight after \(timeout)")
        }
    }

    /// Flushes, then stops the producer; later sends fail with `.shutdown`.
    public func shutdown() async {
        guard !isShutDown.exchange(true, ordering: .acquiringAndReleasing) else { return }
        do {
            try await flush(timeout: configuration.flushTimeout)
        } catch {
            logger.info("flush on shutdown did not complete", metadata: [KafkaLoggingKeys.error: "\(String(reflecting: error))"])
        }
        let pollThread = self.pollThread
        _ = try? await runBlocking { pollThread.stopBlocking() }
    }

    /// Waits for graceful shutdown, then flushes and stops.
    public func run() async throws {
        try? await gracefulShutdown()
        await shutdown()
    }
}

enum RDKafkaProduce {
    /// Calls `rd_kafka_produceva`. Returns the error when librdkafka refused the record; on success
    /// librdkafka owns the headers and will call the delivery callback with `opaque`.
    static func produce(client: RDKafkaClient, topic: OpaquePointer?, message: KafkaProducerMessage, opaque: UnsafeMutableRawPointer?) -> rd_kafka_resp_err_t? {
        var headers: OpaquePointer? = nil
        if !message.headers.isEmpty {
            headers = rd_kafka_headers_new(message.headers.count)
            for header in message.headers {
                if let value = header.value {
                    value.withUnsafeReadableBytes { bytes in
                        _ = rd_kafka_header_add(headers, header.key, -1, bytes.baseAddress, bytes.count)
                    }
                } else {
                    _ = rd_kafka_header_add(headers, header.key, -1, nil, 0)
                }
            }
        }
        let topicHandle = topic
        let error: OpaquePointer? = message.topic.withCString { topicName in
            withOptionalBytes(message.key) { keyPointer, keyCount in
                withOptionalBytes(message.value) { valuePointer, valueCount in
                    withUnsafeTemporaryAllocation(of: rd_kafka_vu_t.self, capacity: 7) { values in
                    if let topic = topicHandle {
                        values[0].vtype = RD_KAFKA_VTYPE_RKT
                        values[0].u.rkt = topic
                    } else {
                        values[0].vtype = RD_KAFKA_VTYPE_TOPIC
                        values[0].u.cstr = topicName
                    }
                    values[1].vtype = RD_KAFKA_VTYPE_PARTITION
                    values[1].u.i32 = message.partition.rawValue
                    values[2].vtype = RD_KAFKA_VTYPE_KEY
                    values[2].u.mem.ptr = UnsafeMutableRawPointer(mutating: keyPointer)
                    values[2].u.mem.size = keyCount
                    values[3].vtype = RD_KAFKA_VTYPE_VALUE
                    values[3].u.mem.ptr = UnsafeMutableRawPointer(mutating: valuePointer)
                    values[3].u.mem.size = valueCount
                    values[4].vtype = RD_KAFKA_VTYPE_MSGFLAGS
                    values[4].u.i = RD_KAFKA_MSG_F_COPY
                    values[5].vtype = RD_KAFKA_VTYPE_OPAQUE
                    values[5].u.ptr = opaque
                    var count = 6
                    if let headers {
                        values[6].vtype = RD_KAFKA_VTYPE_HEADERS
                        values[6].u.headers = headers
                        count = 7
                    }
                    return rd_kafka_produceva(client.handle, values.baseAddress, count)
                    }
                }
            }
        }
        guard let error else { return nil }
        let code = rd_kafka_error_code(error)
        rd_kafka_error_destroy(error)
        if let headers { rd_kafka_headers_destroy(headers) }
        return code
    }

    private static func withOptionalBytes<T>(_ buffer: ByteBuffer?, _ body: (UnsafeRawPointer?, Int) -> T) -> T {
        guard let buffer else { return body(nil, 0) }
        return buffer.withUnsafeReadableBytes { body($0.baseAddress, $0.count) }
    }
}

/// librdkafka topic handles by name, made once per topic: producing with a handle skips a name lookup per record,
/// and making it asks for the topic's metadata at once.
/// `@unchecked Sendable`: the dictionary is behind a lock; `rd_kafka_topic_t` handles are thread-safe.
final class RDKafkaTopicHandles: @unchecked Sendable {
    private let handles = NIOLockedValueBox<[String: OpaquePointer]>([:])

    func handle(for name: String, client: RDKafkaClient) -> OpaquePointer? {
        handles.withLockedValue { handles in
            if let handle = handles[name] { return handle }
            guard let handle = rd_kafka_topic_new(client.handle, name, nil) else { return nil }
            handles[name] = handle
            return handle
        }
    }

    /// Releases the handles; call before the client is destroyed.
    func destroyAll() {
        handles.withLockedValue { handles in
            for handle in handles.values { rd_kafka_topic_destroy(handle) }
            handles.removeAll()
        }
    }
}
