import Foundation
import NIOCore
import Testing
import VigieEvents
import VigieKafka
import VigieTesting

@Suite("A third-party client (kcat) and the embedded broker", .timeLimit(.minutes(3)))
struct KafkaInteropTests {
    func kcat() throws -> String {
        guard let path = ProcessRunner.which("kcat") else { throw TestEnvironment.Missing(variable: "kcat on PATH (apt-get install kcat)") }
        return path
    }

    @Test func kcatReadsWhatVigieKafkaWrote() async throws {
        let kcat = try kcat()
        try await withCluster(topic: 2) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            for index in 0..<5 {
                _ = try await producer.send(
                    KafkaProducerMessage(
                        topic: topic, key: "key-\(index)", value: "{\"n\":\(index)}",
                        headers: [KafkaHeader(key: "vigie-event-type", string: "Mention"), KafkaHeader(key: "vigie-schema-version", string: "1")]))
            }
            await producer.shutdown()
            let result = try await ProcessRunner.run(
                kcat, ["-C", "-b", cluster.bootstrapServers, "-t", topic, "-e", "-q", "-f", "%k|%s|%h\n"], timeout: .seconds(30))
            #expect(result.status == 0, "\(result.standardError)")
            let lines = Set(result.standardOutput.split(separator: "\n").map(String.init))
            #expect(lines == Set((0..<5).map { "key-\($0)|{\"n\":\($0)}|vigie-event-type=Mention,vigie-schema-version=1" }))
        }
    }

    @Test func vigieKafkaReadsWhatKcatWrote() async throws {
        let kcat = try kcat()
        try await withCluster(topic: 1) { cluster, topic in
            let input = (0..<5).map { "k\($0):value \($0)" }.joined(separator: "\n") + "\n"
            let result = try await ProcessRunner.run(
                kcat, ["-P", "-b", cluster.bootstrapServers, "-t", topic, "-K", ":", "-H", "origin=kcat", "-H", "n=1"], input: input,
                timeout: .seconds(30))
            #expect(result.status == 0, "\(result.standardError)")
            let consumer = try KafkaConsumer(configuration: consumerConfiguration(cluster.bootstrapServers, group: "g-\(topic)"), logger: testLogger())
            try consumer.subscribe(topics: [topic])
            consumer.startPolling()
            let messages = try await collect(consumer, count: 5)
            #expect(messages.map(\.keyString) == (0..<5).map { "k\($0)" })
            #expect(messages.map(\.valueString) == (0..<5).map { "value \($0)" })
            #expect(messages.allSatisfy { $0.header("origin") == "kcat" && $0.header("n") == "1" })
            await consumer.close()
        }
    }

    @Test func devBrokerServesTheRegistryTopics() async throws {
        let bootstrap = try TestEnvironment.kafkaBootstrapServers()
        let admin = try KafkaAdmin(bootstrapServers: [bootstrap], logger: testLogger())
        let topics = Dictionary(uniqueKeysWithValues: try await admin.listTopics().map { ($0.name, $0.partitionCount) })
        for descriptor in Topics.all {
            #expect(topics[descriptor.name] == descriptor.partitions, "\(descriptor.name)")
        }
    }

    @Test func adminListsTopicsAndReportsTheMockCreateTopicsGap() async throws {
        try await withCluster(topic: 5) { cluster, topic in
            let admin = try KafkaAdmin(bootstrapServers: [cluster.bootstrapServers], logger: testLogger())
            let topics = try await admin.listTopics()
            #expect(topics.contains(KafkaTopicMetadata(name: topic, partitionCount: 5)))
            // librdkafka 2.0.2's mock cluster does not answer CreateTopics: the wrapper reports it instead of hanging.
            let error = await #expect(throws: KafkaError.self) {
                try await admin.createTopics([KafkaNewTopic(name: topic + "-new", partitions: 3)], timeout: .seconds(2))
            }
            #expect(error?.code == .timeout || error?.code == .admin)
        }
    }
}
