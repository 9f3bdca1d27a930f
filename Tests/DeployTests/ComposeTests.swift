import Foundation
import Testing
import VigieEvents
import VigieTesting

/// No container engine runs on the development machine: these checks read docker-compose.yml and the Dockerfile
/// and hold them to the code (services, products, ports, topics).
@Suite("docker-compose.yml and the Dockerfile")
struct ComposeTests {
    func compose() async throws -> [String: Any] {
        let root = try TestEnvironment.repositoryRoot()
        let result = try await ProcessRunner.run(
            "/usr/bin/env",
            ["python3", "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))", root.appendingPathComponent("docker-compose.yml").path])
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] ?? [:]
    }

    func services() async throws -> [String: [String: Any]] {
        (try await compose()["services"] as? [String: [String: Any]]) ?? [:]
    }

    @Test func everyServiceIsBuiltFromTheDockerfileWithItsProduct() async throws {
        let services = try await services()
        for service in VigieService.allCases {
            let definition = try #require(services[service.rawValue], "\(service.rawValue) is missing")
            let build = definition["build"] as? [String: Any]
            #expect(build?["dockerfile"] as? String == "deploy/Dockerfile")
            #expect((build?["args"] as? [String: Any])?["PRODUCT"] as? String == service.executable)
            #expect(definition["healthcheck"] != nil, "\(service.rawValue) has a health check")
            #expect(definition["restart"] as? String == "unless-stopped")
            let environment = definition["environment"] as? [String: Any] ?? [:]
            #expect(environment["VIGIE_KAFKA_BOOTSTRAP_SERVERS"] as? String == "kafka:9092")
            #expect((environment["VIGIE_POSTGRES_URL"] as? String)?.contains("@postgres:5432/") == true)
            if service != .ingest { #expect("\(environment["VIGIE_HTTP_PORT"] ?? "")" == "\(service.defaultPort)") }
        }
        let dockerfile = try String(contentsOf: try TestEnvironment.repositoryRoot().appendingPathComponent("deploy/Dockerfile"), encoding: .utf8)
        #expect(dockerfile.contains("ARG PRODUCT"))
        let package = try String(contentsOf: try TestEnvironment.repositoryRoot().appendingPathComponent("Package.swift"), encoding: .utf8)
        for service in VigieService.allCases { #expect(package.contains("\"\(service.executable)\"")) }
    }

    @Test func servicesCanBeScaled() async throws {
        let services = try await services()
        for (name, definition) in services {
            #expect(definition["container_name"] == nil, "\(name): a fixed container name prevents --scale")
        }
        for name in ["scoring", "alerting"] {
            #expect(services[name]?["ports"] == nil, "\(name): a fixed host port prevents --scale")
        }
    }

    @Test func infrastructureIsKafkaInKRaftModeAndPostgreSQL() async throws {
        let services = try await services()
        let kafka = try #require(services["kafka"])
        #expect((kafka["image"] as? String)?.hasPrefix("apache/kafka:") == true)
        let environment = kafka["environment"] as? [String: Any] ?? [:]
        #expect(environment["KAFKA_PROCESS_ROLES"] as? String == "broker,controller")
        #expect(kafka["healthcheck"] != nil)
        #expect((services["postgres"]?["image"] as? String)?.hasPrefix("postgres:") == true)
        let topics = try #require(services["topics"])
        #expect((topics["entrypoint"] as? [String])?.last == "/vigie/create-topics.sh")
        #expect((topics["volumes"] as? [String])?.contains("./deploy/kafka:/vigie:ro") == true)
        // Services wait for the topics and the database.
        for service in VigieService.allCases {
            let dependencies = services[service.rawValue]?["depends_on"] as? [String: [String: String]] ?? [:]
            #expect(dependencies["topics"]?["condition"] == "service_completed_successfully")
            #expect(dependencies["postgres"]?["condition"] == "service_healthy")
        }
    }

    @Test func demoProfileRunsTheDemoSource() async throws {
        let services = try await services()
        let demo = try #require(services["demo"])
        #expect(demo["profiles"] as? [String] == ["demo"])
        #expect(demo["command"] as? [String] == ["demo"])
        let projects = try #require(services["projects"])
        #expect((projects["command"] as? [String])?.prefix(2) == ["projects", "publish"])
        let file = try TestEnvironment.repositoryRoot().appendingPathComponent("deploy/projects/sample-projects.json")
        #expect(FileManager.default.fileExists(atPath: file.path))
    }
}

@Suite("Sample projects")
struct SampleProjectsTests {
    @Test func sampleProjectsAreValid() async throws {
        let file = try TestEnvironment.repositoryRoot().appendingPathComponent("deploy/projects/sample-projects.json").path
        let result = try await ProcessRunner.run(try TestEnvironment.binary("vigie-reporting"), ["projects", "validate", file])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("6 projects, valid"))
    }
}
