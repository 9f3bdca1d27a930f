import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import VigieEvents
import VigieKafka
import VigiePostgres
import VigieTesting

/// The four real executables, started as processes against an in-process mock Kafka cluster and a database of
/// their own on the test PostgreSQL server.
final class ServiceCluster: @unchecked Sendable {
    static let apiKey = "e2e-api-key-0123456789"
    static let token = "e2e-read-token-0123456789"
    static let signingKey = "e2e-alert-signing-key"

    let kafka: KafkaMockCluster
    let databaseURL: String
    let databaseName: String
    let adminURL: String
    let ports: [VigieService: Int]
    let logs: URL
    let http: HTTPClient
    private var processes: [VigieService: Process] = [:]
    private var restarts = 0

    init() async throws {
        kafka = try KafkaMockCluster(logger: Logger(label: "e2e") { _ in SwiftLogNoOpLogHandler() })
        for topic in Topics.all { try kafka.createTopic(topic.name, partitions: topic.partitions) }
        adminURL = try TestEnvironment.postgresURL()
        databaseName = TestEnvironment.uniqueName("e2e")
        let admin = PostgresClient(configuration: .init(url: adminURL), logger: Logger(label: "e2e"))
        try await admin.query("CREATE DATABASE \(unescaped: databaseName)")
        admin.shutdown()
        guard let slash = adminURL.lastIndex(of: "/") else { throw TestTimeout(what: "a database URL") }
        databaseURL = String(adminURL[...slash]) + databaseName
        var ports: [VigieService: Int] = [:]
        for service in VigieService.allCases { ports[service] = try Self.freePort() }
        self.ports = ports
        logs = FileManager.default.temporaryDirectory.appendingPathComponent(databaseName)
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        http = HTTPClient(eventLoopGroupProvider: .singleton)  // last: it must be shut down once created
    }

    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("VIGIE_") || $0.key.hasPrefix("VIGIE_TEST") }
        environment["VIGIE_KAFKA_BOOTSTRAP_SERVERS"] = kafka.bootstrapServers
        environment["VIGIE_POSTGRES_URL"] = databaseURL
        environment["VIGIE_KAFKA_FETCH_WAIT_MAX_MS"] = "10"
        environment["VIGIE_KAFKA_SESSION_TIMEOUT_MS"] = "6000"
        environment["VIGIE_KAFKA_AUTO_COMMIT_INTERVAL_MS"] = "200"
        environment["VIGIE_INGEST_API_KEYS"] = "e2e:\(Self.apiKey)"
        environment["VIGIE_INGEST_API_KEY"] = Self.apiKey
        environment["VIGIE_INGEST_URL"] = url(.ingest)
        environment["VIGIE_REPORTING_TOKENS"] = "\(Self.token):e2e,other-token-0123456789:other"
        environment["VIGIE_ALERTING_TOKENS"] = "\(Self.token):e2e,other-token-0123456789:other"
        environment["VIGIE_REPORTING_URL"] = url(.reporting)
        environment["VIGIE_ALERTS_SIGNING_KEY"] = Self.signingKey
        environment["VIGIE_ENV_FILE"] = "/nonexistent/vigie.env"
        environment["VIGIE_LOG_LEVEL"] = "info"
        return environment
    }

    func url(_ service: VigieService) -> String { "http://127.0.0.1:\(ports[service]!)" }

    func start(_ service: VigieService) throws {
        processes[service] = try launch(
            try TestEnvironment.binary(service.executable), ["serve", "--port", "\(ports[service]!)"], log: service.rawValue)
    }

    /// Other processes (the alerts bridge, a webhook receiver), stopped by ``stopAll()``.
    private var helpers: [Process] = []

    func startHelper(_ executable: String, _ arguments: [String], log name: String) throws {
        helpers.append(try launch(executable, arguments, log: name))
    }

    private func launch(_ executable: String, _ arguments: [String], log name: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        restarts += 1
        let log = logs.appendingPathComponent("\(name)-\(restarts).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    func kill(_ service: VigieService) {
        guard let process = processes[service] else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        processes[service] = nil
    }

    func stopAll() async {
        for helper in helpers where helper.isRunning { Foundation.kill(helper.processIdentifier, SIGKILL) }
        for (_, process) in processes where process.isRunning {
            process.terminate()  // SIGTERM: graceful shutdown
        }
        for (_, process) in processes {
            for _ in 0..<100 where process.isRunning { try? await Task.sleep(for: .milliseconds(100)) }
            if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
        }
        processes.removeAll()
        try? await http.shutdown()
        let admin = PostgresClient(configuration: .init(url: adminURL), logger: Logger(label: "e2e"))
        _ = try? await admin.query("DROP DATABASE IF EXISTS \(unescaped: databaseName) WITH (FORCE)")
        admin.shutdown()
    }

    /// The logs of every process, for failure messages.
    func logTail() -> String {
        let files = (try? FileManager.default.contentsOfDirectory(at: logs, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.path < $1.path }.map { file in
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            return "== \(file.lastPathComponent)\n" + text.split(separator: "\n").suffix(15).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    func waitHealthy(_ service: VigieService, timeout: Duration = .seconds(90)) async throws {
        try await eventually(timeout, "\(service.rawValue) healthy") {
            let response = try? await self.get(self.url(service) + "/health")
            return response?.status == 200 ? true : nil
        }
    }

    struct Answer {
        let status: Int
        let body: Data
        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
    }

    func get(_ url: String, token: String? = nil) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        let response = try await http.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 32 * 1024 * 1024)
        return Answer(status: Int(response.status.code), body: Data(body.readableBytesView))
    }

    /// A JSON request to a service's API (`POST`, or `DELETE` without a body).
    func send(_ method: HTTPMethod, _ url: String, json: [String: Any]? = nil, token: String? = ServiceCluster.token) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json)))
        }
        let response = try await http.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1024 * 1024)
        return Answer(status: Int(response.status.code), body: Data(body.readableBytesView))
    }

    func post(ndjson lines: [String], apiKey: String? = ServiceCluster.apiKey, contentType: String = "application/x-ndjson") async throws -> Answer {
        var request = HTTPClientRequest(url: url(.ingest) + "/v1/mentions")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: contentType)
        if let apiKey { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        request.body = .bytes(ByteBuffer(string: lines.joined(separator: "\n") + "\n"))
        let response = try await http.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 32 * 1024 * 1024)
        return Answer(status: Int(response.status.code), body: Data(body.readableBytesView))
    }

    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct TestTimeout: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Polls `body` until it returns a value, failing after `timeout`.
func eventually<T>(_ timeout: Duration, _ what: String, _ body: () async throws -> T?) async throws -> T {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    while true {
        if let value = try await body() { return value }
        guard clock.now < deadline else { throw TestTimeout(what: what) }
        try await Task.sleep(for: .milliseconds(250))
    }
}
