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
