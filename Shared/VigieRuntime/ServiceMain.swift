import Configuration
import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle
import VigieEvents
import VigieKafka
import VigiePostgres

/// The parts every service's `serve` command builds the same way.
public struct ServiceBase: Sendable {
    public let settings: ServiceSettings
    public let logger: Logger
    public let registry: PrometheusCollectorRegistry
    public let health = HealthChecks()
    public let postgres: PostgresClient
    public let producer: KafkaProducer
    public let publisher: EventPublisher

    /// Bootstraps logging and metrics (once per process) and creates the PostgreSQL pool and the producer.
    /// - Throws: When configuration is missing or librdkafka refuses it.
    public init(service: VigieService, config: ConfigReader) throws {
        VigieLogging.bootstrap(config: config)
        registry = VigieMetrics.bootstrap()
        logger = VigieLogging.logger(service.rawValue, config: config)
        settings = try ServiceSettings(service: service, config: config)
        postgres = PostgresClient(configuration: settings.postgres, logger: logger)
        producer = try KafkaProducer(configuration: try settings.producerConfiguration(), logger: logger)
        publisher = EventPublisher(producer: producer)
        let postgres = self.postgres
        health.register("postgres") { (try? await postgres.query("SELECT 1")) != nil }
    }

    /// The HTTP application with `/health` and `/metrics` added to `router`.
    public func application<Context: RequestContext>(router: Router<Context>) -> some ApplicationProtocol
    where Context: InitializableFromSource<ApplicationRequestContextSource> {
        OperationalRoutes.add(to: router, health: health, registry: registry)
        return Application(
            router: router, configuration: .init(address: .hostname(settings.httpHost, port: settings.httpPort), serverName: settings.service.executable),
            logger: logger)
    }
}
