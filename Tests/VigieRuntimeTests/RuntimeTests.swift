import Configuration
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Prometheus
import Testing
import VigieRuntime
import VigieTesting

@Suite("Configuration")
struct ConfigurationTests {
    @Test func precedenceIsCommandLineThenEnvironmentThenFileThenDefaults() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(TestEnvironment.uniqueName("env"))
        try "VIGIE_KAFKA_BOOTSTRAP_SERVERS=file:9092\nVIGIE_HTTP_PORT=7000\nVIGIE_LOG_LEVEL=debug\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let config = try await VigieConfiguration.makeReader(
            overrides: ["http.port": 9999],
            defaults: ["http.port": 1, "kafka.bootstrapServers": "default:9092", "postgres.maxConnections": 4, "log.level": "info"],
            environment: ["VIGIE_KAFKA_BOOTSTRAP_SERVERS": "env1:9092,env2:9092"], environmentFile: file.path)
        #expect(config.int(forKey: "http.port") == 9999)
        #expect(config.stringArray(forKey: "kafka.bootstrapServers") == ["env1:9092", "env2:9092"])
        #expect(config.string(forKey: "log.level") == "debug")
        #expect(config.int(forKey: "postgres.maxConnections") == 4)
        #expect(VigieLogging.logLevel(config: config) == .debug)
    }

    @Test func missingEnvironmentFileIsFine() async throws {
        let config = try await VigieConfiguration.makeReader(defaults: ["a": "b"], environment: [:], environmentFile: "/nonexistent/vigie.env")
        #expect(config.string(forKey: "a") == "b")
    }
}

@Suite("Operational endpoints")
struct OperationalRoutesTests {
    func makeApp(healthy: Bool) -> some ApplicationProtocol {
        let router = Router()
        let health = HealthChecks()
        health.register("postgres") { true }
        health.register("kafka") { healthy }
        let registry = PrometheusCollectorRegistry()
        registry.makeCounter(name: "vigie_test_events_total").increment(by: Int64(3))
        OperationalRoutes.add(to: router, health: health, registry: registry)
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    @Test func healthIsOKWhenEveryCheckPasses() async throws {
        try await makeApp(healthy: true).test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                let body = String(buffer: response.body)
                #expect(body == #"{"checks":{"kafka":"ok","postgres":"ok"},"status":"ok"}"#)
            }
        }
    }

    @Test func healthIs503WhenACheckFails() async throws {
        try await makeApp(healthy: false).test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(String(buffer: response.body).contains(#""kafka":"failing""#))
            }
        }
    }

    @Test func metricsAreServedInPrometheusFormat() async throws {
        try await makeApp(healthy: true).test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                #expect(String(buffer: response.body).contains("vigie_test_events_total 3"))
            }
        }
    }
}
