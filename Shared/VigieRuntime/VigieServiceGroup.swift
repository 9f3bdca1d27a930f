import Logging
import ServiceLifecycle
import UnixSignals

/// The service group of a Vigie executable: SIGTERM and SIGINT start a graceful shutdown, which runs in reverse
/// order of `services` and is bounded by `maximumGracefulShutdownDuration`.
public enum VigieServiceGroup {
    /// - Parameters:
    ///   - services: In dependency order (database, migrations, producer, consumer, processor, HTTP app).
    ///   - maximumGracefulShutdownDuration: Then remaining services are cancelled. Default: 30 s.
    public static func make(services: [any Service], logger: Logger, maximumGracefulShutdownDuration: Duration = .seconds(30)) -> ServiceGroup {
        var configuration = ServiceGroupConfiguration(services: services.map { .init(service: $0) }, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = maximumGracefulShutdownDuration
        return ServiceGroup(configuration: configuration)
    }
}
