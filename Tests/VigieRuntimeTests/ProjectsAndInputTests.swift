import Foundation
import Logging
import NIOCore
import Testing
import VigieEvents
import VigieKafka
import VigieRuntime
import VigieTesting

@Suite("Projects follower")
struct ProjectsFollowerTests {
    @Test func anInvalidRecordKeepsThePreviousDefinitionAndTheRestLoads() async throws {
        let logger = InMemoryLogHandler.makeLogger().0
        let cluster = try KafkaMockCluster(logger: logger)
        try cluster.createTopic(Topics.projects.name, partitions: Topics.projects.descriptor.partitions)
        var producerConfiguration = KafkaProducerConfiguration(bootstrapServers: [cluster.bootstrapServers])
        producerConfiguration.statisticsInterval = nil
        let producer = try KafkaProducer(configuration: producerConfiguration, logger: logger)
        func project(_ id: String, _ name: String) throws -> KafkaProducerMessage {
            let definition = Project(id: id, name: name, topics: [.init(id: "t", name: "T", query: "t")], updatedAt: Date())
            return KafkaProducerMessage(topic: Topics.projects.name, key: ByteBuffer(string: id), value: ByteBuffer(bytes: try EventCodec.encode(definition)))
        }
        _ = try await producer.send(batch: [
            try project("p", "first"),
            KafkaProducerMessage(topic: Topics.projects.name, key: ByteBuffer(string: "p"), value: ByteBuffer(string: #"{"id": "p", "name": 3}"#)),
            try project("q", "other"),
        ])
        await producer.shutdown()

        var configuration = KafkaConsumerConfiguration(bootstrapServers: [cluster.bootstrapServers], groupID: "follower-test")
        configuration.fetchWaitMax = .milliseconds(10)
        let follower = try ProjectsFollower(configuration: configuration, logger: logger)
        let running = Task { try await follower.run() }
        await follower.waitUntilCaughtUp()
        #expect(follower.projects["p"]?.name == "first", "the invalid record does not replace the valid definition")
        #expect(follower.projects["q"]?.name == "other", "nor stop the records after it")
        running.cancel()
        _ = try? await running.value
    }
}

@Suite("Command input")
struct CommandInputTests {
    @Test func readsAFileAndNamesOneItCannotRead() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(TestEnvironment.uniqueName("input"))
        try "timestamp,value\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try CommandInput.text(file.path) == "timestamp,value\n")
        let error = #expect(throws: CommandInput.Unreadable.self) { try CommandInput.text("/nonexistent/series.csv") }
        #expect(error.map { "\($0)" } == "cannot read /nonexistent/series.csv")
    }
}
