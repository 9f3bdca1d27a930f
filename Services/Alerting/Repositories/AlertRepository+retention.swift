import Foundation
import VigiePostgres

extension AlertRepository {
    /// Rows deleted by ``prune(before:client:)``, per table.
    struct Pruned: Equatable, Sendable {
        var mentions = 0
        var bucketAuthors = 0
        var buckets = 0
        var firings = 0
        var outbox = 0
        var silences = 0

        var total: Int { mentions + bucketAuthors + buckets + firings + outbox + silences }
    }

    /// Deletes what is older than `horizon`: the mentions, distinct authors and counts of buckets that started before
    /// it, the firings at those buckets, published outbox events and silences that ended before it. Alert states
    /// (one row per fingerprint) and incidents are kept. Per topic, so that every delete is a range of an index
    /// (`alerting.mentions` and `alerting.bucket_authors` have no index on time alone, and need none).
    func prune(before horizon: Date, client: PostgresClient) async throws -> Pruned {
        var pruned = Pruned()
        let topics = try await client.query(
            "SELECT DISTINCT project_id, topic_id FROM alerting.buckets WHERE bucket_start < \(horizon) ORDER BY 1, 2"
        ).decode((String, String).self)
        for (project, topic) in topics {
            pruned.mentions += try await count(
                "WITH d AS (DELETE FROM alerting.mentions WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start < \(horizon) RETURNING 1) SELECT count(*)::int FROM d",
                client)
            pruned.bucketAuthors += try await count(
                "WITH d AS (DELETE FROM alerting.bucket_authors WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start < \(horizon) RETURNING 1) SELECT count(*)::int FROM d",
                client)
            pruned.buckets += try await count(
                "WITH d AS (DELETE FROM alerting.buckets WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start < \(horizon) RETURNING 1) SELECT count(*)::int FROM d",
                client)
        }
        pruned.firings = try await count(
            "WITH d AS (DELETE FROM alerting.firings WHERE bucket_start < \(horizon) RETURNING 1) SELECT count(*)::int FROM d", client)
        pruned.outbox = try await count(
            "WITH d AS (DELETE FROM alerting.outbox WHERE published AND created_at < \(horizon) RETURNING 1) SELECT count(*)::int FROM d", client)
        pruned.silences = try await count(
            "WITH d AS (DELETE FROM alerting.silences WHERE ends_at < \(horizon) RETURNING 1) SELECT count(*)::int FROM d", client)
        return pruned
    }

    /// Runs a statement that selects one count.
    private func count(_ query: PostgresQuery, _ client: PostgresClient) async throws -> Int {
        try await client.query(query).decode(column: Int.self).first ?? 0
    }
}
