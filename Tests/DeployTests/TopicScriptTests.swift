import Foundation
import Testing
import VigieEvents
import VigieTesting

@Suite("deploy/ matches the code")
struct TopicScriptTests {
    /// `create NAME PARTITIONS POLICY` lines of deploy/kafka/create-topics.sh.
    func scriptTopics() throws -> [String: (partitions: Int, compacted: Bool)] {
        let script = try String(contentsOf: try TestEnvironment.repositoryRoot().appendingPathComponent("deploy/kafka/create-topics.sh"), encoding: .utf8)
        var topics: [String: (Int, Bool)] = [:]
        for line in script.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 4, words[0] == "create", let partitions = Int(words[2]) else { continue }
            topics[String(words[1])] = (partitions, words[3] == "compact")
        }
        return topics
    }

    @Test func createTopicsScriptMatchesTheRegistry() throws {
        let topics = try scriptTopics()
        #expect(Set(topics.keys) == Set(Topics.all.map(\.name)))
        for descriptor in Topics.all {
            #expect(topics[descriptor.name]?.partitions == descriptor.partitions, "\(descriptor.name) partitions")
            #expect(topics[descriptor.name]?.compacted == descriptor.compacted, "\(descriptor.name) cleanup policy")
        }
    }
}

@Suite("AsyncAPI document")
struct AsyncAPITests {
    @Test func describesEveryTopicWithItsSchema() async throws {
        let root = try TestEnvironment.repositoryRoot()
        let result = try await ProcessRunner.run(
            "/usr/bin/env",
            ["python3", "-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))", root.appendingPathComponent("deploy/asyncapi.yaml").path])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] ?? [:]
        let channels = document["channels"] as? [String: Any] ?? [:]
        #expect(Set(channels.keys) == Set(Topics.all.map(\.name)))
        let messages = ((document["components"] as? [String: Any])?["messages"] as? [String: [String: Any]]) ?? [:]
        let schemas = Set(messages.values.compactMap { ($0["payload"] as? [String: String])?["$ref"] })
        for descriptor in Topics.all {
            #expect(schemas.contains("schemas/\(descriptor.schemaFile)"), "\(descriptor.name) → \(descriptor.schemaFile)")
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("deploy/schemas/\(descriptor.schemaFile)").path))
        }
    }
}
