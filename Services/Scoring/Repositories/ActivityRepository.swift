import Foundation
import VigieEvents
import VigiePostgres
import VigieScoring

/// The spam signals that need other mentions, from `scoring.activity` (shared by every scoring replica, so the
/// verdict does not depend on which replica read which partition).
///
/// Each mention is judged on what was posted up to its own publication time, as far as scoring has seen it (partitions
/// are read in parallel, so a copy may be judged before an older one arrives; the verdict is then that of the copies
/// seen): the same text from
/// ``SpamSignals/duplicateTextAccounts`` accounts within the hour before (`duplicate_text`), the same text by the same
/// account ``SpamSignals/repeatedTextPosts`` times within 24 hours (`repeated_text`), more than
/// ``SpamSignals/hourlyPostsLimit`` posts by the account within the hour (`flooding`), a bot-like cadence over its
/// latest posts (`regular_cadence`).
struct ActivityRepository: Sendable {
    struct Entry: Sendable {
        var mentionID: String
        var authorKey: String
        var text: String?
        var publishedAt: Date
    }

    /// UUIDv5 namespace of text keys (a stable, short key per text).
    static let textNamespace: [UInt8] = Array("vigie.text.key.1".utf8)

    static func entry(for mention: Mention) -> Entry {
        Entry(
            mentionID: mention.id, authorKey: "\(mention.source.rawValue):\(mention.author.id)",
            // A repost or a reply (it has a parent) amplifies or answers: a copy of its parent's words is not a campaign.
            text: mention.parentID == nil ? SpamSignals.textKey(text: mention.text).map { MentionID.uuid5(namespace: textNamespace, name: $0) } : nil,
            publishedAt: mention.publishedAt)
    }

    /// Records the batch's activity and returns, per mention id, the spam reasons that span mentions.
    func record(_ entries: [Entry], connection: PostgresConnection) async throws -> [String: [String]] {
        guard !entries.isEmpty else { return [:] }
        try await connection.insert(
            into: "scoring.activity", columns: ["mention_id", "author_key", "text_key", "published_at"],
            rows: entries.map { [$0.mentionID, $0.authorKey, $0.text, $0.publishedAt.postgresText] },
            suffix: "ON CONFLICT (mention_id) DO NOTHING")
        let ids = entries.map(\.mentionID)
        let rows = try await connection.query(
            """
            SELECT a.mention_id,
                (SELECT count(DISTINCT b.author_key) FROM scoring.activity b
                 WHERE a.text_key IS NOT NULL AND b.text_key = a.text_key
                   AND b.published_at BETWEEN a.published_at - interval '1 hour' AND a.published_at)::int,
                (SELECT count(*) FROM scoring.activity b
                 WHERE a.text_key IS NOT NULL AND b.author_key = a.author_key AND b.text_key = a.text_key
                   AND b.published_at BETWEEN a.published_at - interval '24 hours' AND a.published_at)::int,
                (SELECT count(*) FROM scoring.activity b
                 WHERE b.author_key = a.author_key AND b.published_at BETWEEN a.published_at - interval '1 hour' AND a.published_at)::int,
                (SELECT array_agg(extract(epoch FROM recent.published_at)::float8) FROM (
                    SELECT b.published_at FROM scoring.activity b
                    WHERE b.author_key = a.author_key AND b.published_at BETWEEN a.published_at - interval '24 hours' AND a.published_at
                    ORDER BY b.published_at DESC LIMIT 8) AS recent)
            FROM scoring.activity a WHERE a.mention_id = ANY(\(ids)::text[])
            """
        ).decode((String, Int, Int, Int, [Double]?).self)
        var reasons: [String: [String]] = [:]
        for (id, accounts, repeats, hourly, recent) in rows {
            var found: [String] = []
            if accounts >= SpamSignals.duplicateTextAccounts { found.append("duplicate_text") }
            if repeats >= SpamSignals.repeatedTextPosts { found.append("repeated_text") }
            if hourly > SpamSignals.hourlyPostsLimit { found.append("flooding") }
            if SpamSignals.isRegularCadence(recent ?? []) { found.append("regular_cadence") }
            if !found.isEmpty { reasons[id] = found }
        }
        return reasons
    }
}
