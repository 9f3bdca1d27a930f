import Configuration
import VigieSettings
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VigieEvents
import VigieKafka
import VigiePostgres
import VigieRuntime
import VigieScoring

/// The alerting schema's migrations, in order.
let alertingMigrations: [any DatabaseMigration] = [CreateAlerting(), AddDetectors(), AddLifecycle(), CountAuthorsIncrementally(), RememberFirings()]

/// Builds alerting: PostgreSQL, migrations, producer, projects follower, scored-mentions consumer and processor,
/// the clock (live resolution and outbox relay), HTTP.
///
/// ## Configuration keys (under `vigie.`), besides ``ServiceSettings``'s
/// - `reporting.url` (string, optional): base URL of reporting, for the alerts' dashboard links.
/// - `alerting.tokens` (string list, secret): operator tokens of the lifecycle API, `token:project|project` or
///   `token:*`. With none, every call is refused.
/// - `alerts.signingKey` (string, optional, secret): HMAC-SHA256 key; when set, every alert record carries
///   `vigie-signature: sha256=<hex>` over its value.
/// - `alerting.retentionDays` (int, default 35, at least 2): how long per-mention rows, bucket counts and firings are
///   kept; mentions older than that are not counted. Under 29 days the weekly rhythm cannot be learnt.
func buildAlerting(config: ConfigReader) async throws -> ServiceGroup {
    let base = try ServiceBase(service: .alerting, config: config)
    let migrations = DatabaseMigrations(client: base.postgres, schema: "alerting", migrations: alertingMigrations, logger: base.logger)
    let projects = try ProjectsFollower(configuration: try base.settings.consumerConfiguration(), logger: base.logger)
    var consumerConfiguration = try base.settings.consumerConfiguration()
    // Evaluation costs per touched topic and batch: under load, larger batches keep up.
    consumerConfiguration.maxBatchSize = 5_000
    let consumer = try KafkaConsumer(configuration: consumerConfiguration, logger: base.logger)
    try consumer.subscribe(topics: [Topics.scoredMentions.name])
    let repository = AlertRepository()
    let engine = AlertEngine(repository: repository, dashboardURL: config.string(forKey: "reporting.url"))
    let deadLetters = DeadLetters(publisher: base.publisher, service: .alerting, logger: base.logger)
    // Alerts are signed when a key is configured, so that consumers can verify who produced them.
    let signingKey = config.string(forKey: "alerts.signingKey", isSecret: true).map { Array($0.utf8) }
    let alertPublisher = EventPublisher(producer: base.producer, signingKey: signingKey)
    let outbox = AlertOutbox(repository: repository, client: base.postgres, publisher: alertPublisher, logger: base.logger)
    let retentionDays = try config.checkedInt(forKey: "alerting.retentionDays", default: 35)
    guard retentionDays >= 2 else { throw AlertingConfigurationError(description: "alerting.retentionDays must be 2 or more (got \(retentionDays))") }
    let retention = TimeInterval(retentionDays) * 86_400
    let alertProcessor = AlertProcessor(repository: repository, engine: engine, client: base.postgres, retention: retention)

    let processor = BatchConsumer(
        consumer: consumer, name: "alerting", logger: base.logger, deadLetters: deadLetters,
        before: {
            try await migrations.waitUntilCompleted()
            await projects.waitUntilCaughtUp()
        },
        process: { batch in
            var scored: [ScoredMention] = []
            for message in batch {
                if let mention = try await deadLetters.decode(ScoredMention.self, from: message) { scored.append(mention) }
            }
            let events = try await alertProcessor.process(scored, projects: projects.projects, now: Date())
            if !events.isEmpty { try await outbox.publish(events) }
        })

    let clock = AlertClock(engine: engine, repository: repository, client: base.postgres, projects: projects, outbox: outbox, logger: base.logger)
    let pruning = alertRetention(repository: repository, client: base.postgres, retention: retention, logger: base.logger)
    base.health.register("migrations") { migrations.hasCompleted }
    base.health.register("projects") { projects.isCaughtUp }
    let tokens = try ProjectTokens(entries: config.stringArray(forKey: "alerting.tokens", isSecret: true, default: []), key: "alerting.tokens")
    if tokens.grants.isEmpty { base.logger.warning("no operator token configured (VIGIE_ALERTING_TOKENS): the lifecycle API refuses every call") }
    let router = makeAlertingRouter(
        tokens: tokens, repository: repository, client: base.postgres, projects: { projects.projects }, publish: outbox.publish, logger: base.logger)
    let app = base.application(router: router)
    return VigieServiceGroup.make(
        services: [base.postgres, migrations, base.producer, projects, consumer, processor, AfterMigrations(migrations: migrations, services: [clock, pruning]), app],
        logger: base.logger)
}

/// A configuration value alerting cannot start with.
struct AlertingConfigurationError: Error, CustomStringConvertible {
    let description: String
}

/// The alerting HTTP routes: the lifecycle API under `/v1/`, behind operator tokens.
func makeAlertingRouter(
    tokens: ProjectTokens, repository: AlertRepository, client: PostgresClient, projects: @escaping @Sendable () -> [String: Project],
    publish: (@Sendable ([Alert]) async throws -> Void)? = nil, logger: Logger = Logger(label: "vigie-alerting")
) -> Router<AlertingRequestContext> {
    let router = Router(context: AlertingRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    let api = router.group().add(middleware: OperatorAuthMiddleware(tokens: tokens))
    AlertsController(repository: repository, client: client, projects: projects, publish: publish, logger: logger).addRoutes(to: api)
    return router
}
