import Foundation
import MetricsTestKit
import NIOCore
import Testing
import VigieKafka
import VigieTesting

@Suite("VigieKafka failures, restarts and metrics", .timeLimit(.minutes(3)))
struct KafkaFailureTests {
    @Test func retriableBrokerErrorsAreRetried() async throws {
        try await withCluster(topic: 1) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            _ = try await producer.send(KafkaProducerMessage(topic: topic, key: "k", value: "warm-up"))
            cluster.pushRequestErrors(.produce, [.notLeaderForPartition, .notLeaderForPartition])
            let ack = try await producer.send(KafkaProducerMessage(topic: topic, key: "k", value: "after-errors"))
            #expect(ack.offset == KafkaOffset(rawValue: 1))
            await producer.shutdown()
        }
    }

    @Test func refusedProduceSurfacesAsATypedError() async throws {
        try await withCluster(topic: 1) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            _ = try await producer.send(KafkaProducerMessage(topic: topic, key: "k", value: "warm-up"))
            cluster.pushRequestErrors(.produce, [.topicAuthorizationFailed])
            let error = await #expect(throws: KafkaError.self) {
                try await producer.send(KafkaProducerMessage(topic: topic, key: "k", value: "refused"))
            }
            #expect(error?.code == .delivery)
            #expect(error?.rdKafkaCode == .topicAuthorizationFailed)
            #expect(error?.isRetriable == false)
            await producer.shutdown()
        }
    }

    @Test func undeliverableMessageTimesOutWithAnError() async throws {
        try await withCluster(topic: 1) { cluster, topic in
            var configuration = producerConfiguration(cluster.bootstrapServers)
            configuration.messageTimeout = .seconds(2)
            let producer = try KafkaProducer(configuration: configuration, logger: testLogger())
            _ = try await producer.send(KafkaProducerMessage(topic: topic, key: "k", value: "warm-up"))
            // Every produce is refused with a retriable error: librdkafka retries until the deadline, then reports.
            cluster.pushRequestErrors(.produce, Array(repeating: .notLeaderForPartition, count: 10_000))
            let error = await #expect(throws: KafkaError.self) {
                try await producer.send(KafkaProducerMessage(topic: topic, key: "k", value: "never"))
            }
            #expect(error?.code == .delivery)
            cluster.clearRequestErrors(.produce)
            await producer.shutdown()
        }
    }

    @Test func killedConsumerResumesAfterItsLastStoredOffset() async throws {
        try await withCluster(topic: 4) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            _ = try await producer.send(batch: (0..<60).map { KafkaProducerMessage(topic: topic, key: "k\($0)", value: "v\($0)") })
            await producer.shutdown()
            let probe = try TestEnvironment.binary("vigie-kafka-probe")
            let group = "g-\(topic)"
            let common = ["consume", "--bootstrap", cluster.bootstrapServers, "--topic", topic, "--group", group]
            // The first run processes 25 messages, stores their offsets, commits, and is killed with SIGKILL.
            let killed = try await ProcessRunner.run(probe, common + ["--kill-after", "25"], timeout: .seconds(60))
            #expect(killed.terminationReason == .uncaughtSignal)
            #expect(killed.status == SIGKILL)
            // The restarted member reads exactly the rest.
            let restarted = try await ProcessRunner.run(probe, common + ["--max", "35"], timeout: .seconds(90))
            #expect(restarted.status == 0, "\(restarted.standardError)")
            let first = killed.standardOutput.split(separator: "\n").map { $0.split(separator: " ")[3] }
            let second = restarted.standardOutput.split(separator: "\n").map { $0.split(separator: " ")[3] }
            #expect(first.count == 25)
            #expect(second.count == 35)
            #expect(Set(first).isDisjoint(with: Set(second)), "nothing processed twice")
            #expect(Set(first + second) == Set((0..<60).map { "v\($0)"[...] }), "nothing skipped")
        }
    }

    @Test func gracefulCloseCommitsStoredOffsets() async throws {
        try await withCluster(topic: 2) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            _ = try await producer.send(batch: (0..<40).map { KafkaProducerMessage(topic: topic, key: "k\($0)", value: "v\($0)") })
            await producer.shutdown()
            let group = "g-\(topic)"
            let first = try KafkaConsumer(configuration: consumerConfiguration(cluster.bootstrapServers, group: group), logger: testLogger())
            try first.subscribe(topics: [topic])
            first.startPolling()
            // Read 40 but store only what was "processed": the first 15 of them.
            let read = try await collect(first, count: 40, store: false)
            for message in read.prefix(15) { try first.storeOffset(message) }
            await first.close()
            let second = try KafkaConsumer(configuration: consumerConfiguration(cluster.bootstrapServers, group: group), logger: testLogger())
            try second.subscribe(topics: [topic])
            second.startPolling()
            let rest = try await collect(second, count: 25)
            #expect(Set(rest.map(\.valueString)) == Set(read.dropFirst(15).map(\.valueString)))
            await second.close()
        }
    }

    @Test func lagIsReportedPerPartitionAsAMetric() async throws {
        try await withCluster(topic: 2) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            _ = try await producer.send(batch: (0..<20).map { KafkaProducerMessage(topic: topic, key: "k\($0)", value: "v\($0)") })
            await producer.shutdown()
            let metrics = TestMetrics()
            var configuration = consumerConfiguration(cluster.bootstrapServers, group: "g-\(topic)")
            configuration.statisticsInterval = .milliseconds(200)
            configuration.metricsFactory = metrics
            configuration.clientID = "lag-test"
            let consumer = try KafkaConsumer(configuration: configuration, logger: testLogger())
            try consumer.subscribe(topics: [topic])
            consumer.startPolling()
            let read = try await collect(consumer, count: 20, store: false)
            for message in read.prefix(5) { try consumer.storeOffset(message) }
            try await consumer.commit()
            // Committed 5 of 20: the lag is 15 over both partitions.
            let lags = try await withTimeout(.seconds(20), "lag statistics") {
                while true {
                    let lags = consumer.partitionLags
                    if lags.count == 2, lags.values.reduce(0, +) == 15 { return lags }
                    try await Task.sleep(for: .milliseconds(100))
                }
            }
            #expect(Set(lags.keys.map(\.topic)) == [topic])
            let gauges = try metrics.expectGauge("vigie_kafka_consumer_lag_messages", [("client_id", "lag-test"), ("topic", topic), ("partition", "0")])
            #expect(gauges.lastValue != nil)
            await consumer.close()
        }
    }

    @Test func offsetStoreOnUnassignedPartitionIsAnError() async throws {
        try await withCluster(topic: 1) { cluster, topic in
            let consumer = try KafkaConsumer(configuration: consumerConfiguration(cluster.bootstrapServers, group: "g-\(topic)"), logger: testLogger())
            let message = KafkaConsumerMessage(
                topic: topic, partition: KafkaPartition(rawValue: 0), offset: KafkaOffset(rawValue: 1), key: nil, value: nil, headers: [],
                timestampMilliseconds: nil)
            let error = #expect(throws: KafkaError.self) { try consumer.storeOffset(message) }
            #expect(error?.code == .offsetStore)
            await consumer.close()
        }
    }
}
