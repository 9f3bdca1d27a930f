import Foundation
import Logging
import ServiceLifecycle
import VigieEvents
import VigiePostgres
import VigieRuntime

/// Publishes alert events recorded in `alerting.outbox`, then marks them published. A process stopped between
/// commit and publish leaves them pending; ``AlertClock`` publishes them later (at-least-once: consumers dedupe by
/// the event `id`).
struct AlertOutbox: Sendable {
    let repository: AlertRepository
    let client: PostgresClient
    let publisher: EventPublisher
    let logger: Logger

    func publish(_ alerts: [Alert]) async throws {
        try await publisher.publish(Topics.alerts, alerts.map { (key: $0.projectID, value: $0.cloudEvent) })
        try await repository.markPublished(alerts.map(\.id), client: client)
        for alert in alerts {
            logger.info(
                "alert \(alert.isAcknowledgement ? "acknowledged" : (alert.isSilenced ? "silenced" : alert.status.rawValue))", metadata: ["vigie.fingerprint": "\(alert.fingerprint)", "vigie.severity": "\(alert.severity)"])
        }
    }
}

/// Every few seconds: publishes what the outbox still holds and the notifications that are due (silences that
/// ended, reminders), resolves firing alerts of live topics whose later buckets have closed on the clock without
/// new data (a burst that stopped), and looks for emerging terms in live topics.
struct AlertClock: Service {
    let engine: AlertEngine
    let repository: AlertRepository
    let client: PostgresClient
    let projects: ProjectsFollower
    let outbox: AlertOutbox
    let logger: Logger
    var interval: Duration = .seconds(10)
    /// How often a firing, unacknowledged alert is published again. Default: 4 hours.
    var repeatInterval: TimeInterval = 4 * 3600
    /// How far behind the clock event time may run and still count as live. Default: 10 minutes.
    var liveWindow: TimeInterval = 600

    func run() async throws {
        await projects.waitUntilCaughtUp()
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await tick(now: Date())
            } catch {
                logger.info("alert clock failed, will retry", metadata: ["vigie.error": "\(String(reflecting: error))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    func tick(now: Date) async throws {
        let pending = try await repository.pendingOutbox(limit: 500, olderThan: now.addingTimeInterval(-5), client: client)
        if !pending.isEmpty { try await outbox.publish(pending.map(\.alert)) }
        // Alerts a silence held back that still fire, and reminders of unacknowledged ones.
        let due = try await repository.dueNotifications(now: now, repeatInterval: repeatInterval, client: client)
        if !due.isEmpty { try await outbox.publish(due) }

        let definitions = projects.projects
        // Topics with a firing alert (to resolve) and live topics (emerging terms are judged here, not per batch).
        var topics = try await repository.firingTopics(client: client)
        for live in try await repository.liveTopics(since: now.addingTimeInterval(-liveWindow), client: client)
        where !topics.contains(where: { $0 == live }) {
            topics.append(live)
        }
        for (projectID, topicID) in topics {
            guard let project = definitions[projectID], let topic = project.topics.first(where: { $0.id == topicID }) else { continue }
            let events = try await client.withTransaction { connection -> [Alert] in
                let newest = try await connection.query(
                    "SELECT max(bucket_start) FROM alerting.buckets WHERE project_id = \(project.id) AND topic_id = \(topic.id)"
                ).decode(column: Date?.self).first.flatMap { $0 }
                guard let newest, now.timeIntervalSince(newest) < liveWindow else { return [] }
                // Live: the bucket of "now minus a minute of lateness" is the newest; the ones before it are closed.
                let clockBucket = AlertRepository.bucketStart(of: now.addingTimeInterval(-60), minutes: project.alerts.bucketMinutes)
                // The live buckets with data are judged again (emerging terms are judged only here).
                let width = Double(max(1, project.alerts.bucketMinutes) * 60)
                let liveFrom = AlertRepository.bucketStart(
                    of: now.addingTimeInterval(-Double(engine.liveBuckets) * width), minutes: project.alerts.bucketMinutes)
                let live = Array(sequence(first: liveFrom) { $0.addingTimeInterval(width) }.prefix { $0 <= newest })
                return try await engine.evaluate(
                    project: project, topic: topic, touched: live, latest: max(clockBucket, newest), now: now,
                    detectors: .init(influencers: false, emergingTerms: true), connection: connection)
            }
            if !events.isEmpty { try await outbox.publish(events) }
        }
    }
}

/// Every hour, deletes what is older than the retention (``AlertRepository/prune(before:client:)``): per-mention
/// rows, distinct authors and bucket counts, firings, published events, ended silences. The processor counts
/// nothing older than the same horizon (``AlertProcessor/retention``), so a mention delivered again after its rows
/// were deleted is not counted twice. Every replica may run it: deleting is idempotent.
func alertRetention(repository: AlertRepository, client: PostgresClient, retention: TimeInterval, logger: Logger) -> PeriodicService {
    PeriodicService(name: "alerting retention", interval: .seconds(3600), logger: logger) {
        let pruned = try await repository.prune(before: Date().addingTimeInterval(-retention), client: client)
        guard pruned.total > 0 else { return }
        logger.info(
            "pruned alerting history",
            metadata: [
                "vigie.mentions": "\(pruned.mentions)", "vigie.bucket_authors": "\(pruned.bucketAuthors)", "vigie.buckets": "\(pruned.buckets)",
                "vigie.firings": "\(pruned.firings)", "vigie.outbox": "\(pruned.outbox)", "vigie.silences": "\(pruned.silences)",
            ])
    }
}
