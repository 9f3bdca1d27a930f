import Configuration
import VigieSettings

/// Settings of a ``PostgresClient``.
public struct PostgresConfiguration: Sendable {
    /// A libpq connection string or URL, e.g. `postgresql://vigie@127.0.0.1:5432/vigie`. Required.
    public var url: String
    /// Most connections open at once. Default: 8.
    public var maxConnections: Int = 8
    /// How long to keep trying to connect (with backoff) before failing. Default: 30 s.
    public var connectTimeout: Duration = .seconds(30)
    /// First delay between connection attempts; doubles up to ``maxBackoff``. Default: 100 ms.
    public var initialBackoff: Duration = .milliseconds(100)
    /// Longest delay between connection attempts. Default: 2 s.
    public var maxBackoff: Duration = .seconds(2)

    /// - Parameter url: A libpq connection string or URL.
    public init(url: String) {
        self.url = url
    }

    /// Reads the configuration.
    ///
    /// ## Configuration keys
    /// - `url` (string, required, secret): libpq connection URL.
    /// - `maxConnections` (int, optional, default: 8).
    /// - `connectTimeoutMs` (int, optional, default: 30000).
    /// - Throws: When `url` is missing.
    public init(config: ConfigReader) throws {
        self.init(url: try config.requiredString(forKey: "url", isSecret: true))
        maxConnections = try config.checkedInt(forKey: "maxConnections", default: 8, atLeast: 1)
        connectTimeout = .milliseconds(try config.checkedInt(forKey: "connectTimeoutMs", default: 30_000, atLeast: 1))
    }
}
