import Configuration
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Prometheus
import Testing
import VigieEvents
import VigiePostgres
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

    @Test func aNumberSettingThatIsNotANumberIsRefusedWithItsName() async throws {
        func settings(_ environment: [String: String]) async throws -> ServiceSettings {
            let config = try await VigieConfiguration.makeReader(
                environment: ["VIGIE_KAFKA_BOOTSTRAP_SERVERS": "localhost:9092", "VIGIE_POSTGRES_URL": "postgresql:///vigie"].merging(environment) { $1 },
                environmentFile: "/nonexistent/vigie.env")
            return try ServiceSettings(service: .ingest, config: config)
        }
        // swift-configuration alone would start with the default (8 connections, port 8081) and say nothing.
        await #expect {
            _ = try await settings(["VIGIE_POSTGRES_MAX_CONNECTIONS": "eight"])
        } throws: { error in
            "\(error)" == #"vigie.postgres.maxConnections (VIGIE_POSTGRES_MAX_CONNECTIONS) must be an integer, got "eight""#
        }
        await #expect {
            _ = try await settings(["VIGIE_HTTP_PORT": "80a"])
        } throws: { "\($0)".hasPrefix("vigie.http.port (VIGIE_HTTP_PORT) must be an integer") }
        await #expect {
            _ = try await settings(["VIGIE_KAFKA_LINGER_MS": "5ms"]).producerConfiguration()
        } throws: { "\($0)".hasPrefix("vigie.kafka.lingerMs (VIGIE_KAFKA_LINGER_MS) must be an integer") }
        // A number out of its bounds: refused the same way.
        await #expect {
            _ = try await settings(["VIGIE_POSTGRES_MAX_CONNECTIONS": "0"])
        } throws: { "\($0)" == "vigie.postgres.maxConnections (VIGIE_POSTGRES_MAX_CONNECTIONS) must be at least 1, got 0" }
        await #expect {
            _ = try await settings(["VIGIE_HTTP_PORT": "70000"])
        } throws: { "\($0)" == "vigie.http.port (VIGIE_HTTP_PORT) must be from 0 to 65535, got 70000" }
        await #expect {
            _ = try await settings(["VIGIE_KAFKA_LINGER_MS": "-5"]).producerConfiguration()
        } throws: { "\($0)" == "vigie.kafka.lingerMs (VIGIE_KAFKA_LINGER_MS) must be at least 0, got -5" }
        // Set and valid, or not set: read as before.
        #expect(try await settings(["VIGIE_HTTP_PORT": "0"]).httpPort == 0)
        #expect(try await settings(["VIGIE_POSTGRES_MAX_CONNECTIONS": "3"]).postgres.maxConnections == 3)
        #expect(try await settings([:]).postgres.maxConnections == 8)
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
