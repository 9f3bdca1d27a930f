import CRdKafka
import Dispatch
import Logging
import NIOConcurrencyHelpers
import NIOCore
import Synchronization

/// What librdkafka's callbacks need; passed to librdkafka as the client's opaque and kept alive by the client.
final class RDKafkaClientContext: Sendable {
    let logger: Logger
    let statistics: KafkaStatisticsReporter?
    /// Set by the consumer: called from the rebalance callback (on the poll thread).
    let rebalanceObserver: NIOLockedValueBox<(@Sendable (RebalanceEvent) -> Void)?> = .init(nil)
    /// The last fatal error reported by librdkafka, if any.
    let fatalError: NIOLockedValueBox<KafkaError?> = .init(nil)

    init(logger: Logger, statistics: KafkaStatisticsReporter?) {
        self.logger = logger
        self.statistics = statistics
    }

    enum RebalanceEvent: Sendable {
        case assigned([KafkaTopicPartition])
        case revoked([KafkaTopicPartition])
    }
}

/// Owns one `rd_kafka_t`.
///
/// `@unchecked Sendable`: librdkafka documents `rd_kafka_t` as thread-safe; every method here may be called
/// from any thread. Blocking calls (`flush`, `commit` with `async=0`, `consumer_close`, metadata) are only made
/// from dedicated threads or dispatch queues, never from the cooperative pool.
final class RDKafkaClient: @unchecked Sendable {
    enum Kind { case producer, consumer }

    let handle: OpaquePointer
    let kind: Kind
    let context: RDKafkaClientContext
    private let unmanagedContext: Unmanaged<RDKafkaClientContext>

    /// Creates the client.
    /// - Parameters:
    ///   - config: librdkafka properties.
    ///   - deliveryReports: installs the delivery report callback (producers).
    ///   - rebalance: installs the rebalance callback (consumers).
    static func make(
        kind: Kind, config: [String: String], logger: Logger, statistics: KafkaStatisticsReporter?,
        deliveryReports: Bool = false, rebalance: Bool = false
    ) throws(KafkaError) -> RDKafkaClient {
        let conf = try RDKafkaConfig.make(config)
        let context = RDKafkaClientContext(logger: logger, statistics: statistics)
        let unmanaged = Unmanaged.passRetained(context)
        rd_kafka_conf_set_opaque(conf, unmanaged.toOpaque())
        rd_kafka_conf_set_log_cb(conf, rdKafkaLogCallback)
        rd_kafka_conf_set_error_cb(conf, rdKafkaErrorCallback)
        if statistics != nil { rd_kafka_conf_set_stats_cb(conf, rdKafkaStatsCallback) }
        if deliveryReports { rd_kafka_conf_set_dr_msg_cb(conf, rdKafkaDeliveryCallback) }
        if rebalance { rd_kafka_conf_set_rebalance_cb(conf, rdKafkaRebalanceCallback) }

        let errorSize = 512
        var errorBuffer = [CChar](repeating: 0, count: errorSize)
        let type = kind == .producer ? RD_KAFKA_PRODUCER : RD_KAFKA_CONSUMER
        guard let handle = rd_kafka_new(type, conf, &errorBuffer, errorSize) else {
            // rd_kafka_new keeps the conf only on success.
            rd_kafka_conf_destroy(conf)
            unmanaged.release()
            let reason = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw KafkaError(code: .client, reason: reason)
        }
        // Logs go to the main queue (log.queue=true) and are served by poll, on our threads.
        rd_kafka_set_log_queue(handle, nil)
        return RDKafkaClient(handle: handle, kind: kind, context: context, unmanaged: unmanaged)
    }

    private init(handle: OpaquePointer, kind: Kind, context: RDKafkaClientContext, unmanaged: Unmanaged<RDKafkaClientContext>) {
        self.handle = handle
        self.kind = kind
        self.context = context
        self.unmanagedContext = unmanaged
    }

    deinit {
        rd_kafka_destroy(handle)
        unmanagedContext.release()
    }

    /// Serves queued callbacks (delivery reports, logs, statistics, errors). Blocks up to `timeoutMilliseconds`.
    @discardableResult
    func poll(timeoutMilliseconds: Int32) -> Int32 {
        rd_kafka_poll(handle, timeoutMilliseconds)
    }

    /// Waits until every queued message is delivered or failed. Blocking: call from a dedicated thread.
    func flushBlocking(timeoutMilliseconds: Int32) -> rd_kafka_resp_err_t {
        rd_kafka_flush(handle, timeoutMilliseconds)
    }

    /// Cluster metadata for all topics. Blocking.
    func topicsMetadataBlocking(timeoutMilliseconds: Int32) throws(KafkaError) -> [KafkaTopicMetadata] {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let err = rd_kafka_metadata(handle, 1, nil, &metadata, timeoutMilliseconds)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
            throw KafkaError.rdKafka(.metadata, err)
        }
        defer { rd_kafka_metadata_destroy(metadata) }
        var topics: [KafkaTopicMetadata] = []
        for index in 0..<Int(metadata.pointee.topic_cnt) {
            let topic = metadata.pointee.topics[index]
            guard topic.err == RD_KAFKA_RESP_ERR_NO_ERROR else { continue }
            topics.append(KafkaTopicMetadata(name: String(cString: topic.topic), partitionCount: Int(topic.partition_cnt)))
        }
        return topics.sorted { $0.name < $1.name }
    }

    /// Whether the consumer group rebalances cooperatively (incremental assign); false for a client without a group
    /// protocol — a producer, a consumer not (or no longer) in a group —, for which librdkafka returns NULL.
    var rebalanceIsCooperative: Bool { Self.rebalanceIsCooperative(handle) }

    static func rebalanceIsCooperative(_ rk: OpaquePointer) -> Bool {
        rd_kafka_rebalance_protocol(rk).map { String(cString: $0) } == "COOPERATIVE"
    }

    /// The client's name (client.id plus an instance suffix), as librdkafka reports it.
    var name: String { String(cString: rd_kafka_name(handle)) }
}

/// Runs a blocking call on a global dispatch queue, off the cooperative pool.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try body() })
        }
    }
}

// MARK: - C callbacks

private func context(of rk: OpaquePointer?) -> RDKafkaClientContext? {
    guard let rk, let opaque = rd_kafka_opaque(rk) else { return nil }
    return Unmanaged<RDKafkaClientContext>.fromOpaque(opaque).takeUnretainedValue()
}

private let rdKafkaLogCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Void = {
    rk, level, facility, buffer in
    guard let context = context(of: rk) else { return }
    let message = buffer.map { String(cString: $0) } ?? ""
    let facilityName = facility.map { String(cString: $0) } ?? ""
    // Shared libraries log at info or below: librdkafka's errors and warnings are reported as errors
    // through the error callback and typed errors; here they are information.
    let mapped: Logger.Level
    switch level {
    case 0...4: mapped = .info  // emerg, alert, crit, err, warning
    case 5, 6: mapped = .debug  // notice, info
    default: mapped = .trace
    }
    context.logger.log(level: mapped, "\(message)", metadata: [KafkaLoggingKeys.facility: "\(facilityName)", "kafka.syslog.level": "\(level)"])
}

private let rdKafkaErrorCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Void = {
    rk, err, reason, _ in
    guard let context = context(of: rk) else { return }
    let code = rd_kafka_resp_err_t(rawValue: err)
    let text = reason.map { String(cString: $0) } ?? ""
    if code == RD_KAFKA_RESP_ERR__FATAL, let rk {
        var buffer = [CChar](repeating: 0, count: 512)
        let original = rd_kafka_fatal_error(rk, &buffer, buffer.count)
        let reasonText = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        context.fatalError.withLockedValue {
            $0 = KafkaError(code: .client, rdKafkaCode: RDKafkaErrorCode(original), reason: reasonText, isFatal: true)
        }
    }
    context.logger.info("librdkafka error", metadata: [KafkaLoggingKeys.error: "\(RDKafkaErrorCode(code).name): \(text)"])
}

private let rdKafkaStatsCallback: @convention(c) (OpaquePointer?, UnsafeMutablePointer<CChar>?, Int, UnsafeMutableRawPointer?) -> Int32 = {
    rk, json, length, _ in
    guard let context = context(of: rk), let json, let statistics = context.statistics else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: json, count: length)
    statistics.report(json: Array(bytes))
    return 0  // librdkafka frees the JSON.
}

private let rdKafkaDeliveryCallback: @convention(c) (OpaquePointer?, UnsafePointer<rd_kafka_message_t>?, UnsafeMutableRawPointer?) -> Void = {
    _, message, _ in
    guard let message, let opaque = message.pointee._private else { return }
    // Only numbers are copied here; the batch builds acknowledgements (with the topic it sent to) at the end.
    BatchDelivery.complete(
        opaque: opaque, partition: message.pointee.partition, offset: message.pointee.offset, error: message.pointee.err.rawValue, reason: nil)
}

private let rdKafkaRebalanceCallback: @convention(c) (OpaquePointer?, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, UnsafeMutableRawPointer?) -> Void = {
    rk, err, partitions, _ in
    guard let rk, let context = context(of: rk) else { return }
    let list = partitions.map { RDKafkaTopicPartitionList.copy(from: UnsafePointer($0)) } ?? []
    // Not `String(cString:)` of the protocol: it is NULL when a rebalance races the consumer's close.
    let cooperative = RDKafkaClient.rebalanceIsCooperative(rk)
    switch err {
    case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
        if cooperative {
            if let error = rd_kafka_incremental_assign(rk, partitions) {
                context.logger.info("incremental assign failed", metadata: [KafkaLoggingKeys.error: "\(String(cString: rd_kafka_error_string(error)))"])
                rd_kafka_error_destroy(error)
            }
        } else {
            let result = rd_kafka_assign(rk, partitions)
            if result != RD_KAFKA_RESP_ERR_NO_ERROR {
                context.logger.info("assign failed", metadata: [KafkaLoggingKeys.error: "\(RDKafkaErrorCode(result))"])
            }
        }
        context.logger.debug("partitions assigned", metadata: ["kafka.partitions": "\(list)"])
        context.rebalanceObserver.withLockedValue { $0 }?(.assigned(list))
    case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
        // What is done is committed before the partitions go to another member.
        if rd_kafka_assignment_lost(rk) == 0 {
            let commit = rd_kafka_commit(rk, partitions, 0)
            if commit != RD_KAFKA_RESP_ERR_NO_ERROR && commit != RD_KAFKA_RESP_ERR__NO_OFFSET {
                context.logger.info("commit on revoke failed", metadata: [KafkaLoggingKeys.error: "\(RDKafkaErrorCode(commit))"])
            }
        }
        if cooperative {
            if let error = rd_kafka_incremental_unassign(rk, partitions) { rd_kafka_error_destroy(error) }
        } else {
            rd_kafka_assign(rk, nil)
        }
        context.logger.debug("partitions revoked", metadata: ["kafka.partitions": "\(list)"])
        context.rebalanceObserver.withLockedValue { $0 }?(.revoked(list))
    default:
        context.logger.info("rebalance error", metadata: [KafkaLoggingKeys.error: "\(RDKafkaErrorCode(err))"])
        rd_kafka_assign(rk, nil)
        context.rebalanceObserver.withLockedValue { $0 }?(.revoked(list))
    }
}

/// Delivery tracking for records sent together: one allocation for the whole batch, not one per record.
///
/// Each record's librdkafka opaque points at its ``Slot``; the delivery callback (on the producer's poll thread)
/// fills the slot and counts down; the last report resumes the waiter. The batch keeps itself alive (one retain)
/// until every record is reported.
final class BatchDelivery: @unchecked Sendable {  // slots are written once each, by the poll thread, before `remaining` is decremented.
    struct Slot {
        var batch: Unmanaged<BatchDelivery>
        var partition: Int32
        var offset: Int64
        var error: Int32
        var reason: String?
    }

    let count: Int
    private let topics: [String]
    private let slots: UnsafeMutablePointer<Slot>
    private let remaining: Synchronization.Atomic<Int>
    private let waiter = NIOLockedValueBox<CheckedContinuation<[Result<KafkaAcknowledgedMessage, KafkaError>], Never>?>(nil)

    /// - Parameter topics: The topic of each record, in order.
    init(topics: [String]) {
        self.count = topics.count
        self.topics = topics
        self.remaining = Synchronization.Atomic(topics.count)
        slots = UnsafeMutablePointer<Slot>.allocate(capacity: max(topics.count, 1))
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// Retains the batch until its last report and prepares every slot. Call once, before sending.
    func start() {
        let unmanaged = Unmanaged.passRetained(self)
        for index in 0..<count {
            (slots + index).initialize(to: Slot(batch: unmanaged, partition: -1, offset: -1, error: 0, reason: nil))
        }
        if count == 0 { finishIfLast(0) }
    }

    /// The opaque pointer for record `index`.
    func opaque(_ index: Int) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(slots + index) }

    /// Records the outcome of record `index` (a delivery report, or a local failure).
    static func complete(opaque: UnsafeMutableRawPointer, partition: Int32, offset: Int64, error: Int32, reason: String?) {
        let slot = opaque.assumingMemoryBound(to: Slot.self)
        slot.pointee.partition = partition
        slot.pointee.offset = offset
        slot.pointee.error = error
        slot.pointee.reason = reason
        let batch = slot.pointee.batch.takeUnretainedValue()
        batch.finishIfLast(batch.remaining.subtract(1, ordering: .acquiringAndReleasing).newValue)
    }

    private func finishIfLast(_ left: Int) {
        guard left == 0 else { return }
        let continuation = waiter.withLockedValue { waiter -> CheckedContinuation<[Result<KafkaAcknowledgedMessage, KafkaError>], Never>? in
            defer { waiter = nil }
            return waiter
        }
        continuation?.resume(returning: results())
        Unmanaged.passUnretained(self).release()  // the retain taken by start()
    }

    private func results() -> [Result<KafkaAcknowledgedMessage, KafkaError>] {
        (0..<count).map { index in
            let slot = slots[index]
            if slot.error == 0 {
                return .success(
                    KafkaAcknowledgedMessage(topic: topics[index], partition: KafkaPartition(rawValue: slot.partition), offset: KafkaOffset(rawValue: slot.offset)))
            }
            let code = rd_kafka_resp_err_t(rawValue: slot.error)
            return .failure(KafkaError.rdKafka(.delivery, code, reason: "\(topics[index]): \(slot.reason ?? RDKafkaErrorCode(code).message)"))
        }
    }

    /// Waits until every record of the batch has a report.
    func wait() async -> [Result<KafkaAcknowledgedMessage, KafkaError>] {
        await withCheckedContinuation { continuation in
            let done = waiter.withLockedValue { waiter -> Bool in
                if remaining.load(ordering: .acquiring) == 0 { return true }
                waiter = continuation
                return false
            }
            if done { continuation.resume(returning: results()) }
        }
    }
}
