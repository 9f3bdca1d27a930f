import Configuration
import Logging

/// Process-wide logging for executables. Libraries take a `Logger`; only `main` calls ``bootstrap(config:)``.
public enum VigieLogging {
    /// Bootstraps swift-log once: text lines on standard error at the configured level.
    ///
    /// ## Configuration keys
    /// - `log.level` (string, optional, default: `info`): `trace`, `debug`, `info`, `notice`, `warning`, `error`.
    public static func bootstrap(config: ConfigReader) {
        let level = logLevel(config: config)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }

    /// The configured level (`log.level`), `info` when absent or unknown.
    public static func logLevel(config: ConfigReader) -> Logger.Level {
        Logger.Level(rawValue: config.string(forKey: "log.level", default: "info").lowercased()) ?? .info
    }

    /// A logger labelled `vigie.<name>` at the configured level.
    public static func logger(_ name: String, config: ConfigReader) -> Logger {
        var logger = Logger(label: "vigie.\(name)")
        logger.logLevel = logLevel(config: config)
        return logger
    }
}
