import ArgumentParser
import Foundation
import Logging
import ServiceLifecycle
import UnixSignals
import VigieEvents
import VigieKafka
import VigieRuntime

/// `vigie-devbroker`: the embedded Kafka of Vigie — librdkafka's mock cluster on loopback, with Vigie's topics.
///
/// A development broker: it keeps data in memory, about 5 MiB per partition (older data is dropped), and forgets
/// everything when it stops. Any Kafka client (the services, kcat) connects to the address it prints.
@main
struct DevBrokerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie-devbroker",
        abstract: "Run librdkafka's mock Kafka cluster on loopback with the Vigie topics (development and tests).")

    @Option(help: "Number of mock brokers.")
    var brokers: Int = 1

    @Option(help: "Multiply every registry topic's partition count (more partitions hold more data in the mock).")
    var partitionScale: Int = 1

    @Option(name: .customLong("topic"), help: "Extra topic to create, NAME:PARTITIONS (repeatable).")
    var extraTopics: [String] = []

    @Option(help: "File to write the bootstrap address to (removed on exit).")
    var bootstrapFile: String = ".vigie/devbroker.bootstrap"

    @Option(help: "Log level: trace, debug, info, warning, error.")
    var logLevel: String = "info"

    func run() async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = Logger.Level(rawValue: logLevel) ?? .info
            return handler
        }
        let logger = Logger(label: "vigie.devbroker")
        guard brokers >= 1, partitionScale >= 1 else { throw ValidationError("--brokers and --partition-scale must be at least 1") }
        var topics = Topics.all.map { ($0.name, $0.partitions * partitionScale) }
        for entry in extraTopics {
            let parts = entry.split(separator: ":")
            guard parts.count == 2, let partitions = Int(parts[1]), partitions > 0 else {
                throw ValidationError("--topic expects NAME:PARTITIONS, got '\(entry)'")
            }
            topics.append((String(parts[0]), partitions))
        }

        let cluster = try KafkaMockCluster(brokers: brokers, logger: logger)
        for (name, partitions) in topics {
            try cluster.createTopic(name, partitions: partitions)
        }
        let url = URL(fileURLWithPath: bootstrapFile)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((cluster.bootstrapServers + "\n").utf8).write(to: url, options: .atomic)
        FileHandle.standardOutput.write(Data("vigie-devbroker ready bootstrap=\(cluster.bootstrapServers) topics=\(topics.count) file=\(bootstrapFile)\n".utf8))
        logger.info("embedded broker started", metadata: ["kafka.bootstrap": "\(cluster.bootstrapServers)"])

        let group = VigieServiceGroup.make(services: [BrokerService(cluster: cluster)], logger: logger, maximumGracefulShutdownDuration: .seconds(5))
        try await group.run()
        try? FileManager.default.removeItem(at: url)
        logger.info("embedded broker stopped")
    }
}

/// Keeps the cluster alive until graceful shutdown.
struct BrokerService: Service {
    let cluster: KafkaMockCluster
    func run() async throws {
        try? await gracefulShutdown()
        withExtendedLifetime(cluster) {}
    }
}
