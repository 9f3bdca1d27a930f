import Foundation
import Metrics
import VigieEvents
import VigiePostgres
import VigieScoring

/// Records a batch of scored mentions for the detectors and evaluates the (project, topic) pairs it touched, in one
/// transaction: counts, alert state and outbox commit together or not at all.
struct AlertProcessor: Sendable {
    let tooOld = Counter(label: "vigie_alerting_mentions_too_old_total")
    let repository: AlertRepository
    let engine: AlertEngine
    let client: PostgresClient
    /// How long counts are kept (``alertRetention(repository:client:retention:logger:)``): a mention whose bucket
    /// starts before `now - retention` is not counted (the bucket's rows may already be deleted — retention deletes
    /// by bucket start — and counting it again would count it twice). Default: 35 days, enough for the weekly rhythm
    /// (the same weekday up to 4 weeks back).
    var retention: TimeInterval = AlertProcessor.defaultRetention

    static let defaultRetention: TimeInterval = 35 * 86_400

    /// - Returns: The alert events recorded (to publish after commit; the outbox keeps them until then).
    func process(_ batch: [ScoredMention], projects definitions: [String: Project], now: Date) async throws -> [Alert] {
        let horizon = now.addingTimeInterval(-retention)
        var scored = batch
        // Scoring runs partitions in parallel, so records come roughly, not exactly, in event time.
        scored.sort { $0.mention.publishedAt < $1.mention.publishedAt }
        return try await client.withTransaction { connection in
            var rows: [AlertRepository.Row] = []
            var outsideRetention = 0
            defer { if outsideRetention > 0 { tooOld.increment(by: outsideRetention) } }
            var touched: [String: (project: Project, topic: Project.WatchedTopic, buckets: Set<Date>, latest: Date, influencer: Bool)] = [:]
            var matchers: [String: CrisisTermMatcher] = [:]
            for mention in scored {
                let project = definitions[mention.projectID]
                let bucket = AlertRepository.bucketStart(of: mention.mention.publishedAt, minutes: project?.alerts.bucketMinutes ?? 5)
                // Too old to count: reported (a metric), not an error — history beyond the retention is not kept.
                guard bucket >= horizon else {
                    outsideRetention += 1
                    continue
                }
                let words = TextNormalizer.tokenize(mention.mention.text)
                var row = AlertRepository.Row(scored: mention, bucketStart: bucket, terms: ContentTerms.terms(of: words))
                if let project, !project.alerts.crisisTerms.isEmpty {
                    let matcher = matchers[project.id] ?? CrisisTermMatcher(project.alerts.crisisTerms)
                    matchers[project.id] = matcher
                    row.crisisTerms = matcher.matches(words.map(\.text))
                }
                rows.append(row)
                guard let project, let topic = project.topics.first(where: { $0.id == mention.topicID }) else { continue }
                let key = "\(project.id)\u{0}\(topic.id)"
                var entry = touched[key] ?? (project, topic, [], bucket, false)
                entry.buckets.insert(bucket)
                entry.latest = max(entry.latest, bucket)
                entry.influencer = entry.influencer || Detectors.isInfluencerCandidate(mention, settings: project.alerts)
                touched[key] = entry
            }
            try await repository.insert(rows, connection: connection)
            try await repository.countAuthors(of: rows, connection: connection)
            // Emerging terms are judged on the clock (``AlertClock``): counting every word of a bucket for every batch
            // would cost as much as the bucket is large.
            let requests = touched.keys.sorted().map { key in
                let entry = touched[key]!
                return AlertEngine.Request(
                    project: entry.project, topic: entry.topic, touched: Array(entry.buckets), latest: entry.latest,
                    detectors: .init(influencers: entry.influencer, emergingTerms: false))
            }
            let events = try await engine.evaluate(requests, now: now, connection: connection)
            return events
        }
    }
}
