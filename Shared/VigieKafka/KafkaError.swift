import CRdKafka

/// An error raised by ``VigieKafka``.
///
/// Modelled on swift-kafka-client's `KafkaError`: a `struct` with an extensible ``Code``, the librdkafka
/// error code when there is one, and whether librdkafka considers it fatal or retriable.
/// `description` stays short; `String(reflecting:)` adds the reason and where it was raised.
public struct KafkaError: Error, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
    /// The kind of failure.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        fileprivate enum Base: String, Sendable {
            case config, client, produce, delivery, consume, commit, offsetStore, rebalance, admin, metadata
            case timeout, shutdown, mock, invalidArgument
        }
        fileprivate let base: Base
        /// A configuration property was refused by librdkafka.
        public static let config = Code(base: .config)
        /// The client could not be created.
        public static let client = Code(base: .client)
        /// librdkafka refused to enqueue a message.
        public static let produce = Code(base: .produce)
        /// The broker did not acknowledge a message (delivery report error).
        public static let delivery = Code(base: .delivery)
        /// Polling or subscribing failed.
        public static let consume = Code(base: .consume)
        /// Committing offsets failed.
        public static let commit = Code(base: .commit)
        /// Storing an offset failed (for example: the partition is no longer assigned).
        public static let offsetStore = Code(base: .offsetStore)
        /// Assigning or revoking partitions failed.
        public static let rebalance = Code(base: .rebalance)
        /// An admin request failed.
        public static let admin = Code(base: .admin)
        /// A metadata request failed.
        public static let metadata = Code(base: .metadata)
        /// The operation did not finish in time.
        public static let timeout = Code(base: .timeout)
        /// The client is shutting down or already shut down.
        public static let shutdown = Code(base: .shutdown)
        /// The embedded mock cluster refused a request.
        public static let mock = Code(base: .mock)
        /// An argument was invalid.
        public static let invalidArgument = Code(base: .invalidArgument)
        public var description: String { base.rawValue }
    }

    /// The kind of failure.
    public let code: Code
    /// librdkafka's error code, when the failure came from librdkafka.
    public let rdKafkaCode: RDKafkaErrorCode?
    /// A human-readable reason.
    public let reason: String
    /// `true` when librdkafka says the client can no longer be used.
    public let isFatal: Bool
    /// `true` when librdkafka says the same request may succeed if retried.
    public let isRetriable: Bool
    let file: String
    let line: UInt

    public var description: String { "KafkaError.\(code)" }
    public var debugDescription: String {
        var text = "KafkaError(code: \(code), reason: \(reason)"
        if let rdKafkaCode { text += ", rdKafkaCode: \(rdKafkaCode)" }
        if isFatal { text += ", fatal" }
        if isRetriable { text += ", retriable" }
        return text + ", at: \(file):\(line))"
    }

    init(
        code: Code, rdKafkaCode: RDKafkaErrorCode? = nil, reason: String, isFatal: Bool = false,
        isRetriable: Bool = false, file: String = #fileID, line: UInt = #line
    ) {
        self.code = code
        self.rdKafkaCode = rdKafkaCode
        self.reason = reason
        self.isFatal = isFatal
        self.isRetriable = isRetriable
        self.file = file
        self.line = line
    }

    static func rdKafka(
        _ code: Code, _ err: rd_kafka_resp_err_t, reason: String? = nil, file: String = #fileID, line: UInt = #line
    ) -> KafkaError {
        let rdCode = RDKafkaErrorCode(err)
        return KafkaError(
            code: code, rdKafkaCode: rdCode, reason: reason ?? rdCode.message,
            isFatal: err == RD_KAFKA_RESP_ERR__FATAL, isRetriable: rdCode.isRetriableByDefault, file: file, line: line)
    }

    /// Wraps an `rd_kafka_error_t`, which it destroys.
    static func rdKafka(
        _ code: Code, consuming error: OpaquePointer, file: String = #fileID, line: UInt = #line
    ) -> KafkaError {
        defer { rd_kafka_error_destroy(error) }
        return KafkaError(
            code: code, rdKafkaCode: RDKafkaErrorCode(rd_kafka_error_code(error)),
            reason: String(cString: rd_kafka_error_string(error)),
            isFatal: rd_kafka_error_is_fatal(error) != 0, isRetriable: rd_kafka_error_is_retriable(error) != 0,
            file: file, line: line)
    }
}

/// A librdkafka error code (`rd_kafka_resp_err_t`) carried as a Swift value.
public struct RDKafkaErrorCode: Hashable, Sendable, CustomStringConvertible {
    /// The numeric value of `rd_kafka_resp_err_t`: negative for local errors, positive for broker errors.
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }
    init(_ err: rd_kafka_resp_err_t) { self.rawValue = err.rawValue }

    var cValue: rd_kafka_resp_err_t { rd_kafka_resp_err_t(rawValue: rawValue) }
    /// librdkafka's symbolic name, for example `NOT_LEADER_FOR_PARTITION`.
    public var name: String { String(cString: rd_kafka_err2name(cValue)) }
    /// librdkafka's message for the code.
    public var message: String { String(cString: rd_kafka_err2str(cValue)) }
    public var description: String { "\(name) (\(rawValue))" }

    /// Broker error codes that a client may retry (Kafka protocol's retriable errors).
    var isRetriableByDefault: Bool {
        switch cValue {
        case RD_KAFKA_RESP_ERR__TRANSPORT, RD_KAFKA_RESP_ERR__TIMED_OUT, RD_KAFKA_RESP_ERR__MSG_TIMED_OUT,
            RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION, RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE,
            RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT, RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS,
            RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND, RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART,
            RD_KAFKA_RESP_ERR__QUEUE_FULL, RD_KAFKA_RESP_ERR_NOT_COORDINATOR,
            RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE, RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS:
            return true
        default:
            return false
        }
    }

    /// `NOT_LEADER_FOR_PARTITION`: retriable; librdkafka retries it by itself.
    public static let notLeaderForPartition = RDKafkaErrorCode(RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION)
    /// `TOPIC_AUTHORIZATION_FAILED`: permanent.
    public static let topicAuthorizationFailed = RDKafkaErrorCode(RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED)
    /// `MSG_SIZE_TOO_LARGE`: permanent.
    public static let messageSizeTooLarge = RDKafkaErrorCode(RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE)
    /// `_MSG_TIMED_OUT`: the message was not acknowledged within `message.timeout.ms`.
    public static let messageTimedOut = RDKafkaErrorCode(RD_KAFKA_RESP_ERR__MSG_TIMED_OUT)
    /// `TOPIC_ALREADY_EXISTS`.
    public static let topicAlreadyExists = RDKafkaErrorCode(RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS)
}
