import Configuration
import Hummingbird
import Logging
import ServiceLifecycle
import VigieEvents
import VigiePostgres
import VigieRuntime

/// Builds ingest: PostgreSQL, migrations, producer, outbox relay, HTTP API — in dependency order.
///
/// ## Configuration keys (under `vigie.`), besides ``ServiceSettings``'s
/// - `ingest.apiKeys` (string list, `name:key`, secret): who may post. With none, every post is refused (401).
/// - `ingest.maxBodyBytes` (int, default 10 485 760): largest request body.
/// - `ingest.maxItems` (int, default 10 000): most mentions per request.
func buildIngest(config: ConfigReader) async throws -> ServiceGroup {
    let base = try ServiceBase(service: .ingest, config: config)
    let keys = try APIKeys(entries: config.stringArray(forKey: "ingest.apiKeys", isSecret: true, default: []))
    if keys.keys.isEmpty { base.logger.warning("no API key configured (VIGIE_INGEST_API_KEYS): every post will be refused") }
    let migrations = DatabaseMigrations(client: base.postgres, schema: "ingest", migrations: [CreateMentions()], logger: base.logger)
    let repository = PostgresMentionRepository(client: base.postgres)
    let pipeline = MentionPipeline(repository: repository, publisher: base.publisher, logger: base.logger)
    let relay = OutboxRelay(repository: repository, publisher: base.publisher, logger: base.logger)
    let controller = MentionsController(
        pipeline: pipeline, maxBodyBytes: config.int(forKey: "ingest.maxBodyBytes", default: 10 * 1024 * 1024),
        maxItems: config.int(forKey: "ingest.maxItems", default: 10_000))
    base.health.register("migrations") { migrations.hasCompleted }

    let router = Router(context: IngestRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    controller.addRoutes(to: router, keys: keys)
    let app = base.application(router: router)
    let startAfterMigrations = AfterMigrations(migrations: migrations, services: [relay, app])
    return VigieServiceGroup.make(services: [base.postgres, migrations, base.producer, startAfterMigrations], logger: base.logger)
}
