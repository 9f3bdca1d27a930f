import Foundation
import Logging
import NIOCore
import VigieKafka
import VigieTesting

struct TestTimeout: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Runs `body`, failing with ``TestTimeout`` after `timeout`.
func withTimeout<T: Sendable>(_ timeout: Duration, _ what: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw TestTimeout(what: what)
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// Reads `count` messages (storing each offset), failing after `timeout`.
func collect(_ consumer: KafkaConsumer, count: Int, timeout: Duration = .seconds(30), store: Bool = true) async throws -> [KafkaConsumerMessage] {
    try await withTimeout(timeout, "\(count) messages") {
        var messages: [KafkaConsumerMessage] = []
        guard count > 0 else { return messages }
        for try await message in consumer.messages {
            messages.append(message)
            if store { try consumer.storeOffset(message) }
            if messages.count == count { break }
        }
        return messages
    }
}

/// Settings suited to the embedded broker: short empty fetches and sessions.
func consumerConfiguration(_ bootstrap: String, group: String) -> KafkaConsumerConfiguration {
    var configuration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: group)
    configuration.fetchWaitMax = .milliseconds(10)
    configuration.sessionTimeout = .seconds(6)
    configuration.statisticsInterval = nil
    return configuration
}

func producerConfiguration(_ bootstrap: String) -> KafkaProducerConfiguration {
    var configuration = KafkaProducerConfiguration(bootstrapServers: [bootstrap])
    configuration.statisticsInterval = nil
    return configuration
}

func testLogger() -> Logger { InMemoryLogHandler.makeLogger(level: .info).0 }

/// A fresh in-process mock cluster with one topic.
func withCluster<T: Sendable>(
    topic partitions: Int = 3, _ body: (KafkaMockCluster, String) async throws -> T
) async throws -> T {
    let cluster = try KafkaMockCluster(logger: testLogger())
    let topic = TestEnvironment.uniqueName("topic")
    try cluster.createTopic(topic, partitions: partitions)
    let result = try await body(cluster, topic)
    withExtendedLifetime(cluster) {}
    return result
}
