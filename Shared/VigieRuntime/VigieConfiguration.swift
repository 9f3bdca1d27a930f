import Configuration
import Foundation
import SystemPackage

/// Builds the configuration reader every Vigie executable uses.
///
/// Precedence (the Hummingbird example's order): command-line options given (`overrides`), environment variables,
/// an environment file (`.vigie/env` by default, optional), then in-memory `defaults`. The reader is scoped to
/// `vigie`, so the key `kafka.bootstrapServers` is the variable `VIGIE_KAFKA_BOOTSTRAP_SERVERS`.
public enum VigieConfiguration {
    /// - Parameters:
    ///   - overrides: Values of command-line options that were given, keyed like `kafka.bootstrapServers`
    ///     (options left out must not appear, so they do not shadow the environment).
    ///   - defaults: Fallback values, same keys.
    ///   - environment: The environment; default: the process's.
    ///   - environmentFile: A `KEY=value` file read when present. Default: `VIGIE_ENV_FILE` or `.vigie/env`.
    /// - Throws: When the environment file exists but is malformed.
    public static func makeReader(
        overrides: [String: ConfigValue] = [:], defaults: [String: ConfigValue] = [:],
        environment: [String: String]? = nil, environmentFile: String? = nil
    ) async throws -> ConfigReader {
        func scoped(_ values: [String: ConfigValue]) -> [AbsoluteConfigKey: ConfigValue] {
            Dictionary(uniqueKeysWithValues: values.map { (AbsoluteConfigKey(stringLiteral: "vigie." + $0.key), $0.value) })
        }
        let secrets = SecretsSpecifier<String, String>.dynamic { key, _ in
            key.contains("PASSWORD") || key.contains("API_KEY") || key.contains("TOKEN") || key.hasSuffix("POSTGRES_URL") || key.contains("SECRET")
        }
        let processEnvironment = environment ?? ProcessInfo.processInfo.environment
        var providers: [any ConfigProvider] = [
            InMemoryProvider(name: "command line", values: scoped(overrides)),
            EnvironmentVariablesProvider(environmentVariables: processEnvironment, secretsSpecifier: secrets),
        ]
        let file = environmentFile ?? processEnvironment["VIGIE_ENV_FILE"] ?? ".vigie/env"
        providers.append(try await EnvironmentVariablesProvider(environmentFilePath: FilePath(file), allowMissing: true, secretsSpecifier: secrets))
        providers.append(InMemoryProvider(name: "defaults", values: scoped(defaults)))
        return ConfigReader(providers: providers).scoped(to: "vigie")
    }

    /// A reader of in-memory values only (tests), scoped like ``makeReader(overrides:defaults:environment:environmentFile:)``.
    public static func inMemory(_ values: [String: ConfigValue]) -> ConfigReader {
        let scoped = Dictionary(uniqueKeysWithValues: values.map { (AbsoluteConfigKey(stringLiteral: "vigie." + $0.key), $0.value) })
        return ConfigReader(provider: InMemoryProvider(values: scoped)).scoped(to: "vigie")
    }
}
