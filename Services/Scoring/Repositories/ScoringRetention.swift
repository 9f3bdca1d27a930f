import Foundation
import Logging
import VigiePostgres
import VigieRuntime

/// How long scoring keeps what it writes. `scoring.activity` (who posted what when) serves the spam signals that
/// span mentions, which look back 24 hours from each mention: kept `activity` (default 7 days, so that a backfill of
/// the last week is judged against itself). `scoring.mention_scores` and `scoring.matches` (every mention's
/// enrichment, for audit and re-scoring comparisons; the long-term record is reporting's): kept `scores` (default 35
/// days). A mention scored again after its activity was deleted is judged on the activity that is kept.
struct ScoringRetention: Sendable {
    var activity: TimeInterval = 7 * 86_400
    var scores: TimeInterval = 35 * 86_400

    /// Rows deleted, per table.
    struct Pruned: Equatable, Sendable {
        var activity = 0
        var mentionScores = 0
        var matches = 0
    }

    func prune(now: Date, client: PostgresClient) async throws -> Pruned {
        func deleted(_ query: PostgresQuery) async throws -> Int { try await client.query(query).decode(column: Int.self).first ?? 0 }
        let activityHorizon = now.addingTimeInterval(-activity)
        let scoresHorizon = now.addingTimeInterval(-scores)
        return Pruned(
            activity: try await deleted(
                "WITH d AS (DELETE FROM scoring.activity WHERE published_at < \(activityHorizon) RETURNING 1) SELECT count(*)::int FROM d"),
            mentionScores: try await deleted(
                "WITH d AS (DELETE FROM scoring.mention_scores WHERE scored_at < \(scoresHorizon) RETURNING 1) SELECT count(*)::int FROM d"),
            matches: try await deleted(
                "WITH d AS (DELETE FROM scoring.matches WHERE scored_at < \(scoresHorizon) RETURNING 1) SELECT count(*)::int FROM d"))
    }

    /// Prunes every hour (every replica may: deleting is idempotent).
    func service(client: PostgresClient, logger: Logger) -> PeriodicService {
        PeriodicService(name: "scoring retention", interval: .seconds(3600), logger: logger) {
            let pruned = try await prune(now: Date(), client: client)
            guard pruned != Pruned() else { return }
            logger.info(
                "pruned scoring history",
                metadata: ["vigie.activity": "\(pruned.activity)", "vigie.mention_scores": "\(pruned.mentionScores)", "vigie.matches": "\(pruned.matches)"])
        }
    }
}
