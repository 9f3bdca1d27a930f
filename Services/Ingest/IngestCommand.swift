import ArgumentParser
import Configuration
import ServiceLifecycle
import VigieRuntime

/// `vigie-ingest`: the entry of mentions into Vigie.
@main
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie-ingest",
        abstract: "Vigie's ingest service: the mentions push API, replay of files and the demo source.",
        subcommands: [Serve.self, Replay.self, Demo.self], defaultSubcommand: Serve.self)

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Serve POST /v1/mentions (configuration: VIGIE_* variables, .vigie/env).")
        @Option(help: "HTTP port (VIGIE_HTTP_PORT; default 8080).") var port: Int?
        @Option(help: "HTTP host (VIGIE_HTTP_HOST; default 127.0.0.1).") var host: String?

        func run() async throws {
            var overrides: [String: ConfigValue] = [:]
            if let port { overrides["http.port"] = .init(.int(port), isSecret: false) }
            if let host { overrides["http.host"] = .init(.string(host), isSecret: false) }
            let config = try await VigieConfiguration.makeReader(overrides: overrides)
            try await buildIngest(config: config).run()
        }
    }
}
