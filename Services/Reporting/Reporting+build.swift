import Configuration
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VigieEvents
import VigieKafka
import VigiePostgres
import VigieRuntime

/// Builds reporting: PostgreSQL, migrations, producer (dead letters), projects follower, the consumer of scored
/// mentions and alerts with its processor, and the HTTP API and dashboard.
///
/// ## Configuration keys (under `vigie.`), besides ``ServiceSettings``'s
/// - `reporting.tokens` (string list, secret): `token:project|project` or `token:*`. With none, every read is refused.
func buildReporting(config: ConfigReader) async throws -> ServiceGroup {
    let base = try ServiceBase(service: .reporting, config: config)
    let tokens = try ProjectTokens(entries: config.stringArray(forKey: "reporting.tokens", isSecret: true, default: []), key: "reporting.tokens")
    if tokens.grants.isEmpty { base.logger.warning("no read token configured (VIGIE_REPORTING_TOKENS): every read will be refused") }
    let migrations = DatabaseMigrations(client: base.postgres, schema: "reporting", migrations: reportingMigrations, logger: base.logger)
    let readModel = ReadModel(client: base.postgres)
    let projects = try ProjectsFollower(configuration: try base.settings.consumerConfiguration(), logger: base.logger)
    let logger = base.logger
    projects.onChange { current in
        Task {
            do {
                try await migrations.waitUntilCompleted()
                let stored = Set(try await readModel.projects().map(\.id))
                for project in current.values { try await readModel.save(project: project) }
                for id in stored.subtracting(current.keys) { try await readModel.deleteProject(id) }
            } catch {
                logger.info("could not store project definitions", metadata: ["vigie.error": "\(String(reflecting: error))"])
            }
        }
    }
    let consumer = try KafkaConsumer(configuration: try base.settings.consumerConfiguration(), logger: base.logger)
    try consumer.subscribe(topics: [Topics.scoredMentions.name, Topics.alerts.name])
    let deadLetters = DeadLetters(publisher: base.publisher, service: .reporting, logger: base.logger)
    let postgres = base.postgres

    let processor = BatchConsumer(
        consumer: consumer, name: "reporting", logger: base.logger, deadLetters: deadLetters,
        before: { try await migrations.waitUntilCompleted() },
        process: { batch in
            var mentions: [ScoredMention] = []
            var alerts: [Alert] = []
            for message in batch {
                if message.topic == Topics.alerts.name {
                    if let event = try await deadLetters.decode(CloudEvent<Alert>.self, from: message) { alerts.append(event.data) }
                } else if let mention = try await deadLetters.decode(ScoredMention.self, from: message) {
                    mentions.append(mention)
                }
            }
            try await postgres.withTransaction { connection in
                try await readModel.save(mentions: mentions, alerts: alerts, connection: connection)
            }
        })

    let router = makeReportingRouter(tokens: tokens, readModel: readModel)
    base.health.register("migrations") { migrations.hasCompleted }
    base.health.register("projects") { projects.isCaughtUp }
    let app = base.application(router: router)
    return VigieServiceGroup.make(
        services: [base.postgres, migrations, base.producer, projects, consumer, processor, app], logger: base.logger)
}

/// Reporting's schema, in order.
let reportingMigrations: [any DatabaseMigration] = [CreateReadModel(), AddMentionIntents()]

/// The reporting HTTP routes: the read API and the dashboard, behind read tokens.
func makeReportingRouter(tokens: ProjectTokens, readModel: ReadModel) -> Router<ReportingRequestContext> {
    let router = Router(context: ReportingRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    let protected = router.group().add(middleware: ReaderAuthMiddleware(tokens: tokens))
    ReportingController(readModel: readModel).addRoutes(to: protected)
    DashboardController(readModel: readModel).addRoutes(to: protected)
    return router
}
