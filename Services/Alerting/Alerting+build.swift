import Configuration
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import VigieEvents
import VigieKafka
import VigiePostgres
import VigieRuntime

/// Builds alerting: PostgreSQL, migrations, producer, projects follower, scored-mentions consumer and processor,
/// the clock (live resolution and outbox relay), HTTP.
///
/// ## Configuration keys (under `vigie.`), besides ``ServiceSettings``'s
/// - `reporting.url` (string, optional): base URL of reporting, for the alerts' dashboard links.
/// - `alerts.signingKey` (string, optional, secret): HMAC-SHA256 key; when set, every alert record carries
///   `vigie-signature: sha256=<hex>` over its value.
func buildAlerting(config: ConfigReader) async throws -> ServiceGroup {
    let base = try ServiceBase(service: .alerting, config: config)
    let migrations = DatabaseMigrations(client: base.postgres, schema: "alerting", migrations: [CreateAlerting()], logger: base.logger)
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
    let postgres = base.postgres

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
            // Scoring runs partitions in parallel, so records come roughly, not exactly, in event time.
            scored.sort { $0.mention.publishedAt < $1.mention.publishedAt }
            let definitions = projects.projects
            let now = Date()
            let events = try await postgres.withTransaction { connection in
                var rows: [(ScoredMention, bucketStart: Date)] = []
                var touched: [String: (project: Project, topic: Project.WatchedTopic, buckets: Set<Date>, latest: Date)] = [:]
                for mention in scored {
                    let minutes = definitions[mention.projectID]?.alerts.bucketMinutes ?? 5
                    let bucket = AlertRepository.bucketStart(of: mention.mention.publishedAt, minutes: minutes)
                    rows.append((mention, bucket))
                    guard let project = definitions[mention.projectID], let topic = project.topics.first(where: { $0.id == mention.topicID }) else { continue }
                    let key = "\(project.id)\u{0}\(topic.id)"
                    var entry = touched[key] ?? (project, topic, [], bucket)
                    entry.buckets.insert(bucket)
                    entry.latest = max(entry.latest, bucket)
                    touched[key] = entry
                }
                try await repository.insert(rows, connection: connection)
                var events: [Alert] = []
                for key in touched.keys.sorted() {
                    let entry = touched[key]!
                    // The newest bucket with data for this topic (may be newer than this batch's).
                    let latest = max(
                        entry.latest,
                        try await connection.query(
                            "SELECT max(bucket_start) FROM alerting.mentions WHERE project_id = \(entry.project.id) AND topic_id = \(entry.topic.id)"
                        ).decode(column: Date?.self).first.flatMap { $0 } ?? entry.latest)
                    events += try await engine.evaluate(
                        project: entry.project, topic: entry.topic, touched: Array(entry.buckets), latest: latest, now: now, connection: connection)
                }
                return events
            }
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
