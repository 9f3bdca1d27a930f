import NIOCore

/// A partition number. `.unassigned` lets the partitioner choose.
public struct KafkaPartition: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    /// librdkafka's `RD_KAFKA_PARTITION_UA`: the partitioner picks a partition from the key.
    public static let unassigned = KafkaPartition(rawValue: -1)
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// An offset in a partition, with librdkafka's logical offsets as constants.
public struct KafkaOffset: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(rawValue: Int64) { self.rawValue = rawValue }
    /// The oldest offset still in the log (`RD_KAFKA_OFFSET_BEGINNING`).
    public static let beginning = KafkaOffset(rawValue: -2)
    /// The next offset to be written (`RD_KAFKA_OFFSET_END`).
    public static let end = KafkaOffset(rawValue: -1)
    /// The committed offset of the group (`RD_KAFKA_OFFSET_STORED`).
    public static let stored = KafkaOffset(rawValue: -1000)
    /// No offset (`RD_KAFKA_OFFSET_INVALID`).
    public static let invalid = KafkaOffset(rawValue: -1001)
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// A (topic, partition) pair.
public struct KafkaTopicPartition: Hashable, Sendable, CustomStringConvertible {
    public var topic: String
    public var partition: KafkaPartition
    public init(topic: String, partition: KafkaPartition) {
        self.topic = topic
        self.partition = partition
    }
    public var description: String { "\(topic)[\(partition)]" }
}

/// A Kafka record header. A `nil` value is a header without value.
public struct KafkaHeader: Hashable, Sendable {
    public var key: String
    public var value: ByteBuffer?
    public init(key: String, value: ByteBuffer?) {
        self.key = key
        self.value = value
    }
    /// A header whose value is the UTF-8 bytes of `value`.
    public init(key: String, string value: String) {
        self.key = key
        self.value = ByteBuffer(string: value)
    }
}

/// A message to produce.
public struct KafkaProducerMessage: Sendable {
    public var topic: String
    public var partition: KafkaPartition
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    public var headers: [KafkaHeader]

    /// - Parameters:
    ///   - topic: The topic, `[a-zA-Z0-9._-]`.
    ///   - partition: The partition, default ``KafkaPartition/unassigned`` (chosen from the key).
    ///   - key: The key; records with one key go to one partition.
    ///   - value: The payload; `nil` is a tombstone on a compacted topic.
    ///   - headers: Record headers, in order.
    public init(
        topic: String, partition: KafkaPartition = .unassigned, key: ByteBuffer?, value: ByteBuffer?,
        headers: [KafkaHeader] = []
    ) {
        self.topic = topic
        self.partition = partition
        self.key = key
        self.value = value
        self.headers = headers
    }

    /// A message whose key and value are UTF-8 strings.
    public init(
        topic: String, partition: KafkaPartition = .unassigned, key: String?, value: String?,
        headers: [KafkaHeader] = []
    ) {
        self.init(
            topic: topic, partition: partition, key: key.map { ByteBuffer(string: $0) },
            value: value.map { ByteBuffer(string: $0) }, headers: headers)
    }
}

/// What the broker acknowledged.
public struct KafkaAcknowledgedMessage: Sendable, Hashable {
    public var topic: String
    public var partition: KafkaPartition
    public var offset: KafkaOffset
}

/// A message read by a ``KafkaConsumer``. Its bytes are copied out of librdkafka's buffers.
public struct KafkaConsumerMessage: Sendable, Hashable {
    public var topic: String
    public var partition: KafkaPartition
    public var offset: KafkaOffset
    public var key: ByteBuffer?
    public var value: ByteBuffer?
    public var headers: [KafkaHeader]
    /// The record timestamp in milliseconds since 1970, when the broker reported one.
    public var timestampMilliseconds: Int64?

    public init(
        topic: String, partition: KafkaPartition, offset: KafkaOffset, key: ByteBuffer?, value: ByteBuffer?,
        headers: [KafkaHeader], timestampMilliseconds: Int64?
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMilliseconds = timestampMilliseconds
    }

    public var topicPartition: KafkaTopicPartition { KafkaTopicPartition(topic: topic, partition: partition) }
    /// The key as UTF-8, when there is one.
    public var keyString: String? { key.map { String(buffer: $0) } }
    /// The value as UTF-8, when there is one.
    public var valueString: String? { value.map { String(buffer: $0) } }
    /// The value of the first header named `key`, as UTF-8.
    public func header(_ key: String) -> String? {
        headers.first { $0.key == key }.flatMap { $0.value.map { String(buffer: $0) } }
    }
}

/// A topic as seen in cluster metadata.
public struct KafkaTopicMetadata: Sendable, Hashable {
    public var name: String
    public var partitionCount: Int
    public init(name: String, partitionCount: Int) {
        self.name = name
        self.partitionCount = partitionCount
    }
}

/// A topic to create with ``KafkaAdmin/createTopics(_:timeout:)``.
public struct KafkaNewTopic: Sendable, Hashable {
    public var name: String
    public var partitions: Int
    public var replicationFactor: Int
    public var config: [String: String]
    public init(name: String, partitions: Int, replicationFactor: Int = 1, config: [String: String] = [:]) {
        self.name = name
        self.partitions = partitions
        self.replicationFactor = replicationFactor
        self.config = config
    }
}

/// Keys of logger metadata set by ``VigieKafka``.
public enum KafkaLoggingKeys {
    public static let clientID = "kafka.client.id"
    public static let topic = "kafka.topic"
    public static let partition = "kafka.partition"
    public static let offset = "kafka.offset"
    public static let error = "kafka.error"
    public static let facility = "kafka.facility"
    public static let group = "kafka.group"
}
