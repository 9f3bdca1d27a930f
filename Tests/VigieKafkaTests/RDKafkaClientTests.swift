import Testing
import VigieTesting
@testable import VigieKafka

/// The librdkafka wrapper's own edges, without a broker.
@Suite("librdkafka client")
struct RDKafkaClientTests {
    /// librdkafka returns NULL for the rebalance protocol of a client without a consumer group; the rebalance callback
    /// once read it as a C string and crashed the process when a rebalance raced a consumer's close.
    @Test func aClientWithoutAGroupProtocolIsNotCooperative() throws {
        let producer = try RDKafkaClient.make(kind: .producer, config: ["bootstrap.servers": "127.0.0.1:1"], logger: testLogger(), statistics: nil)
        #expect(!producer.rebalanceIsCooperative)
    }
}
