import Foundation
import Logging
import Metrics
import VigieEvents
import VigieKafka
import ServiceLifecycle
import VigieRuntime

/// Makes accepted mentions durable twice — in `ingest.mentions`, then on `vigie.mentions.v1` — before answering.
struct MentionPipeline: Sendable {
    let repository: any MentionRepository
    let publisher: EventPublisher
    let logger: Logger
    let accepted = Counter(label: "vigie_ingest_mentions_accepted_total")
    let duplicates = Counter(label: "vigie_ingest_mentions_duplicate_total")

    /// Stores and publishes `mentions`.
    /// - Returns: The ids that were already known (duplicates).
    /// - Throws: When PostgreSQL or Kafka failed; stored mentions are then published later by ``OutboxRelay``.
    func ingest(_ mentions: [Mention], client: String) async throws -> Set<String> {
        let stored = try await repository.store(mentions, client: client)
        var seen = Set<String>()
        let toPublish = mentions.filter { mention in
            guard seen.insert(mention.id).inserted else { return false }
            return stored[mention.id]?.published != true
        }
        try await publisher.publish(Topics.mentions, toPublish.map { (key: $0.id, value: $0) })
        try await repository.markPublished(toPublish.map(\.id))
        let known = Set(stored.filter { $0.value.known }.keys)
        accepted.increment(by: mentions.count - known.count)
        duplicates.increment(by: known.count)
        return known
    }
}

/// Publishes mentions that were stored but not published (the process stopped, or Kafka failed, between the two).
struct OutboxRelay: Service {
    let repository: any MentionRepository
    let publisher: EventPublisher
    let logger: Logger
    var interval: Duration = .seconds(5)

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                let pending = try await repository.unpublished(before: Date().addingTimeInterval(-10), limit: 1000)
                if !pending.isEmpty {
                    try await publisher.publish(Topics.mentions, pending.map { (key: $0.id, value: $0) })
                    try await repository.markPublished(pending.map(\.id))
                    logger.info("published stored mentions from the outbox", metadata: ["vigie.count": "\(pending.count)"])
                    continue
                }
            } catch {
                logger.info("outbox relay failed, will retry", metadata: ["vigie.error": "\(String(reflecting: error))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}
