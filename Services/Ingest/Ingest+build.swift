import Configuration
import VigieSettings
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VigieEvents
import VigiePostgres
import VigieRuntime

/// The ingest schema's migrations, in order.
let ingestMigrations: [any DatabaseMigration] = [CreateMentions(), AddRetention()]

/// Builds ingest: PostgreSQL, migrations, producer, outbox relay, HTTP API — in dependency order.
///
/// ## Configuration keys (under `vigie.`), besides ``ServiceSettings``'s
/// - `ingest.apiKeys` (string list, `name:key`, secret): who may post. With none, every post is refused (401).
/// - `ingest.maxBodyBytes` (int, default 10 485 760): largest request body.
/// - `ingest.maxItems` (int, default 10 000): most mentions per request.
/// - `ingest.retentionDays` (int, default 35, at least 1): how long published mentions are kept in `ingest.mentions`
///   (its duplicate check: a mention posted again after that is accepted and published again; every consumer
///   deduplicates by mention id).
func buildIngest(config: ConfigReader) async throws -> ServiceGroup {
    let base = try ServiceBase(service: .ingest, config: config)
    let keys = try APIKeys(entries: config.stringArray(forKey: "ingest.apiKeys", isSecret: true, default: []))
    if keys.keys.isEmpty { base.logger.warning("no API key configured (VIGIE_INGEST_API_KEYS): every post will be refused") }
    let migrations = DatabaseMigrations(client: base.postgres, schema: "ingest", migrations: ingestMigrations, logger: base.logger)
    let repository = PostgresMentionRepository(client: base.postgres)
    let pipeline = MentionPipeline(repository: repository, publisher: base.publisher, logger: base.logger)
    let relay = OutboxRelay(repository: repository, publisher: base.publisher, logger: base.logger)
    let controller = MentionsController(
        pipeline: pipeline, maxBodyBytes: try config.checkedInt(forKey: "ingest.maxBodyBytes", default: 10 * 1024 * 1024, atLeast: 1),
        maxItems: try config.checkedInt(forKey: "ingest.maxItems", default: 10_000, atLeast: 1))
    base.health.register("migrations") { migrations.hasCompleted }
    let retentionDays = try config.checkedInt(forKey: "ingest.retentionDays", default: 35)
    guard retentionDays >= 1 else { throw IngestConfigurationError(description: "ingest.retentionDays must be 1 or more (got \(retentionDays))") }
    let logger = base.logger
    let retention = PeriodicService(name: "ingest retention", interval: .seconds(3600), logger: logger) {
        let deleted = try await repository.prune(receivedBefore: Date().addingTimeInterval(-Double(retentionDays) * 86_400))
        if deleted > 0 { logger.info("pruned ingested mentions", metadata: ["vigie.mentions": "\(deleted)"]) }
    }

    let router = Router(context: IngestRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    controller.addRoutes(to: router, keys: keys)
    let app = base.application(router: router)
    let startAfterMigrations = AfterMigrations(migrations: migrations, services: [relay, retention, app])
    return VigieServiceGroup.make(services: [base.postgres, migrations, base.producer, startAfterMigrations], logger: base.logger)
}

/// A configuration value ingest cannot start with.
struct IngestConfigurationError: Error, CustomStringConvertible {
    let description: String
}
