import Foundation
import NIOCore
import ServiceLifecycle
import Testing
import VigieKafka
import VigieTesting

@Suite("VigieKafka against the embedded broker", .timeLimit(.minutes(3)))
struct KafkaRoundTripTests {
    @Test func roundTripWithKeysAndHeaders() async throws {
        try await withCluster(topic: 3) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            var acknowledgements: [KafkaAcknowledgedMessage] = []
            for index in 0..<30 {
                let ack = try await producer.send(
                    KafkaProducerMessage(
                        topic: topic, key: "key-\(index % 5)", value: "value-\(index) é ✓",
                        headers: [KafkaHeader(key: "vigie-event-type", string: "Test"), KafkaHeader(key: "empty", value: nil)]))
                acknowledgements.append(ack)
            }
            #expect(acknowledgements.allSatisfy { $0.topic == topic && $0.offset.rawValue >= 0 })
            // One key, one partition.
            let partitionsByKey = Dictionary(grouping: acknowledgements.enumerated()) { "key-\($0.offset % 5)" }.mapValues { Set($0.map(\.element.partition)) }
            #expect(partitionsByKey.values.allSatisfy { $0.count == 1 })

            let consumer = try KafkaConsumer(configuration: consumerConfiguration(cluster.bootstrapServers, group: "g-\(topic)"), logger: testLogger())
            try consumer.subscribe(topics: [topic])
            let group = ServiceGroup(services: [producer, consumer], logger: testLogger())
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await group.run() }
                let messages = try await collect(consumer, count: 30)
                #expect(Set(messages.compactMap(\.valueString)) == Set((0..<30).map { "value-\($0) é ✓" }))
                for message in messages {
                    let index = Int(message.valueString!.split(separator: "-")[1].split(separator: " ")[0])!
                    #expect(message.keyString == "key-\(index % 5)")
                    #expect(message.header("vigie-event-type") == "Test")
                    #expect(message.headers.contains { $0.key == "empty" && $0.value == nil })
                    #expect(message.timestampMilliseconds != nil)
                }
                // Partition order is kept.
                for partition in Set(messages.map(\.partition)) {
                    let offsets = messages.filter { $0.partition == partition }.map(\.offset.rawValue)
                    #expect(offsets == offsets.sorted())
                }
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
            }
        }
    }

    @Test func twoConsumersOfOneGroupSplitThePartitions() async throws {
        try await withCluster(topic: 6) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            _ = try await producer.send(batch: (0..<120).map { KafkaProducerMessage(topic: topic, key: "k\($0)", value: "v\($0)") })
            await producer.shutdown()

            let groupID = "g-\(topic)"
            let first = try KafkaConsumer(configuration: consumerConfiguration(cluster.bootstrapServers, group: groupID), logger: testLogger())
            let second = try KafkaConsumer(configuration: consumerConfiguration(cluster.bootstrapServers, group: groupID), logger: testLogger())
            try first.subscribe(topics: [topic])
            try second.subscribe(topics: [topic])
            first.startPolling()
            second.startPolling()
            // Both members end up with a share of the six partitions, without overlap.
            try await withTimeout(.seconds(40), "a balanced assignment") {
                while !(first.assignment.count == 3 && second.assignment.count == 3) {
                    try await Task.sleep(for: .milliseconds(100))
                }
            }
            #expect(first.assignment.isDisjoint(with: second.assignment))
            #expect(first.assignment.union(second.assignment).count == 6)
            await first.close()
            await second.close()
        }
    }

    @Test func pauseResumeAndSeek() async throws {
        try await withCluster(topic: 1) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            _ = try await producer.send(batch: (0..<10).map { KafkaProducerMessage(topic: topic, key: "k", value: "v\($0)") })
            let consumer = try KafkaConsumer(configuration: consumerConfiguration(cluster.bootstrapServers, group: "g-\(topic)"), logger: testLogger())
            let partition = KafkaTopicPartition(topic: topic, partition: KafkaPartition(rawValue: 0))
            try consumer.assign([(partition, .beginning)])
            consumer.startPolling()
            try await withTimeout(.seconds(30), "pause, seek and resume") {
                var iterator = consumer.messages.makeAsyncIterator()
                var seen: [String] = []
                while seen.count < 10, let message = try await iterator.next() { seen.append(message.valueString!) }
                #expect(seen == (0..<10).map { "v\($0)" })

                try consumer.pause([partition])
                _ = try await producer.send(KafkaProducerMessage(topic: topic, key: "k", value: "while-paused"))
                // A seek can be refused for a moment while the fetcher changes state (seen once under load, as a
                // .consume error); it is retried a few times, and the reason is reported if it keeps failing.
                var attempt = 0
                while true {
                    do {
                        try await consumer.seek(partition, to: KafkaOffset(rawValue: 3))
                        break
                    } catch let error as KafkaError where attempt < 5 {
                        attempt += 1
                        print("seek refused, retrying: \(String(reflecting: error))")
                        try await Task.sleep(for: .milliseconds(200))
                    }
                }
                try consumer.resume([partition])
                var again: [String] = []
                while again.count < 8, let message = try await iterator.next() { again.append(message.valueString!) }
                #expect(again == (3..<10).map { "v\($0)" } + ["while-paused"])
            }
            await consumer.close()
            await producer.shutdown()
        }
    }

    @Test func slowReaderGetsEverythingInOrder() async throws {
        try await withCluster(topic: 1) { cluster, topic in
            let producer = try KafkaProducer(configuration: producerConfiguration(cluster.bootstrapServers), logger: testLogger())
            _ = try await producer.send(batch: (0..<300).map { KafkaProducerMessage(topic: topic, key: nil, value: "v\($0)") })
            await producer.shutdown()
            var configuration = consumerConfiguration(cluster.bootstrapServers, group: "g-\(topic)")
            configuration.bufferHighWatermark = 10
            configuration.bufferLowWatermark = 2
            let consumer = try KafkaConsumer(configuration: configuration, logger: testLogger())
            try consumer.subscribe(topics: [topic])
            consumer.startPolling()
            let values = try await withTimeout(.seconds(60), "300 messages") {
                var values: [String] = []
                for try await message in consumer.messages {
                    values.append(message.valueString!)
                    if values.count % 50 == 0 { try await Task.sleep(for: .milliseconds(100)) }
                    if values.count == 300 { break }
                }
                return values
            }
            #expect(values == (0..<300).map { "v\($0)" })
            await consumer.close()
        }
    }
}
