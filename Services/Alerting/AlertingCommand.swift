import ArgumentParser
import Configuration
import ServiceLifecycle
import VigieRuntime

/// `vigie-alerting`: spike detection and the alerts topic.
@main
struct AlertingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie-alerting", abstract: "Vigie's alerting service.", subcommands: [Serve.self, Backtest.self, Bridge.self], defaultSubcommand: Serve.self)

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Consume vigie.scored-mentions.v1 and publish vigie.alerts.v1.")
        @Option(help: "HTTP port (VIGIE_HTTP_PORT; default 8082).") var port: Int?

        func run() async throws {
            var overrides: [String: ConfigValue] = [:]
            if let port { overrides["http.port"] = .init(.int(port), isSecret: false) }
            try await buildAlerting(config: try await VigieConfiguration.makeReader(overrides: overrides)).run()
        }
    }
}
