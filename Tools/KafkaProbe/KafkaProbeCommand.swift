import ArgumentParser
import Foundation
import Logging
import NIOCore
import VigieKafka

#if canImport(Glibc)
import Glibc
#endif

/// `vigie-kafka-probe`: a small VigieKafka client for tests and diagnostics.
@main
struct KafkaProbeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie-kafka-probe", abstract: "Produce or consume with VigieKafka (tests, diagnostics).",
        subcommands: [Consume.self, Produce.self])

    struct Consume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Consume a topic in a group; print `partition offset key value` per message, then store its offset.")

        @Option var bootstrap: String
        @Option var topic: String
        @Option var group: String
        @Option(help: "Stop after this many messages (0: no limit).") var max: Int = 0
        @Option(help: "After this many messages: commit what is stored, then kill this process with SIGKILL.")
        var killAfter: Int = 0
        @Option(help: "Exit when no message came for this many seconds (0: never).") var idleExit: Double = 0

        func run() async throws {
            var logger = Logger(label: "vigie.kafka-probe")
            logger.logLevel = .info
            var configuration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: group)
            configuration.fetchWaitMax = .milliseconds(10)
            configuration.sessionTimeout = .seconds(6)
            configuration.statisticsInterval = nil
            let consumer = try KafkaConsumer(configuration: configuration, logger: logger)
            try consumer.subscribe(topics: [topic])
            consumer.startPolling()
            let lastSeen = LastSeen()
            let killAfter = self.killAfter
            let max = self.max
            let idle = idleExit
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                if idle > 0 {
                    tasks.addTask {
                        while true {
                            try await Task.sleep(for: .milliseconds(200))
                            if lastSeen.secondsSince() > idle { throw CancellationError() }
                        }
                    }
                }
                tasks.addTask {
                    var count = 0
                    for try await message in consumer.messages {
                        count += 1
                        let line = "\(message.partition) \(message.offset) \(message.keyString ?? "-") \(message.valueString ?? "-")\n"
                        FileHandle.standardOutput.write(Data(line.utf8))
                        try consumer.storeOffset(message)
                        lastSeen.touch()
                        if killAfter > 0, count >= killAfter {
                            try await consumer.commit()
                            kill(getpid(), SIGKILL)
                        }
                        if max > 0, count >= max { return }
                    }
                }
                do {
                    try await tasks.next()
                } catch is CancellationError {}
                tasks.cancelAll()
            }
            await consumer.close()
        }
    }

    struct Produce: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Produce COUNT messages `KEY-i` → `PREFIX-i` and wait for acknowledgements.")

        @Option var bootstrap: String
        @Option var topic: String
        @Option var count: Int = 10
        @Option var prefix: String = "message"
        @Option var keyPrefix: String = "key"

        func run() async throws {
            var configuration = KafkaProducerConfiguration(bootstrapServers: [bootstrap])
            configuration.statisticsInterval = nil
            let producer = try KafkaProducer(configuration: configuration, logger: Logger(label: "vigie.kafka-probe"))
            let messages = (0..<count).map {
                KafkaProducerMessage(topic: topic, key: "\(keyPrefix)-\($0)", value: "\(prefix)-\($0)", headers: [KafkaHeader(key: "probe", string: "\($0)")])
            }
            _ = try await producer.send(batch: messages)
            await producer.shutdown()
            print("produced \(count)")
        }
    }
}

final class LastSeen: @unchecked Sendable {
    private let lock = NSLock()
    private var date = Date()
    func touch() { lock.withLock { date = Date() } }
    func secondsSince() -> Double { lock.withLock { Date().timeIntervalSince(date) } }
}
