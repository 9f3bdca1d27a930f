import struct Foundation.Date

/// A record a consumer could not process, with the reason (v1). Its offset was stored: the stream moves on.
public struct DeadLetter: Codable, Sendable, Hashable {
    public var consumer: String
    public var topic: String
    public var partition: Int
    public var offset: Int64
    public var key: String?
    /// The original value as UTF-8 text (invalid UTF-8 is replaced).
    public var value: String?
    public var reason: String
    public var failedAt: Date

    public init(consumer: String, topic: String, partition: Int, offset: Int64, key: String?, value: String?, reason: String, failedAt: Date) {
        self.consumer = consumer
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.reason = reason
        self.failedAt = failedAt
    }

    enum CodingKeys: String, CodingKey {
        case consumer, topic, partition, offset, key, value, reason
        case failedAt = "failed_at"
    }
}
