import CRdKafka

enum RDKafkaConfig {
    /// Builds an `rd_kafka_conf_t` from properties. The caller owns the result.
    static func make(_ properties: [String: String]) throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        let errorSize = 512
        var errorBuffer = [CChar](repeating: 0, count: errorSize)
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
            if rd_kafka_conf_set(conf, key, value, &errorBuffer, errorSize) != RD_KAFKA_CONF_OK {
                rd_kafka_conf_destroy(conf)
                let reason = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                throw KafkaError(code: .config, reason: "\(key): \(reason)")
            }
        }
        return conf
    }
}

enum RDKafkaTopicPartitionList {
    /// Copies a C list into Swift values. Does not free it.
    static func copy(from list: UnsafePointer<rd_kafka_topic_partition_list_t>) -> [KafkaTopicPartition] {
        (0..<Int(list.pointee.cnt)).map { index in
            let element = list.pointee.elems[index]
            return KafkaTopicPartition(topic: String(cString: element.topic), partition: KafkaPartition(rawValue: element.partition))
        }
    }

    /// Calls `body` with a C list of the partitions and offsets; the list is freed afterwards. Do not escape it.
    static func withListPointer<T>(
        _ entries: [(KafkaTopicPartition, KafkaOffset?)],
        _ body: (UnsafeMutablePointer<rd_kafka_topic_partition_list_t>) throws -> T
    ) rethrows -> T {
        let list = rd_kafka_topic_partition_list_new(Int32(max(entries.count, 1)))!
        defer { rd_kafka_topic_partition_list_destroy(list) }
        for (topicPartition, offset) in entries {
            let element = rd_kafka_topic_partition_list_add(list, topicPartition.topic, topicPartition.partition.rawValue)!
            if let offset { element.pointee.offset = offset.rawValue }
        }
        return try body(list)
    }

    /// Reads the per-element errors of a list after a call that fills them.
    static func firstError(in list: UnsafePointer<rd_kafka_topic_partition_list_t>) -> (KafkaTopicPartition, rd_kafka_resp_err_t)? {
        for index in 0..<Int(list.pointee.cnt) {
            let element = list.pointee.elems[index]
            if element.err != RD_KAFKA_RESP_ERR_NO_ERROR {
                return (KafkaTopicPartition(topic: String(cString: element.topic), partition: KafkaPartition(rawValue: element.partition)), element.err)
            }
        }
        return nil
    }
}
