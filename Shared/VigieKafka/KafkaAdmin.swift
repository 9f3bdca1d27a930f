import CRdKafka
import Logging

/// Topic administration: create topics with partition counts, list topics.
///
/// - Important: librdkafka 2.0.2's mock cluster (the embedded broker) does not answer CreateTopics; there,
///   ``createTopics(_:timeout:)`` fails with `.timeout` and topics are created by the broker process itself
///   (``KafkaMockCluster/createTopic(_:partitions:replicationFactor:)``).
public final class KafkaAdmin: Sendable {
    private let client: RDKafkaClient

    /// - Parameters:
    ///   - bootstrapServers: Brokers, `host:port`.
    ///   - clientID: `client.id`. Default: `vigie-admin`.
    ///   - additionalConfig: Other librdkafka properties.
    /// - Throws: ``KafkaError`` `.config`/`.client`.
    public init(bootstrapServers: [String], clientID: String = "vigie-admin", additionalConfig: [String: String] = [:], logger: Logger) throws {
        var config = ["bootstrap.servers": bootstrapServers.joined(separator: ","), "client.id": clientID, "log.queue": "true"]
        config.merge(additionalConfig) { _, new in new }
        client = try RDKafkaClient.make(kind: .producer, config: config, logger: logger, statistics: nil)
    }

    /// Lists the topics of the cluster with their partition counts, sorted by name.
    /// - Throws: ``KafkaError`` `.metadata`.
    public func listTopics(timeout: Duration = .seconds(10)) async throws -> [KafkaTopicMetadata] {
        let client = self.client
        let milliseconds = Int32(clamping: timeout.milliseconds)
        return try await runBlocking { try client.topicsMetadataBlocking(timeoutMilliseconds: milliseconds) }
    }

    /// Creates topics. A topic that already exists is not an error (the call is idempotent); its partition
    /// count is left as it is.
    /// - Throws: ``KafkaError`` `.admin` with the first topic's error, `.timeout` when the cluster did not answer.
    public func createTopics(_ topics: [KafkaNewTopic], timeout: Duration = .seconds(30)) async throws {
        guard !topics.isEmpty else { return }
        let client = self.client
        let milliseconds = Int32(clamping: timeout.milliseconds)
        try await runBlocking { try RDKafkaAdmin.createTopicsBlocking(client: client, topics: topics, timeoutMilliseconds: milliseconds) }
    }
}

enum RDKafkaAdmin {
    static func createTopicsBlocking(client: RDKafkaClient, topics: [KafkaNewTopic], timeoutMilliseconds: Int32) throws(KafkaError) {
        var newTopics: [OpaquePointer?] = []
        defer { for topic in newTopics { rd_kafka_NewTopic_destroy(topic) } }
        var errorBuffer = [CChar](repeating: 0, count: 512)
        for topic in topics {
            guard let newTopic = rd_kafka_NewTopic_new(topic.name, Int32(topic.partitions), Int32(topic.replicationFactor), &errorBuffer, errorBuffer.count) else {
                throw KafkaError(code: .invalidArgument, reason: "\(topic.name): \(errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })")
            }
            newTopics.append(newTopic)
            for (key, value) in topic.config.sorted(by: { $0.key < $1.key }) {
                let result = rd_kafka_NewTopic_set_config(newTopic, key, value)
                guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.invalidArgument, result, reason: "\(topic.name) \(key)") }
            }
        }
        let queue = rd_kafka_queue_new(client.handle)
        defer { rd_kafka_queue_destroy(queue) }
        let options = rd_kafka_AdminOptions_new(client.handle, RD_KAFKA_ADMIN_OP_CREATETOPICS)
        defer { rd_kafka_AdminOptions_destroy(options) }
        _ = rd_kafka_AdminOptions_set_request_timeout(options, timeoutMilliseconds, &errorBuffer, errorBuffer.count)
        _ = rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMilliseconds, &errorBuffer, errorBuffer.count)
        newTopics.withUnsafeMutableBufferPointer { buffer in
            rd_kafka_CreateTopics(client.handle, buffer.baseAddress, buffer.count, options, queue)
        }
        // Wait a little longer than the request timeout so librdkafka reports its own timeout.
        guard let event = rd_kafka_queue_poll(queue, timeoutMilliseconds + 2000) else {
            throw KafkaError(code: .timeout, reason: "CreateTopics: no answer from the cluster")
        }
        defer { rd_kafka_event_destroy(event) }
        let eventError = rd_kafka_event_error(event)
        if eventError != RD_KAFKA_RESP_ERR_NO_ERROR {
            let code: KafkaError.Code = eventError == RD_KAFKA_RESP_ERR__TIMED_OUT ? .timeout : .admin
            throw KafkaError.rdKafka(code, eventError, reason: "CreateTopics: \(String(cString: rd_kafka_event_error_string(event)))")
        }
        guard let result = rd_kafka_event_CreateTopics_result(event) else {
            throw KafkaError(code: .admin, reason: "CreateTopics: unexpected event")
        }
        var count = 0
        guard let results = rd_kafka_CreateTopics_result_topics(result, &count) else { return }
        for index in 0..<count {
            let topicResult = results[index]
            let error = rd_kafka_topic_result_error(topicResult)
            if error == RD_KAFKA_RESP_ERR_NO_ERROR || error == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS { continue }
            let name = String(cString: rd_kafka_topic_result_name(topicResult))
            let message = rd_kafka_topic_result_error_string(topicResult).map { String(cString: $0) } ?? RDKafkaErrorCode(error).message
            throw KafkaError.rdKafka(.admin, error, reason: "\(name): \(message)")
        }
    }
}
