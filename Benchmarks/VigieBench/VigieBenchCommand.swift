import ArgumentParser
import Foundation
import Logging
import NIOCore
import VigieKafka
import VigiePostgres

/// `vigie-bench`: throughput figures of the shared wrappers. Benchmarks print figures; they are not tests.
/// `scripts/bench` runs them next to their references (a C program on librdkafka; INSERT vs COPY).
@main
struct VigieBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie-bench", abstract: "Benchmarks of VigieKafka, VigiePostgres and the event codec.",
        subcommands: [Kafka.self, Postgres.self, AlertLatency.self, CodecBench.self])

    struct Kafka: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Producer and consumer throughput (messages/s).")
        @Option var bootstrap: String
        @Option var topic: String
        @Option var messages: Int = 200_000
        @Option var size: Int = 200
        @Option(help: "Batches of 10 000 records in flight at once.") var inFlightBatches: Int = 5

        func run() async throws {
            var logger = Logger(label: "vigie.bench")
            logger.logLevel = .warning
            var producerConfiguration = KafkaProducerConfiguration(bootstrapServers: [bootstrap])
            producerConfiguration.statisticsInterval = nil
            if let debug = ProcessInfo.processInfo.environment["VIGIE_BENCH_RDKAFKA_DEBUG"] {
                producerConfiguration.additionalConfig["debug"] = debug
                logger.logLevel = .trace
            }
            let producer = try KafkaProducer(configuration: producerConfiguration, logger: logger)
            let payload = ByteBuffer(repeating: UInt8(ascii: "x"), count: size)
            let keys = (0..<1000).map { ByteBuffer(string: "key-\($0)") }
            let start = ContinuousClock.now
            // Batches of 10 000 records, several in flight, so the pipeline never drains between batches (staying
            // under librdkafka's queue of 100 000 avoids waiting for room).
            let chunk = 10_000
            let topic = self.topic
            try await withThrowingTaskGroup(of: Void.self) { group in
                var inFlight = 0
                for first in stride(from: 0, to: messages, by: chunk) {
                    if inFlight == inFlightBatches {
                        try await group.next()
                        inFlight -= 1
                    }
                    let batch = (first..<min(first + chunk, messages)).map { KafkaProducerMessage(topic: topic, key: keys[$0 % 1000], value: payload) }
                    group.addTask {
                        _ = try await producer.send(batch: batch)
                        if ProcessInfo.processInfo.environment["VIGIE_BENCH_TRACE"] != nil { FileHandle.standardError.write(Data("batch \(first) acked at \(ContinuousClock.now - start)\n".utf8)) }
                    }
                    inFlight += 1
                }
                try await group.waitForAll()
            }
            let produceSeconds = (ContinuousClock.now - start).seconds
            print(String(format: "produce %d messages in %.3f s = %.0f msg/s", messages, produceSeconds, Double(messages) / produceSeconds))
            await producer.shutdown()

            var consumerConfiguration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: "swift-bench-\(UUID().uuidString.prefix(8))")
            consumerConfiguration.fetchWaitMax = .milliseconds(10)
            consumerConfiguration.sessionTimeout = .seconds(6)
            consumerConfiguration.statisticsInterval = nil
            let consumer = try KafkaConsumer(configuration: consumerConfiguration, logger: logger)
            try consumer.subscribe(topics: [topic])
            consumer.startPolling()
            var received = 0
            var first: ContinuousClock.Instant?
            let trace = ProcessInfo.processInfo.environment["VIGIE_BENCH_TRACE"] != nil
            for try await _ in consumer.messages {
                if first == nil { first = .now }  // the group join is not throughput
                received += 1
                if trace && received % 50_000 == 0 { FileHandle.standardError.write(Data("consumed \(received) at \(ContinuousClock.now - first!)\n".utf8)) }
                if received == messages { break }
            }
            let consumeSeconds = (ContinuousClock.now - first!).seconds
            print(String(format: "consume %d messages in %.3f s = %.0f msg/s", received, consumeSeconds, Double(received) / consumeSeconds))
            await consumer.close()
            guard received == messages else { throw ValidationError("only \(received) of \(messages) came back: the broker dropped data") }
        }
    }

    struct Postgres: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rows/s for COPY and for multi-row INSERT (1 000 rows per statement).")
        @Option var url: String
        @Option var rows: Int = 200_000

        func run() async throws {
            var logger = Logger(label: "vigie.bench")
            logger.logLevel = .warning
            let client = PostgresClient(configuration: PostgresConfiguration(url: url), logger: logger)
            defer { client.shutdown() }
            let schema = "bench_\(UUID().uuidString.prefix(8).lowercased())"
            try await client.query("CREATE SCHEMA \(unescaped: schema)")
            defer { Task { try? await client.query("DROP SCHEMA \(unescaped: schema) CASCADE") } }
            for table in ["copied", "inserted"] {
                try await client.query(
                    "CREATE TABLE \(unescaped: schema).\(unescaped: table) (id bigint PRIMARY KEY, project text, text text, score float8, at timestamptz)")
            }
            let now = Date()
            let data: [(Int, String, String, Double, Date)] = (0..<rows).map {
                ($0, "project-\($0 % 50)", "Vol annulé à cause du nuage de cendres, mention \($0)", Double($0 % 200) / 100 - 1, now.addingTimeInterval(Double($0)))
            }

            let copyStart = ContinuousClock.now
            let copyRows: [[any PostgresEncodable]] = data.map { [$0.0, $0.1, $0.2, $0.3, $0.4] }
            let copied = try await client.withConnection { try await $0.copy(into: "\(schema).copied", columns: ["id", "project", "text", "score", "at"], rows: copyRows) }
            let copySeconds = (ContinuousClock.now - copyStart).seconds

            let insertStart = ContinuousClock.now
            let perStatement = 1000
            try await client.withConnection { connection in
                for offset in stride(from: 0, to: data.count, by: perStatement) {
                    let slice = data[offset..<min(offset + perStatement, data.count)]
                    var sql = "INSERT INTO \(schema).inserted (id, project, text, score, at) VALUES "
                    var binds: [String?] = []
                    for (index, row) in slice.enumerated() {
                        let base = index * 5
                        sql += (index == 0 ? "" : ",") + "($\(base + 1),$\(base + 2),$\(base + 3),$\(base + 4),$\(base + 5))"
                        binds += [row.0.postgresText, row.1.postgresText, row.2.postgresText, row.3.postgresText, row.4.postgresText]
                    }
                    try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds))
                }
            }
            let insertSeconds = (ContinuousClock.now - insertStart).seconds
            let counts = try await client.query("SELECT (SELECT count(*) FROM \(unescaped: schema).copied), (SELECT count(*) FROM \(unescaped: schema).inserted)").decode((Int, Int).self)
            guard copied == rows, counts[0] == (rows, rows) else { throw ValidationError("row counts differ: \(counts)") }
            print(String(format: "copy   %d rows in %.3f s = %.0f rows/s", rows, copySeconds, Double(rows) / copySeconds))
            print(String(format: "insert %d rows in %.3f s = %.0f rows/s (multi-row INSERT, %d rows per statement)", rows, insertSeconds, Double(rows) / insertSeconds, perStatement))
            try await client.query("DROP SCHEMA \(unescaped: schema) CASCADE")
        }
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
