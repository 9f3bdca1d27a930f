import Configuration
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VigieEvents
import VigieKafka
import VigiePostgres
import VigieRuntime
import VigieScoring

/// Builds alerting: PostgreSQL, migrations, producer, projects follower, scored-mentions consumer and processor,
/// the clock (live resolution and outbox relay), HTTP.
///
/// ## Configuration keys (under `vigie.`), besides ``ServiceSettings``'s
/// - `reporting.url` (string, optional): base URL of reporting, for the alerts' dashboard links.
/// - `alerts.signingKey` (string, optional, secret): HMAC-SHA256 key; when set, every alert record carries
///   `vigie-signature: sha256=<hex>` over its value.
func buildAlerting(config: ConfigReader) async throws -> ServiceGroup {
    let base = try ServiceBase(service: .alerting, config: config)
    let migrations = DatabaseMigrations(client: base.postgres, schema: "alerting", migrations: [CreateAlerting(), AddDetectors()], logger: base.logger)
    let projects = try ProjectsFollower(configuration: try base.settings.consumerConfiguration(), logger: base.logger)
    let consumer = try KafkaConsumer(configuration: try base.settings.consumerConfiguration(), logger: base.logger)
    try consumer.subscribe(topics: [Topics.scoredMentions.name])
    let repository = AlertRepository()
    let engine = AlertEngine(repository: repository, dashboardURL: config.string(forKey: "reporting.url"))
    let deadLetters = DeadLetters(publisher: base.publisher, service: .alerting, logger: base.logger)
    // Alerts are signed when a key is configured, so that consumers can verify who produced them.
    let signingKey = config.string(forKey: "alerts.signingKey", isSecret: true).map { Array($0.utf8) }
    let alertPublisher = EventPublisher(producer: base.producer, signingKey: signingKey)
    let outbox = AlertOutbox(repository: repository, client: base.postgres, publisher: alertPublisher, logger: base.logger)
    let alertProcessor = AlertProcessor(repository: repository, engine: engine, client: base.postgres)

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
    base.health.register("migrations") { migrations.hasCompleted }
    base.health.register("projects") { projects.isCaughtUp }
    let app = base.application(router: Router())
    return VigieServiceGroup.make(
        services: [base.postgres, migrations, base.producer, projects, consumer, processor, AfterMigrations(migrations: migrations, services: [clock]), app],
        logger: base.logger)
}
