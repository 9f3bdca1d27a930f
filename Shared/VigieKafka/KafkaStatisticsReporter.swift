import Foundation
import Metrics
import NIOConcurrencyHelpers

/// Turns librdkafka's statistics JSON (`statistics.interval.ms`) into swift-metrics values and keeps the last
/// per-partition consumer lag for ``KafkaConsumer/partitionLags``.
///
/// Metrics (dimension `client_id`; partition metrics add `topic` and `partition`):
/// - `vigie_kafka_consumer_lag_messages` (gauge): high watermark minus the committed offset, per partition.
/// - `vigie_kafka_queue_messages` (gauge): messages waiting in the client's queues.
/// - `vigie_kafka_tx_messages_total`, `vigie_kafka_rx_messages_total` (counters).
final class KafkaStatisticsReporter: Sendable {
    private struct Statistics: Decodable {
        struct Topic: Decodable {
            struct Partition: Decodable {
                var partition: Int32
                var hi_offset: Int64?
                var lo_offset: Int64?
                var committed_offset: Int64?
            }
            var partitions: [String: Partition]
        }
        var client_id: String?
        var msg_cnt: Int64?
        var txmsgs: Int64?
        var rxmsgs: Int64?
        var topics: [String: Topic]?
    }

    private struct State {
        var lags: [KafkaTopicPartition: Int64] = [:]
        var tx: Int64 = 0
        var rx: Int64 = 0
        var lagGauges: [KafkaTopicPartition: Gauge] = [:]
    }

    private let clientID: String
    private let factory: any MetricsFactory
    private let state = NIOLockedValueBox(State())
    private let queueGauge: Gauge
    private let txCounter: Counter
    private let rxCounter: Counter

    init(clientID: String, factory: any MetricsFactory) {
        self.clientID = clientID
        self.factory = factory
        let dimensions = [("client_id", clientID)]
        queueGauge = Gauge(label: "vigie_kafka_queue_messages", dimensions: dimensions, factory: factory)
        txCounter = Counter(label: "vigie_kafka_tx_messages_total", dimensions: dimensions, factory: factory)
        rxCounter = Counter(label: "vigie_kafka_rx_messages_total", dimensions: dimensions, factory: factory)
    }

    /// The last reported consumer lag per assigned partition.
    var lags: [KafkaTopicPartition: Int64] { state.withLockedValue { $0.lags } }

    func report(json: [UInt8]) {
        guard let statistics = try? JSONDecoder().decode(Statistics.self, from: Data(json)) else { return }
        if let count = statistics.msg_cnt { queueGauge.record(count) }
        var lags: [KafkaTopicPartition: Int64] = [:]
        for (topicName, topic) in statistics.topics ?? [:] {
            for partition in topic.partitions.values where partition.partition >= 0 {
                // Lag = high watermark − committed offset; with nothing committed yet, the whole log is behind.
                // librdkafka reports -1 for what it does not know (e.g. partitions this member does not fetch).
                guard let high = partition.hi_offset, high >= 0 else { continue }
                let lag: Int64
                if let committed = partition.committed_offset, committed >= 0 {
                    lag = max(0, high - committed)
                } else if let low = partition.lo_offset, low >= 0 {
                    lag = max(0, high - low)
                } else {
                    continue
                }
                lags[KafkaTopicPartition(topic: topicName, partition: KafkaPartition(rawValue: partition.partition))] = lag
            }
        }
        let (txDelta, rxDelta, gauges) = state.withLockedValue { state -> (Int64, Int64, [(Gauge, Int64)]) in
            let tx = max(0, (statistics.txmsgs ?? state.tx) - state.tx)
            let rx = max(0, (statistics.rxmsgs ?? state.rx) - state.rx)
            state.tx = statistics.txmsgs ?? state.tx
            state.rx = statistics.rxmsgs ?? state.rx
            state.lags = lags
            var gauges: [(Gauge, Int64)] = []
            for (topicPartition, lag) in lags {
                let gauge = state.lagGauges[topicPartition] ?? Gauge(
                    label: "vigie_kafka_consumer_lag_messages",
                    dimensions: [("client_id", clientID), ("topic", topicPartition.topic), ("partition", "\(topicPartition.partition)")],
                    factory: factory)
                state.lagGauges[topicPartition] = gauge
                gauges.append((gauge, lag))
            }
            return (tx, rx, gauges)
        }
        if txDelta > 0 { txCounter.increment(by: txDelta) }
        if rxDelta > 0 { rxCounter.increment(by: rxDelta) }
        for (gauge, lag) in gauges { gauge.record(lag) }
    }
}
