import Foundation
import VigieEvents
import VigiePostgres

/// Writes and reads reporting's read model.
struct ReadModel: Sendable {
    let client: PostgresClient

    // MARK: Writing (idempotent)

    func save(mentions: [ScoredMention], alerts: [Alert], connection: PostgresConnection) async throws {
        try await connection.insert(
            into: "reporting.mentions",
            columns: [
                "id", "project_id", "topic_id", "topic_name", "is_competitor", "mention_id", "published_at", "source", "language", "author_id",
                "author_handle", "author_name", "followers", "verified", "text", "url", "sentiment", "label", "drivers", "influence", "likes",
                "shares", "replies", "spam", "matched_terms", "scored_at", "intents",
            ],
            rows: try mentions.map { scored in
                let mention = scored.mention
                return [
                    scored.id, scored.projectID, scored.topicID, scored.topicName, scored.isCompetitor.postgresText, mention.id,
                    mention.publishedAt.postgresText, mention.source.rawValue, scored.language, mention.author.id, mention.author.handle,
                    mention.author.name, mention.author.followers.postgresText, mention.author.verified.postgresText,
                    mention.text.replacingOccurrences(of: "\u{0}", with: ""), mention.url, scored.sentiment.score.postgresText,
                    scored.sentiment.label.rawValue, scored.sentiment.drivers.postgresText, scored.influence.postgresText,
                    mention.engagement.likes.postgresText, mention.engagement.shares.postgresText, mention.engagement.replies.postgresText,
                    scored.spam.isSpam.postgresText, scored.matchedTerms.postgresText, scored.scoredAt.postgresText,
                    String(decoding: try EventCodec.encode(scored.intents), as: UTF8.self),
                ]
            },
            casts: ["intents": "jsonb"], suffix: "ON CONFLICT (id) DO NOTHING", chunkSize: 300)
        // A reminder repeats a firing alert already stored: the history keeps one row per firing, per acknowledgement
        // (status `acknowledged` here, so that a filter on `firing` keeps the firings), per firing a silence held back
        // (`silenced`) and per resolution.
        for alert in alerts where !alert.isReminder {
            let status = alert.isAcknowledgement ? "acknowledged" : (alert.isSilenced ? "silenced" : alert.status.rawValue)
            let payload = String(decoding: try EventCodec.encode(alert), as: UTF8.self)
            try await connection.query(
                """
                INSERT INTO reporting.alerts (id, fingerprint, project_id, topic_id, kind, status, severity, title, started_at, resolved_at, emitted_at, payload)
                VALUES (\(alert.id), \(alert.fingerprint), \(alert.projectID), \(alert.topicID), \(alert.kind.rawValue), \(status),
                        \(alert.severity), \(alert.title), \(alert.startedAt), \(alert.resolvedAt), \(alert.emittedAt), \(payload)::jsonb)
                ON CONFLICT (id) DO NOTHING
                """)
        }
    }

    func save(project: Project) async throws {
        let definition = String(decoding: try EventCodec.encode(project), as: UTF8.self)
        try await client.query(
            """
            INSERT INTO reporting.projects (id, name, definition, updated_at) VALUES (\(project.id), \(project.name), \(definition)::jsonb, \(project.updatedAt))
            ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, definition = EXCLUDED.definition, updated_at = EXCLUDED.updated_at
            """)
    }

    func deleteProject(_ id: String) async throws {
        try await client.query("DELETE FROM reporting.projects WHERE id = \(id)")
    }

    // MARK: Reading

    func projects() async throws -> [Project] {
        try await client.query("SELECT definition::text FROM reporting.projects ORDER BY name, id").decode(column: String.self).map {
            try EventCodec.decode(Project.self, from: Data($0.utf8))
        }
    }

    struct VolumeBucket: Codable, Sendable {
        var start: Date
        var total: Int
        var positive: Int
        var neutral: Int
        var negative: Int
        var unsupported: Int
    }

    /// Mentions per bucket of `bucketSeconds` (UTC: 3 600 for hours, 86 400 for days) split by sentiment; without a
    /// topic, a mention matched by several topics counts once.
    func volume(project: String, topic: String? = nil, bucketSeconds: Int, from: Date, to: Date) async throws -> [VolumeBucket] {
        let rows = try await client.query(
            """
            SELECT to_timestamp(floor(extract(epoch FROM published_at) / \(bucketSeconds)) * \(bucketSeconds)), count(DISTINCT mention_id)::int,
                   count(DISTINCT mention_id) FILTER (WHERE label = 'positive')::int,
                   count(DISTINCT mention_id) FILTER (WHERE label = 'neutral')::int,
                   count(DISTINCT mention_id) FILTER (WHERE label = 'negative')::int,
                   count(DISTINCT mention_id) FILTER (WHERE label = 'unsupported')::int
            FROM reporting.mentions
            WHERE project_id = \(project) AND (\(topic)::text IS NULL OR topic_id = \(topic)) AND published_at >= \(from) AND published_at < \(to)
            GROUP BY 1 ORDER BY 1
            """
        ).decode((Date, Int, Int, Int, Int, Int).self)
        return rows.map { VolumeBucket(start: $0.0, total: $0.1, positive: $0.2, neutral: $0.3, negative: $0.4, unsupported: $0.5) }
    }

    struct Share: Codable, Sendable {
        var topicID: String
        var name: String
        var kind: String
        var mentions: Int
        var share: Double
        var negative: Int
        enum CodingKeys: String, CodingKey {
            case name, kind, mentions, share, negative
            case topicID = "topic_id"
        }
    }

    func shareOfVoice(project: Project, from: Date, to: Date) async throws -> [Share] {
        let rows = try await client.query(
            """
            SELECT topic_id, count(*)::int, count(*) FILTER (WHERE label = 'negative')::int FROM reporting.mentions
            WHERE project_id = \(project.id) AND published_at >= \(from) AND published_at < \(to) AND NOT spam GROUP BY topic_id
            """
        ).decode((String, Int, Int).self)
        let counts = Dictionary(rows.map { ($0.0, ($0.1, $0.2)) }) { a, _ in a }
        // Share of voice compares brands with competitors; themes are listed with their own volume.
        let compared = project.topics.filter { $0.kind != .theme }.reduce(0) { $0 + (counts[$1.id]?.0 ?? 0) }
        return project.topics.map { topic in
            let mentions = counts[topic.id]?.0 ?? 0
            let share = topic.kind == .theme || compared == 0 ? 0 : Double(mentions) / Double(compared)
            return Share(topicID: topic.id, name: topic.name, kind: topic.kind.rawValue, mentions: mentions, share: (share * 10_000).rounded() / 10_000, negative: counts[topic.id]?.1 ?? 0)
        }
    }

    struct Author: Codable, Sendable {
        var handle: String
        var name: String?
        var followers: Int
        var verified: Bool
        var mentions: Int
        var negative: Int
        var reach: Int
    }

    /// Authors by reach: their audience, and how much they spoke.
    func topAuthors(project: String, from: Date, to: Date, limit: Int) async throws -> [Author] {
        try await client.query(
            """
            SELECT author_handle, max(author_name), max(followers)::bigint, bool_or(verified), count(DISTINCT mention_id)::int,
                   count(DISTINCT mention_id) FILTER (WHERE label = 'negative')::int
            FROM reporting.mentions WHERE project_id = \(project) AND published_at >= \(from) AND published_at < \(to) AND NOT spam
            GROUP BY author_handle ORDER BY 3 DESC, 5 DESC, 1 LIMIT \(limit)
            """
        ).decode((String, String?, Int, Bool, Int, Int).self).map {
            Author(handle: $0.0, name: $0.1, followers: $0.2, verified: $0.3, mentions: $0.4, negative: $0.5, reach: $0.2 * $0.4)
        }
    }

    struct MentionRow: Codable, Sendable {
        var id: String
        var mentionID: String
        var topicID: String
        var topicName: String
        var publishedAt: Date
        var source: String
        var language: String
        var author: String
        var followers: Int
        var text: String
        var url: String?
        var sentiment: Double
        var label: String
        var drivers: [String]
        var influence: Double
        var spam: Bool
        var intents: [ScoredMention.Intent]
        enum CodingKeys: String, CodingKey {
            case id, source, language, author, followers, text, url, sentiment, label, drivers, influence, spam, intents
            case mentionID = "mention_id"
            case topicID = "topic_id"
            case topicName = "topic_name"
            case publishedAt = "published_at"
        }
    }

    struct MentionFilter: Sendable {
        var topic: String?
        var sentiment: String?
        var source: String?
        var language: String?
        var text: String?
        var before: (Date, String)?
        var limit: Int

        init(limit: Int) {
            self.limit = limit
        }
    }

    func mentions(project: String, filter: MentionFilter) async throws -> [MentionRow] {
        let pattern = filter.text.map { "%" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%" }
        let rows = try await client.query(
            """
            SELECT id, mention_id, topic_id, topic_name, published_at, source, language, author_handle, followers, text, url, sentiment, label, drivers,
                   influence, spam, intents::text
            FROM reporting.mentions
            WHERE project_id = \(project)
              AND (\(filter.topic)::text IS NULL OR topic_id = \(filter.topic))
              AND (\(filter.sentiment)::text IS NULL OR label = \(filter.sentiment))
              AND (\(filter.source)::text IS NULL OR source = \(filter.source))
              AND (\(filter.language)::text IS NULL OR language = \(filter.language))
              AND (\(pattern)::text IS NULL OR text ILIKE \(pattern))
              AND (\(filter.before?.0)::timestamptz IS NULL OR (published_at, id) < (\(filter.before?.0), \(filter.before?.1)))
            ORDER BY published_at DESC, id DESC LIMIT \(filter.limit)
            """
        ).decode((String, String, String, String, Date, String, String, String, Int, String, String?, Double, String, [String], Double, Bool, String).self)
        return rows.map {
            MentionRow(
                id: $0.0, mentionID: $0.1, topicID: $0.2, topicName: $0.3, publishedAt: $0.4, source: $0.5, language: $0.6, author: $0.7,
                followers: $0.8, text: $0.9, url: $0.10, sentiment: $0.11, label: $0.12, drivers: $0.13, influence: $0.14, spam: $0.15,
                intents: (try? EventCodec.decode([ScoredMention.Intent].self, from: Data($0.16.utf8))) ?? [])
        }
    }

    func alerts(project: String, status: String?, limit: Int) async throws -> [Alert] {
        try await client.query(
            """
            SELECT payload::text FROM reporting.alerts WHERE project_id = \(project) AND (\(status)::text IS NULL OR status = \(status))
            ORDER BY emitted_at DESC, id DESC LIMIT \(limit)
            """
        ).decode(column: String.self).map { try EventCodec.decode(Alert.self, from: Data($0.utf8)) }
    }

    struct Totals: Codable, Sendable {
        var mentions: Int
        var authors: Int
        var negative: Int
        var positive: Int
    }

    func totals(project: String, from: Date, to: Date) async throws -> Totals {
        let row = try await client.query(
            """
            SELECT count(DISTINCT mention_id)::int, count(DISTINCT author_id)::int,
                   count(DISTINCT mention_id) FILTER (WHERE label = 'negative')::int, count(DISTINCT mention_id) FILTER (WHERE label = 'positive')::int
            FROM reporting.mentions WHERE project_id = \(project) AND published_at >= \(from) AND published_at < \(to)
            """
        ).decode((Int, Int, Int, Int).self)[0]
        return Totals(mentions: row.0, authors: row.1, negative: row.2, positive: row.3)
    }
}
