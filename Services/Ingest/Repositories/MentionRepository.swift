import Foundation
import VigieEvents
import VigiePostgres

/// Where ingest keeps mentions.
protocol MentionRepository: Sendable {
    /// Stores new mentions (one row per id; a known id is left as it was).
    /// - Returns: For every id, whether it was already known, and whether it is already published.
    func store(_ mentions: [Mention], client: String) async throws -> [String: (known: Bool, published: Bool)]
    /// Marks mentions as published to Kafka.
    func markPublished(_ ids: [String]) async throws
    /// Mentions stored but not yet published, oldest first, received before `before`.
    func unpublished(before: Date, limit: Int) async throws -> [Mention]
}

struct PostgresMentionRepository: MentionRepository {
    let client: PostgresClient

    func store(_ mentions: [Mention], client name: String) async throws -> [String: (known: Bool, published: Bool)] {
        guard !mentions.isEmpty else { return [:] }
        let ids = mentions.map(\.id)
        return try await client.withTransaction { connection in
            // Lock the ids in a stable order so concurrent requests with the same mentions cannot deadlock.
            let existing = try await connection.query(
                "SELECT id, published FROM ingest.mentions WHERE id = ANY(\(ids)::text[]) ORDER BY id FOR UPDATE"
            ).decode((String, Bool).self)
            var result: [String: (known: Bool, published: Bool)] = [:]
            for (id, published) in existing { result[id] = (true, published) }
            var seen = Set(result.keys)
            var rows: [[String?]] = []
            for mention in mentions where !seen.contains(mention.id) {
                seen.insert(mention.id)
                let payload = String(decoding: try EventCodec.encode(mention), as: UTF8.self)
                rows.append([mention.id, mention.source.rawValue, mention.externalID, name, payload, mention.publishedAt.postgresText])
                result[mention.id] = (false, false)
            }
            try await connection.insert(
                into: "ingest.mentions", columns: ["id", "source", "external_id", "client", "payload", "published_at"], rows: rows,
                casts: ["payload": "jsonb"], suffix: "ON CONFLICT (id) DO NOTHING")
            return result
        }
    }

    func markPublished(_ ids: [String]) async throws {
        guard !ids.isEmpty else { return }
        try await client.query("UPDATE ingest.mentions SET published = true WHERE id = ANY(\(ids)::text[])")
    }

    /// Deletes published mentions received before `horizon` (retention); unpublished ones stay until the relay has
    /// published them. Returns how many were deleted.
    func prune(receivedBefore horizon: Date) async throws -> Int {
        try await client.query(
            "WITH d AS (DELETE FROM ingest.mentions WHERE published AND received_at < \(horizon) RETURNING 1) SELECT count(*)::int FROM d"
        ).decode(column: Int.self).first ?? 0
    }

    func unpublished(before: Date, limit: Int) async throws -> [Mention] {
        let rows = try await client.query(
            "SELECT payload::text FROM ingest.mentions WHERE NOT published AND received_at < \(before) ORDER BY received_at LIMIT \(limit)"
        ).decode(column: String.self)
        return try rows.map { try EventCodec.decode(Mention.self, from: Data($0.utf8)) }
    }
}
