import ArgumentParser
import Configuration
import Foundation
import Logging
import VigieEvents
import VigieKafka
import VigieRuntime

/// `vigie-reporting projects validate|publish|delete`: the one writer of `vigie.projects.v1`.
struct Projects: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate and publish project definitions (vigie.projects.v1).", subcommands: [Validate.self, Publish.self, Delete.self])

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check a projects file; exit 1 with every problem when it is invalid.")
        @Argument(help: "A JSON file with one project or an array of projects.") var file: String

        func run() async throws {
            let projects = try load(file)
            print("\(file): \(projects.count) projects, valid")
        }
    }

    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a projects file, then publish each project (key: its id).")
        @Argument(help: "A JSON file with one project or an array of projects.") var file: String

        func run() async throws {
            let projects = try load(file)
            let producer = try await makeProducer()
            let now = Date()
            for var project in projects {
                project.updatedAt = now
                try await EventPublisher(producer: producer).publish(Topics.projects, key: project.id, value: project)
                print("published \(project.id) (\(project.topics.count) topics)")
            }
            await producer.shutdown()
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a project (publish a tombstone for its id).")
        @Argument var id: String

        func run() async throws {
            let producer = try await makeProducer()
            try await EventPublisher(producer: producer).publish(Topics.projects, key: id, value: Optional<Project>.none)
            await producer.shutdown()
            print("deleted \(id)")
        }
    }
}

private func load(_ file: String) throws -> [Project] {
    guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
    let projects: [Project]
    do {
        projects = try ProjectValidator.load(data)
    } catch {
        throw ValidationError("\(file): not Project v1 JSON: \(error)")
    }
    let problems = ProjectValidator.validate(projects)
    guard problems.isEmpty else {
        throw ValidationError("\(file): \(problems.count) problems\n" + problems.map { "  \($0)" }.joined(separator: "\n"))
    }
    return projects
}

private func makeProducer() async throws -> KafkaProducer {
    let config = try await VigieConfiguration.makeReader()
    var configuration = try KafkaProducerConfiguration(config: config.scoped(to: "kafka"))
    configuration.clientID = VigieService.reporting.groupID + "-projects"
    configuration.statisticsInterval = nil
    var logger = Logger(label: "vigie.projects")
    logger.logLevel = .warning
    return try KafkaProducer(configuration: configuration, logger: logger)
}
