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

/// The scoring schema's migrations, in order.
let scoringMigrations: [any DatabaseMigration] = [CreateScores(), AddActivity(), AddRetention()]

/// Builds scoring: PostgreSQL, migrations, producer, projects follower, mentions consumer and processor, retention,
/// HTTP.
///
/// ## Configuration keys (under `vigie.`), besides ``ServiceSettings``'s
/// - `scoring.retentionDays` (int, default 35, at least 1): how long `scoring.mention_scores` and `scoring.matches`
///   are kept.
/// - `scoring.activityRetentionDays` (int, default 7, at least 2): how long `scoring.activity` is kept (the spam
///   signals across mentions look 24 hours back).
func buildScoring(config: ConfigReader) async throws -> ServiceGroup {
    let base = try ServiceBase(service: .scoring, config: config)
    let migrations = DatabaseMigrations(client: base.postgres, schema: "scoring", migrations: scoringMigrations, logger: base.logger)
    let projects = try ProjectsFollower(configuration: try base.settings.consumerConfiguration(), logger: base.logger)
    let scorer = MentionScorer()
    projects.onChange { scorer.update($0) }
    let consumer = try KafkaConsumer(configuration: try base.settings.consumerConfiguration(), logger: base.logger)
    try consumer.subscribe(topics: [Topics.mentions.name])
    let repository = PostgresScoreRepository(client: base.postgres)
    let deadLetters = DeadLetters(publisher: base.publisher, service: .scoring, logger: base.logger)
    let publisher = base.publisher
    let postgres = base.postgres
    let activity = ActivityRepository()
    let scoresDays = try config.checkedInt(forKey: "scoring.retentionDays", default: 35)
    let activityDays = try config.checkedInt(forKey: "scoring.activityRetentionDays", default: 7)
    guard scoresDays >= 1, activityDays >= 2 else {
        throw ScoringConfigurationError(
            description: "scoring.retentionDays must be 1 or more and scoring.activityRetentionDays 2 or more (got \(scoresDays), \(activityDays))")
    }
    let retention = ScoringRetention(activity: TimeInterval(activityDays) * 86_400, scores: TimeInterval(scoresDays) * 86_400)

    let processor = BatchConsumer(
        consumer: consumer, name: "scoring", logger: base.logger, deadLetters: deadLetters,
        before: {
            try await migrations.waitUntilCompleted()
            await projects.waitUntilCaughtUp()
        },
        process: { batch in
            let now = Date()
            var results: [(mention: Mention, enrichment: MentionScorer.Enrichment, scored: [ScoredMention])] = []
            for message in batch {
                guard let mention = try await deadLetters.decode(Mention.self, from: message) else { continue }
                let (enrichment, scored) = scorer.score(mention, now: now)
                results.append((mention, enrichment, scored))
            }
            // Spam that spans mentions (copies from many accounts, repetition, flooding, cadence): flagged, kept,
            // and left out of alert counts like the rest.
            let entries = results.map { ActivityRepository.entry(for: $0.mention) }
            let repetition = try await postgres.withTransaction { connection in try await activity.record(entries, connection: connection) }
            for index in results.indices {
                guard let reasons = repetition[results[index].mention.id] else { continue }
                for match in results[index].scored.indices {
                    results[index].scored[match].spam.isSpam = true
                    results[index].scored[match].spam.reasons += reasons
                }
            }
            try await repository.save(results, scoredAt: now)
            try await publisher.publish(Topics.scoredMentions, results.flatMap(\.scored).map { (key: $0.projectID, value: $0) })
        })

    base.health.register("migrations") { migrations.hasCompleted }
    base.health.register("projects") { projects.isCaughtUp }
    let router = Router()
    let app = base.application(router: router)
    return VigieServiceGroup.make(
        services: [
            base.postgres, migrations, base.producer, projects, consumer, processor,
            AfterMigrations(migrations: migrations, services: [retention.service(client: base.postgres, logger: base.logger)]), app,
        ],
        logger: base.logger)
}

/// A configuration value scoring cannot start with.
struct ScoringConfigurationError: Error, CustomStringConvertible {
    let description: String
}
