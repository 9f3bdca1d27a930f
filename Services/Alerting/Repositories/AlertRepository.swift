import Foundation
import VigieEvents
import VigiePostgres

/// SQL of the alerting schema. Calls take a connection so that a batch's writes share one transaction.
struct AlertRepository: Sendable {
    struct AlertState: Sendable {
        var status: Alert.Status
        var startedAt: Date
        var resolvedAt: Date?
        var bucketStart: Date
        var threshold: Double
        var payload: Alert
    }

    static func bucketStart(of date: Date, minutes: Int) -> Date {
        let width = Double(max(1, minutes) * 60)
        return Date(timeIntervalSince1970: (date.timeIntervalSince1970 / width).rounded(.down) * width)
    }

    func insert(_ mentions: [(ScoredMention, bucketStart: Date)], connection: PostgresConnection) async throws {
        try await connection.insert(
            into: "alerting.mentions",
            columns: [
                "project_id", "topic_id", "mention_id", "bucket_start", "published_at", "author_id", "author_handle", "followers", "source",
                "label", "spam", "matched_terms",
            ],
            rows: mentions.map { scored, bucket in
                [
                    scored.projectID, scored.topicID, scored.mention.id, bucket.postgresText, scored.mention.publishedAt.postgresText,
                    scored.mention.author.id, scored.mention.author.handle, scored.mention.author.followers.postgresText,
                    scored.mention.source.rawValue, scored.sentiment.label.rawValue, scored.spam.isSpam.postgresText,
                    scored.matchedTerms.postgresText,
                ]
            },
            suffix: "ON CONFLICT DO NOTHING")
    }

    /// Distinct non-spam authors per bucket in [from, to].
    func distinctAuthors(project: String, topic: String, from: Date, to: Date, connection: PostgresConnection) async throws -> [Date: Int] {
        let rows = try await connection.query(
            """
            SELECT bucket_start, count(DISTINCT author_id) FILTER (WHERE NOT spam)::int FROM alerting.mentions
            WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start BETWEEN \(from) AND \(to) GROUP BY bucket_start
            """
        ).decode((Date, Int).self)
        return Dictionary(rows.map { ($0.0, $0.1) }) { a, _ in a }
    }

    func firstBucket(project: String, topic: String, connection: PostgresConnection) async throws -> Date? {
        try await connection.query(
            "SELECT min(bucket_start) FROM alerting.mentions WHERE project_id = \(project) AND topic_id = \(topic)"
        ).decode(column: Date?.self).first ?? nil
    }

    func state(fingerprint: String, connection: PostgresConnection) async throws -> AlertState? {
        let rows = try await connection.query(
            "SELECT status, started_at, resolved_at, bucket_start, threshold, payload::text FROM alerting.alerts WHERE fingerprint = \(fingerprint) FOR UPDATE"
        ).decode((String, Date, Date?, Date, Double, String).self)
        guard let row = rows.first, let status = Alert.Status(rawValue: row.0) else { return nil }
        return AlertState(
            status: status, startedAt: row.1, resolvedAt: row.2, bucketStart: row.3, threshold: row.4,
            payload: try EventCodec.decode(Alert.self, from: Data(row.5.utf8)))
    }

    /// Records a transition and its event (outbox) in the caller's transaction.
    func record(_ alert: Alert, bucketStart: Date, threshold: Double, connection: PostgresConnection) async throws {
        let payload = String(decoding: try EventCodec.encode(alert), as: UTF8.self)
        try await connection.query(
            """
            INSERT INTO alerting.alerts (fingerprint, project_id, topic_id, kind, status, started_at, resolved_at, bucket_start, threshold, payload, updated_at)
            VALUES (\(alert.fingerprint), \(alert.projectID), \(alert.topicID), \(alert.kind.rawValue), \(alert.status.rawValue), \(alert.startedAt),
                    \(alert.resolvedAt), \(bucketStart), \(threshold), \(payload)::jsonb, now())
            ON CONFLICT (fingerprint) DO UPDATE SET status = EXCLUDED.status, started_at = EXCLUDED.started_at,
                resolved_at = EXCLUDED.resolved_at, bucket_start = EXCLUDED.bucket_start, threshold = EXCLUDED.threshold,
                payload = EXCLUDED.payload, updated_at = now()
            """)
        try await connection.query(
            "INSERT INTO alerting.outbox (id, project_id, payload) VALUES (\(alert.id), \(alert.projectID), \(payload)::jsonb) ON CONFLICT (id) DO NOTHING")
    }

    /// The evidence of a bucket: terms, authors by reach, sources, sentiment split, sample ids.
    func evidence(project: String, topic: String, bucket: Date, connection: PostgresConnection) async throws -> (
        terms: [Alert.Explanation.Count], authors: [Alert.Explanation.AuthorReach], sources: [Alert.Explanation.Count],
        sentiment: [String: Int], samples: [String]
    ) {
        let terms = try await connection.query(
            """
            SELECT term, count(*)::int FROM alerting.mentions, unnest(matched_terms) AS term
            WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start = \(bucket) GROUP BY term ORDER BY 2 DESC, 1 LIMIT 10
            """
        ).decode((String, Int).self).map { Alert.Explanation.Count(key: $0.0, count: $0.1) }
        let authors = try await connection.query(
            """
            SELECT author_handle, max(followers)::bigint, count(*)::int FROM alerting.mentions
            WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start = \(bucket) AND NOT spam
            GROUP BY author_handle ORDER BY 2 DESC, 1 LIMIT 5
            """
        ).decode((String, Int, Int).self).map { Alert.Explanation.AuthorReach(handle: $0.0, followers: $0.1, mentions: $0.2) }
        let sources = try await connection.query(
            """
            SELECT source, count(*)::int FROM alerting.mentions
            WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start = \(bucket) GROUP BY source ORDER BY 2 DESC, 1
            """
        ).decode((String, Int).self).map { Alert.Explanation.Count(key: $0.0, count: $0.1) }
        let sentiment = try await connection.query(
            """
            SELECT label, count(*)::int FROM alerting.mentions
            WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start = \(bucket) GROUP BY label
            """
        ).decode((String, Int).self)
        let samples = try await connection.query(
            """
            SELECT mention_id FROM alerting.mentions WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start = \(bucket) AND NOT spam
            ORDER BY followers DESC, mention_id LIMIT 5
            """
        ).decode(column: String.self)
        return (terms, authors, sources, Dictionary(sentiment.map { ($0.0, $0.1) }) { a, _ in a }, samples)
    }

    func pendingOutbox(limit: Int, olderThan: Date? = nil, client: PostgresClient) async throws -> [(id: String, alert: Alert)] {
        let rows: [(String, String)]
        if let olderThan {
            rows = try await client.query(
                "SELECT id, payload::text FROM alerting.outbox WHERE NOT published AND created_at < \(olderThan) ORDER BY created_at, id LIMIT \(limit)"
            ).decode((String, String).self)
        } else {
            rows = try await client.query(
                "SELECT id, payload::text FROM alerting.outbox WHERE NOT published ORDER BY created_at, id LIMIT \(limit)"
            ).decode((String, String).self)
        }
        return try rows.map { ($0.0, try EventCodec.decode(Alert.self, from: Data($0.1.utf8))) }
    }

    func markPublished(_ ids: [String], client: PostgresClient) async throws {
        guard !ids.isEmpty else { return }
        try await client.query("UPDATE alerting.outbox SET published = true WHERE id = ANY(\(ids)::text[])")
    }

    /// Fingerprints currently firing, with their project, topic and bucket.
    func firing(client: PostgresClient) async throws -> [(fingerprint: String, project: String, topic: String, bucket: Date)] {
        try await client.query(
            "SELECT fingerprint, project_id, coalesce(topic_id, ''), bucket_start FROM alerting.alerts WHERE status = 'firing' AND kind = 'volume_spike'"
        ).decode((String, String, String, Date).self).map { ($0.0, $0.1, $0.2, $0.3) }
    }
}
