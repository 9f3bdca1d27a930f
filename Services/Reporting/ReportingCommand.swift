import ArgumentParser
import Configuration
import ServiceLifecycle
import VigieRuntime

/// `vigie-reporting`: the read model, its HTTP API and dashboard, and the projects command.
@main
struct ReportingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie-reporting", abstract: "Vigie's reporting service and projects command.",
        subcommands: [Serve.self, Projects.self], defaultSubcommand: Serve.self)

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Build the read model from the topics and serve the API and dashboard.")
        @Option(help: "HTTP port (VIGIE_HTTP_PORT; default 8083).") var port: Int?

        func run() async throws {
            var overrides: [String: ConfigValue] = [:]
            if let port { overrides["http.port"] = .init(.int(port), isSecret: false) }
            try await buildReporting(config: try await VigieConfiguration.makeReader(overrides: overrides)).run()
        }
    }
}
