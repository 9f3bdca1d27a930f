import CRdKafka
import Foundation
import Logging
import Metrics
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle

/// A Kafka consumer in a consumer group, delivering messages as an async sequence.
///
/// Automatic offset store is off: call ``storeOffset(_:)`` once a message is processed (its effect committed);
/// stored offsets are committed periodically, on revocation and on close, so a restarted member resumes after the
/// last stored offset. Polling runs on a dedicated thread; when the reader falls behind by
/// ``KafkaConsumerConfiguration/bufferHighWatermark`` messages, polling pauses until it catches up.
///
/// ```swift
/// let consumer = try KafkaConsumer(configuration: config, logger: logger)
/// try consumer.subscribe(topics: ["vigie.mentions.v1"])
/// // consumer runs inside a ServiceGroup
/// for try await message in consumer.messages.cancelOnGracefulShutdown() {
///     try await process(message)
///     try consumer.storeOffset(message)
/// }
/// ```
public final class KafkaConsumer: Service, Sendable {
    /// The messages in the batches librdkafka returned them (up to `maxBatchSize` per poll), in partition order.
    public typealias Batches = NIOThrowingAsyncSequenceProducer<
        [KafkaConsumerMessage], any Error, NIOAsyncSequenceProducerBackPressureStrategies.HighLowWatermark, BackPressure
    >

    /// The messages as polled, in batches — for processors that write a batch per transaction.
    /// Iterate either this or ``messages``, once.
    public let batches: Batches

    /// The messages one by one, in partition order. Iterate either this or ``batches``, once.
    public var messages: Messages { Messages(batches: batches) }

    private let client: RDKafkaClient
    private let configuration: KafkaConsumerConfiguration
    private let logger: Logger
    private let source: Batches.Source
    private let backPressure: BackPressure
    private let statistics: KafkaStatisticsReporter?
    private let assignmentBox = NIOLockedValueBox<Set<KafkaTopicPartition>>([])
    private let state = NIOLockedValueBox(State.idle)
    private enum State { case idle, polling(PollThread), closed }

    /// Creates the consumer. Nothing is fetched until ``subscribe(topics:)`` or ``assign(_:)`` and ``run()``.
    /// - Throws: ``KafkaError`` `.config`/`.client` when librdkafka refuses the configuration.
    public init(configuration: KafkaConsumerConfiguration, logger: Logger) throws {
        var logger = logger
        logger[metadataKey: KafkaLoggingKeys.clientID] = "\(configuration.clientID)"
        logger[metadataKey: KafkaLoggingKeys.group] = "\(configuration.groupID)"
        self.logger = logger
        self.configuration = configuration
        let statistics = configuration.statisticsInterval.map { _ in
            KafkaStatisticsReporter(clientID: configuration.clientID, factory: configuration.metricsFactory ?? MetricsSystem.factory)
        }
        self.statistics = statistics
        let client = try RDKafkaClient.make(
            kind: .consumer, config: configuration.dictionary, logger: logger, statistics: statistics, rebalance: true)
        self.client = client
        // Serve logs, statistics and rebalances from the consumer queue.
        rd_kafka_poll_set_consumer(client.handle)
        let backPressure = BackPressure()
        self.backPressure = backPressure
        // Watermarks count batches of up to 500 messages; an average batch is taken as 250.
        let sequence = Batches.makeSequence(
            elementType: [KafkaConsumerMessage].self,
            backPressureStrategy: .init(
                lowWatermark: min(max(1, configuration.bufferLowWatermark / 250), max(2, configuration.bufferHighWatermark / 250)),
                highWatermark: max(2, configuration.bufferHighWatermark / 250)),
            finishOnDeinit: true, delegate: backPressure)
        self.source = sequence.source
        self.batches = sequence.sequence
        let assignmentBox = self.assignmentBox
        client.context.rebalanceObserver.withLockedValue {
            $0 = { event in
                assignmentBox.withLockedValue { assignment in
                    switch event {
                    case .assigned(let partitions): assignment.formUnion(partitions)
                    case .revoked(let partitions): assignment.subtract(partitions)
                    }
                }
            }
        }
    }

    deinit {
        if case .polling(let thread) = state.withLockedValue({ $0 }) { thread.stopBlocking() }
    }

    /// Joins the group and subscribes to `topics`.
    /// - Throws: ``KafkaError`` `.consume` when librdkafka refuses the subscription.
    public func subscribe(topics: [String]) throws {
        let entries = topics.map { (KafkaTopicPartition(topic: $0, partition: .unassigned), KafkaOffset?.none) }
        let result = RDKafkaTopicPartitionList.withListPointer(entries) { rd_kafka_subscribe(client.handle, $0) }
        guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.consume, result) }
    }

    /// Reads the given partitions from the given offsets, outside group management (no rebalancing);
    /// stored offsets are still committed to the group.
    /// - Throws: ``KafkaError`` `.consume`.
    public func assign(_ partitions: [(KafkaTopicPartition, KafkaOffset)]) throws {
        let entries = partitions.map { ($0.0, Optional($0.1)) }
        let result = RDKafkaTopicPartitionList.withListPointer(entries) { rd_kafka_assign(client.handle, $0) }
        guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.consume, result) }
        assignmentBox.withLockedValue { $0 = Set(partitions.map(\.0)) }
    }

    /// Marks `message` as processed: its offset + 1 is committed with the next commit.
    /// - Throws: ``KafkaError`` `.offsetStore` when the partition is no longer assigned to this member (a
    ///   rebalance moved it; the new owner will see the message again, which idempotent sinks absorb).
    public func storeOffset(_ message: KafkaConsumerMessage) throws {
        try storeOffsets([(message.topicPartition, KafkaOffset(rawValue: message.offset.rawValue + 1))])
    }

    /// Stores the next offsets to read for several partitions at once.
    /// - Throws: ``KafkaError`` `.offsetStore`.
    public func storeOffsets(_ offsets: [(KafkaTopicPartition, KafkaOffset)]) throws {
        try RDKafkaTopicPartitionList.withListPointer(offsets.map { ($0.0, Optional($0.1)) }) { list in
            let result = rd_kafka_offsets_store(client.handle, list)
            if let (topicPartition, error) = RDKafkaTopicPartitionList.firstError(in: list) {
                throw KafkaError.rdKafka(.offsetStore, error, reason: "\(topicPartition): \(RDKafkaErrorCode(error).message)")
            }
            guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.offsetStore, result) }
        }
    }

    /// Commits the stored offsets now and waits for the broker. Nothing to commit is not an error.
    /// - Throws: ``KafkaError`` `.commit`.
    public func commit() async throws {
        let client = self.client
        let result = try await runBlocking { rd_kafka_commit(client.handle, nil, 0).rawValue }
        let code = rd_kafka_resp_err_t(rawValue: result)
        guard code == RD_KAFKA_RESP_ERR_NO_ERROR || code == RD_KAFKA_RESP_ERR__NO_OFFSET else {
            throw KafkaError.rdKafka(.commit, code)
        }
    }

    /// The offsets committed for `partitions` (``KafkaOffset/invalid`` when none).
    /// - Throws: ``KafkaError`` `.commit`.
    public func committed(_ partitions: [KafkaTopicPartition], timeout: Duration = .seconds(10)) async throws -> [KafkaTopicPartition: KafkaOffset] {
        let client = self.client
        let milliseconds = Int32(clamping: timeout.milliseconds)
        return try await runBlocking {
            try RDKafkaTopicPartitionList.withListPointer(partitions.map { ($0, nil) }) { list in
                let result = rd_kafka_committed(client.handle, list, milliseconds)
                guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.commit, result) }
                var offsets: [KafkaTopicPartition: KafkaOffset] = [:]
                for index in 0..<Int(list.pointee.cnt) {
                    let element = list.pointee.elems[index]
                    offsets[KafkaTopicPartition(topic: String(cString: element.topic), partition: KafkaPartition(rawValue: element.partition))] =
                        KafkaOffset(rawValue: element.offset)
                }
                return offsets
            }
        }
    }

    /// The low and high watermarks (first offset, next offset to be written) of `partitions`, asked of the broker.
    /// - Throws: ``KafkaError`` `.metadata`.
    public func watermarks(_ partitions: [KafkaTopicPartition], timeout: Duration = .seconds(10)) async throws -> [KafkaTopicPartition: (low: Int64, high: Int64)] {
        let client = self.client
        let milliseconds = Int32(clamping: timeout.milliseconds)
        let values = try await runBlocking { () throws -> [(KafkaTopicPartition, Int64, Int64)] in
            try partitions.map { partition in
                var low: Int64 = 0
                var high: Int64 = 0
                let result = rd_kafka_query_watermark_offsets(client.handle, partition.topic, partition.partition.rawValue, &low, &high, milliseconds)
                guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.metadata, result, reason: "watermarks of \(partition)") }
                return (partition, low, high)
            }
        }
        var result: [KafkaTopicPartition: (low: Int64, high: Int64)] = [:]
        for (partition, low, high) in values { result[partition] = (low, high) }
        return result
    }

    /// The number of partitions of `topic`, from cluster metadata.
    /// - Throws: ``KafkaError`` `.metadata` (also when the topic does not exist).
    public func partitionCount(of topic: String, timeout: Duration = .seconds(10)) async throws -> Int {
        let client = self.client
        let milliseconds = Int32(clamping: timeout.milliseconds)
        let topics = try await runBlocking { try client.topicsMetadataBlocking(timeoutMilliseconds: milliseconds) }
        guard let found = topics.first(where: { $0.name == topic }) else {
            throw KafkaError(code: .metadata, reason: "topic \(topic) does not exist")
        }
        return found.partitionCount
    }

    /// Stops fetching from `partitions` until ``resume(_:)``; the member keeps them.
    /// - Throws: ``KafkaError`` `.consume`.
    public func pause(_ partitions: [KafkaTopicPartition]) throws {
        try RDKafkaTopicPartitionList.withListPointer(partitions.map { ($0, nil) }) { list in
            let result = rd_kafka_pause_partitions(client.handle, list)
            guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.consume, result) }
        }
    }

    /// Resumes fetching from paused `partitions`.
    /// - Throws: ``KafkaError`` `.consume`.
    public func resume(_ partitions: [KafkaTopicPartition]) throws {
        try RDKafkaTopicPartitionList.withListPointer(partitions.map { ($0, nil) }) { list in
            let result = rd_kafka_resume_partitions(client.handle, list)
            guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.consume, result) }
        }
    }

    /// Moves the read position of an assigned partition; the next message comes from `offset`.
    /// - Throws: ``KafkaError`` `.consume`.
    public func seek(_ partition: KafkaTopicPartition, to offset: KafkaOffset, timeout: Duration = .seconds(10)) async throws {
        let client = self.client
        let milliseconds = Int32(clamping: timeout.milliseconds)
        try await runBlocking {
            try RDKafkaTopicPartitionList.withListPointer([(partition, offset)]) { list in
                if let error = rd_kafka_seek_partitions(client.handle, list, milliseconds) {
                    throw KafkaError.rdKafka(.consume, consuming: error)
                }
                if let (topicPartition, error) = RDKafkaTopicPartitionList.firstError(in: list) {
                    throw KafkaError.rdKafka(.consume, error, reason: "seek \(topicPartition): \(RDKafkaErrorCode(error).message)")
                }
            }
        }
    }

    /// The partitions currently assigned to this member.
    public var assignment: Set<KafkaTopicPartition> { assignmentBox.withLockedValue { $0 } }

    /// Per-partition lag (high watermark − committed offset) from the last statistics report; empty until the
    /// first report (``KafkaConsumerConfiguration/statisticsInterval``). Also exported as the gauge
    /// `vigie_kafka_consumer_lag_messages`.
    public var partitionLags: [KafkaTopicPartition: Int64] { statistics?.lags ?? [:] }

    /// Starts polling on a dedicated thread (idempotent). ``run()`` calls it.
    public func startPolling() {
        state.withLockedValue { state in
            guard case .idle = state else { return }
            state = .polling(makePollThread())
        }
    }

    /// Polls until graceful shutdown, then commits what is stored and leaves the group.
    public func run() async throws {
        startPolling()
        try? await gracefulShutdown()
        await close()
    }

    /// Stops polling, commits stored offsets, leaves the group and finishes ``messages``.
    public func close() async {
        let (thread, alreadyClosed): (PollThread?, Bool) = state.withLockedValue { state in
            defer { state = .closed }
            switch state {
            case .polling(let thread): return (thread, false)
            case .idle: return (nil, false)
            case .closed: return (nil, true)
            }
        }
        guard !alreadyClosed else { return }
        backPressure.wake()
        if let thread { _ = try? await runBlocking { thread.stopBlocking() } }
        let client = self.client
        let logger = self.logger
        _ = try? await runBlocking {
            let commit = rd_kafka_commit(client.handle, nil, 0)
            if commit != RD_KAFKA_RESP_ERR_NO_ERROR && commit != RD_KAFKA_RESP_ERR__NO_OFFSET {
                logger.info("final commit failed", metadata: [KafkaLoggingKeys.error: "\(RDKafkaErrorCode(commit))"])
            }
            rd_kafka_consumer_close(client.handle)
        }
        source.finish()
    }

    private func makePollThread() -> PollThread {
        let client = self.client
        let source = self.source
        let backPressure = self.backPressure
        let logger = self.logger
        let topicNames = TopicNameCache()
        let maxBatchSize = max(1, configuration.maxBatchSize)
        return PollThread(name: "vigie-kafka-consumer-poll") {
            if backPressure.waitWhilePaused(timeout: .milliseconds(100)) { return }
            var polled: [UnsafeMutablePointer<rd_kafka_message_t>] = []
            var timeout: Int32 = 100
            var bytes = 0
            while polled.count < maxBatchSize, let pointer = rd_kafka_consumer_poll(client.handle, timeout) {
                timeout = 0
                if pointer.pointee.err != RD_KAFKA_RESP_ERR_NO_ERROR {
                    defer { rd_kafka_message_destroy(pointer) }
                    let error = KafkaError.rdKafka(.consume, pointer.pointee.err, reason: RDKafkaMessage.errorText(pointer))
                    if rd_kafka_fatal_error(client.handle, nil, 0) != RD_KAFKA_RESP_ERR_NO_ERROR {
                        logger.info("fatal consumer error", metadata: [KafkaLoggingKeys.error: "\(String(reflecting: error))"])
                        for message in polled { rd_kafka_message_destroy(message) }
                        source.finish(KafkaError(code: .consume, reason: error.reason, isFatal: true))
                        return
                    }
                    logger.debug("consumer error", metadata: [KafkaLoggingKeys.error: "\(String(reflecting: error))"])
                    continue
                }
                bytes += pointer.pointee.key_len + pointer.pointee.len
                polled.append(pointer)
            }
            // One allocation holds the keys and values of the whole poll; messages are slices of it. All bytes are
            // written before the first slice is taken (a write after that would copy the shared storage).
            var storage = ByteBuffer()
            storage.reserveCapacity(bytes)
            for pointer in polled {
                if let key = pointer.pointee.key { storage.writeBytes(UnsafeRawBufferPointer(start: key, count: pointer.pointee.key_len)) }
                if let payload = pointer.pointee.payload { storage.writeBytes(UnsafeRawBufferPointer(start: payload, count: pointer.pointee.len)) }
            }
            var offset = 0
            let batch = polled.map { pointer in
                defer { rd_kafka_message_destroy(pointer) }
                return RDKafkaMessage.copy(pointer, slicing: storage, at: &offset, topicNames: topicNames)
            }
            guard !batch.isEmpty else { return }
            let generation = backPressure.generationBeforeYield()
            switch source.yield(batch) {
            case .produceMore: break
            case .stopProducing: backPressure.pause(ifStill: generation)
            case .dropped: break  // The reader is gone; close() will finish.
            }
        }
    }

    /// Pauses polling while the reader is behind. Public only because the sequence type names it.
    ///
    /// `@unchecked Sendable`: its state is only touched with `condition` locked. A generation counter makes the
    /// pause race-free: a `produceMore` that arrives between a yield and the pause cancels that pause.
    public final class BackPressure: NIOAsyncSequenceProducerDelegate, @unchecked Sendable {
        private let condition = NSCondition()
        private var paused = false
        private var generation = 0

        /// The generation to pass to ``pause(ifStill:)`` after the next yield.
        func generationBeforeYield() -> Int {
            condition.lock()
            defer { condition.unlock() }
            return generation
        }

        /// Pauses, unless the reader asked for more since `generation`.
        func pause(ifStill generation: Int) {
            condition.lock()
            if self.generation == generation { paused = true }
            condition.unlock()
        }

        func wake() {
            condition.lock()
            generation += 1
            paused = false
            condition.broadcast()
            condition.unlock()
        }

        /// Returns `true` when still paused after waiting up to `timeout`.
        func waitWhilePaused(timeout: Duration) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            if paused { _ = condition.wait(until: Date(timeIntervalSinceNow: Double(timeout.milliseconds) / 1000)) }
            return paused
        }

        public func produceMore() { wake() }
        public func didTerminate() { wake() }
    }
}

/// Topic names by librdkafka topic handle, so a name is copied once rather than once per message.
/// Confined to the poll thread.
final class TopicNameCache: @unchecked Sendable {
    private var names: [OpaquePointer: String] = [:]
    func name(_ topic: OpaquePointer) -> String {
        if let name = names[topic] { return name }
        let name = String(cString: rd_kafka_topic_name(topic))
        names[topic] = name
        return name
    }
}

enum RDKafkaMessage {
    /// Builds a message whose key and value are slices of `storage`, where they were copied, in order, starting at
    /// `offset` (advanced past them). A whole poll thus costs one allocation.
    static func copy(
        _ pointer: UnsafeMutablePointer<rd_kafka_message_t>, slicing storage: ByteBuffer, at offset: inout Int, topicNames: TopicNameCache? = nil
    ) -> KafkaConsumerMessage {
        let message = pointer.pointee
        var key: ByteBuffer?
        var value: ByteBuffer?
        if message.key != nil {
            key = storage.getSlice(at: offset, length: message.key_len)
            offset += message.key_len
        }
        if message.payload != nil {
            value = storage.getSlice(at: offset, length: message.len)
            offset += message.len
        }
        var headers: [KafkaHeader] = []
        var headerList: OpaquePointer?
        if rd_kafka_message_headers(pointer, &headerList) == RD_KAFKA_RESP_ERR_NO_ERROR, let headerList {
            var index = 0
            var name: UnsafePointer<CChar>?
            var valuePointer: UnsafeRawPointer?
            var size = 0
            while rd_kafka_header_get_all(headerList, index, &name, &valuePointer, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                let headerValue = valuePointer.map { ByteBuffer(bytes: UnsafeRawBufferPointer(start: $0, count: size)) }
                headers.append(KafkaHeader(key: name.map { String(cString: $0) } ?? "", value: headerValue))
                index += 1
            }
        }
        var timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let timestamp = rd_kafka_message_timestamp(pointer, &timestampType)
        return KafkaConsumerMessage(
            topic: topicNames?.name(message.rkt) ?? String(cString: rd_kafka_topic_name(message.rkt)),
            partition: KafkaPartition(rawValue: message.partition),
            offset: KafkaOffset(rawValue: message.offset), key: key, value: value, headers: headers,
            timestampMilliseconds: timestampType == RD_KAFKA_TIMESTAMP_NOT_AVAILABLE ? nil : timestamp)
    }

    static func errorText(_ pointer: UnsafeMutablePointer<rd_kafka_message_t>) -> String {
        if let errstr = rd_kafka_message_errstr(pointer) { return String(cString: errstr) }
        return RDKafkaErrorCode(pointer.pointee.err).message
    }
}

extension KafkaConsumer {
    /// The messages one at a time, taken from ``KafkaConsumer/batches``.
    public struct Messages: AsyncSequence, Sendable {
        public typealias Element = KafkaConsumerMessage
        let batches: Batches

        public struct AsyncIterator: AsyncIteratorProtocol {
            var batches: Batches.AsyncIterator
            var current: [KafkaConsumerMessage] = []
            var index = 0

            public mutating func next() async throws -> KafkaConsumerMessage? {
                while index >= current.count {
                    guard let batch = try await batches.next() else { return nil }
                    current = batch
                    index = 0
                }
                defer { index += 1 }
                return current[index]
            }
        }

        public func makeAsyncIterator() -> AsyncIterator {
            AsyncIterator(batches: batches.makeAsyncIterator())
        }
    }
}
