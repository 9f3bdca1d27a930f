import CRdKafka
import Foundation
import Logging
import NIOConcurrencyHelpers

#if canImport(Glibc)
import Glibc
#endif

/// librdkafka's own mock Kafka cluster, hosted in this process and reachable over loopback by any Kafka client.
///
/// It is the embedded development broker of Vigie (`vigie-devbroker`) and the broker of the Kafka tests.
/// - Important: a development broker only. Measured on librdkafka 2.0.2: each partition keeps about 5 MiB
///   (or 100k batches) and silently drops older data; a group join takes about 3 s; it does not answer
///   CreateTopics (use ``createTopic(_:partitions:replicationFactor:)``); unknown topics are created on first
///   produce with 4 partitions. It leaves Nagle's algorithm on for its sockets, which delays every other
///   acknowledgement by ~40 ms: this class sets `TCP_NODELAY` on the mock's listening and accepted sockets
///   (a thread walks the process's descriptors every few milliseconds).
public final class KafkaMockCluster: Sendable {
    /// A Kafka protocol request type, for error injection.
    public struct RequestType: Sendable, Hashable {
        let apiKey: Int16
        public static let produce = RequestType(apiKey: 0)
        public static let fetch = RequestType(apiKey: 1)
        public static let listOffsets = RequestType(apiKey: 2)
        public static let metadata = RequestType(apiKey: 3)
        public static let offsetCommit = RequestType(apiKey: 8)
        public static let offsetFetch = RequestType(apiKey: 9)
        public static let findCoordinator = RequestType(apiKey: 10)
        public static let joinGroup = RequestType(apiKey: 11)
        public static let heartbeat = RequestType(apiKey: 12)
        public static let syncGroup = RequestType(apiKey: 14)
        public static let initProducerID = RequestType(apiKey: 22)
    }

    /// `host:port` list of the mock brokers.
    public let bootstrapServers: String
    private let host: RDKafkaClient
    private let cluster: SendableCluster
    private let noDelay: PollThread

    /// Owns the `rd_kafka_mock_cluster_t`. `@unchecked Sendable`: the mock cluster's functions post operations to
    /// the cluster's own thread and are safe from any thread.
    private final class SendableCluster: @unchecked Sendable {
        let pointer: OpaquePointer
        init(_ pointer: OpaquePointer) { self.pointer = pointer }
    }

    /// Starts a mock cluster.
    /// - Parameters:
    ///   - brokers: Number of brokers. Default: 1.
    ///   - logger: Receives the mock cluster's logs.
    /// - Throws: ``KafkaError`` `.mock` when the cluster cannot start.
    public init(brokers: Int = 1, logger: Logger) throws {
        // A producer handle hosts the cluster (the mock runs on its own thread, using this handle's logger).
        host = try RDKafkaClient.make(kind: .producer, config: ["log.queue": "true", "client.id": "vigie-mock-host"], logger: logger, statistics: nil)
        guard let pointer = rd_kafka_mock_cluster_new(host.handle, Int32(brokers)) else {
            throw KafkaError(code: .mock, reason: "rd_kafka_mock_cluster_new failed")
        }
        cluster = SendableCluster(pointer)
        bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(pointer))
        let ports = Set(bootstrapServers.split(separator: ",").compactMap { $0.split(separator: ":").last.flatMap { UInt16($0) } })
        let host = self.host
        noDelay = PollThread(name: "vigie-mock-nodelay") {
            host.poll(timeoutMilliseconds: 0)
            NoDelaySockets.apply(localPorts: ports)
            usleep(2000)
        }
    }

    deinit {
        noDelay.stopBlocking()
        rd_kafka_mock_cluster_destroy(cluster.pointer)
    }

    /// Creates a topic (idempotent for an existing topic).
    /// - Throws: ``KafkaError`` `.mock`.
    public func createTopic(_ name: String, partitions: Int, replicationFactor: Int = 1) throws {
        let result = rd_kafka_mock_topic_create(cluster.pointer, name, Int32(partitions), Int32(replicationFactor))
        guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.rdKafka(.mock, result, reason: "create \(name)") }
    }

    /// Makes the next requests of `type` fail, one error each, in order.
    public func pushRequestErrors(_ type: RequestType, _ errors: [RDKafkaErrorCode]) {
        var codes = errors.map(\.cValue)
        codes.withUnsafeMutableBufferPointer { buffer in
            rd_kafka_mock_push_request_errors_array(cluster.pointer, type.apiKey, buffer.count, buffer.baseAddress)
        }
    }

    /// Removes errors pushed with ``pushRequestErrors(_:_:)`` that were not used yet.
    public func clearRequestErrors(_ type: RequestType) {
        rd_kafka_mock_clear_request_errors(cluster.pointer, type.apiKey)
    }

    /// Makes every request for `topic` fail with `error`, until called again with `nil`.
    public func setTopicError(_ topic: String, _ error: RDKafkaErrorCode?) {
        rd_kafka_mock_topic_set_error(cluster.pointer, topic, error?.cValue ?? RD_KAFKA_RESP_ERR_NO_ERROR)
    }
}

/// Sets `TCP_NODELAY` on this process's TCP sockets whose local port is one of the mock's.
enum NoDelaySockets {
    static func apply(localPorts: Set<UInt16>) {
        guard let directory = opendir("/proc/self/fd") else { return }
        defer { closedir(directory) }
        let own = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard let fd = Int32(name), fd != own else { continue }
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let found = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
            }
            guard found == 0 else { continue }
            let port: UInt16
            switch Int32(address.ss_family) {
            case AF_INET:
                port = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) } }
            case AF_INET6:
                port = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) } }
            default:
                continue
            }
            guard localPorts.contains(port) else { continue }
            var one: Int32 = 1
            _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        }
    }
}
