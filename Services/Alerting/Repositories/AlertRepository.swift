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
        /// Its firing event was published (`false` while a silence holds it back).
        var notified = true
    }

    static func bucketStart(of date: Date, minutes: Int) -> Date {
        let width = Double(max(1, minutes) * 60)
        return Date(timeIntervalSince1970: (date.timeIntervalSince1970 / width).rounded(.down) * width)
    }

    /// A scored mention as the detectors count it.
    struct Row: Sendable {
        var scored: ScoredMention
        var bucketStart: Date
        /// The project's crisis terms found in the text (folded).
        var crisisTerms: [String] = []
        /// The text's content terms (folded), for emerging terms.
        var terms: [String] = []
    }

    func insert(_ mentions: [Row], connection: PostgresConnection) async throws {
        try await connection.insert(
            into: "alerting.mentions",
            columns: [
                "project_id", "topic_id", "mention_id", "bucket_start", "published_at", "author_id", "author_handle", "followers", "source",
                "label", "spam", "matched_terms", "intents", "crisis_terms", "terms",
            ],
            rows: mentions.map { row in
                let scored = row.scored
                return [
                    scored.projectID, scored.topicID, scored.mention.id, row.bucketStart.postgresText, scored.mention.publishedAt.postgresText,
                    scored.mention.author.id, scored.mention.author.handle, scored.mention.author.followers.postgresText,
                    scored.mention.source.rawValue, scored.sentiment.label.rawValue, scored.spam.isSpam.postgresText,
                    scored.matchedTerms.postgresText, scored.intents.map(\.name).postgresText, row.crisisTerms.postgresText,
                    row.terms.postgresText,
                ]
            },
            suffix: "ON CONFLICT DO NOTHING")
    }

    /// Adds the batch's new distinct authors to its buckets' counts. Idempotent: an author already counted in a
    /// bucket (this batch processed before a crash, or another mention of theirs) adds nothing.
    func countAuthors(of mentions: [Row], connection: PostgresConnection) async throws {
        guard !mentions.isEmpty else { return }
        var touched = Set<String>()
        var buckets: (projects: [String], topics: [String], starts: [Date]) = ([], [], [])
        for row in mentions where touched.insert("\(row.scored.projectID)\u{0}\(row.scored.topicID)\u{0}\(row.bucketStart.timeIntervalSince1970)").inserted {
            buckets.projects.append(row.scored.projectID)
            buckets.topics.append(row.scored.topicID)
            buckets.starts.append(row.bucketStart)
        }
        try await connection.query(
            """
            WITH batch AS (
                SELECT * FROM unnest(\(mentions.map(\.scored.projectID))::text[], \(mentions.map(\.scored.topicID))::text[],
                                     \(mentions.map(\.scored.mention.id))::text[]) AS b(project_id, topic_id, mention_id)
            ), new_authors AS (
                INSERT INTO alerting.bucket_authors (project_id, topic_id, bucket_start, measure, author_id)
                SELECT DISTINCT m.project_id, m.topic_id, m.bucket_start, x.measure, m.author_id
                FROM batch JOIN alerting.mentions m USING (project_id, topic_id, mention_id)
                CROSS JOIN LATERAL (VALUES ('a'::"char", true), ('n'::"char", m.label = 'negative'),
                                           ('c'::"char", cardinality(m.crisis_terms) > 0)) AS x(measure, applies)
                WHERE NOT m.spam AND x.applies
                ON CONFLICT DO NOTHING
                RETURNING project_id, topic_id, bucket_start, measure
            ), deltas AS (
                SELECT project_id, topic_id, bucket_start, (measure = 'a')::int AS a, (measure = 'n')::int AS n, (measure = 'c')::int AS c
                FROM new_authors
                UNION ALL
                SELECT project_id, topic_id, bucket_start, 0, 0, 0
                FROM unnest(\(buckets.projects)::text[], \(buckets.topics)::text[], \(buckets.starts)::timestamptz[]) AS t(project_id, topic_id, bucket_start)
            )
            INSERT INTO alerting.buckets (project_id, topic_id, bucket_start, authors, negative_authors, crisis_authors)
            SELECT project_id, topic_id, bucket_start, sum(a), sum(n), sum(c) FROM deltas GROUP BY project_id, topic_id, bucket_start
            ON CONFLICT (project_id, topic_id, bucket_start) DO UPDATE SET authors = buckets.authors + EXCLUDED.authors,
                negative_authors = buckets.negative_authors + EXCLUDED.negative_authors, crisis_authors = buckets.crisis_authors + EXCLUDED.crisis_authors
            """)
    }

    /// The counts of one bucket: distinct non-spam authors, of them negative, of them using a crisis term.
    struct BucketCounts: Sendable, Equatable {
        var authors = 0
        var negativeAuthors = 0
        var crisisAuthors = 0
    }

    /// Bucket counts in [from, to] and at the extra `slots` (seasonal baselines); missing buckets had no mention.
    func bucketCounts(project: String, topic: String, from: Date, to: Date, slots: [Date] = [], connection: PostgresConnection) async throws
        -> [Date: BucketCounts]
    {
        let rows = try await connection.query(
            """
            SELECT bucket_start, authors, negative_authors, crisis_authors FROM alerting.buckets
            WHERE project_id = \(project) AND topic_id = \(topic)
              AND (bucket_start BETWEEN \(from) AND \(to) OR bucket_start = ANY(\(slots)::timestamptz[]))
            """
        ).decode((Date, Int, Int, Int).self)
        return Dictionary(rows.map { ($0.0, BucketCounts(authors: $0.1, negativeAuthors: $0.2, crisisAuthors: $0.3)) }) { a, _ in a }
    }

    /// A (project, topic) pair, the key of the batched reads below.
    struct TopicKey: Hashable, Sendable {
        var project: String
        var topic: String
    }

    /// Firing fingerprints of many topics in one query.
    func firingFingerprints(of topics: [TopicKey], connection: PostgresConnection) async throws
        -> [TopicKey: [(fingerprint: String, kind: Alert.Kind, bucket: Date)]]
    {
        let rows = try await connection.query(
            """
            SELECT a.project_id, a.topic_id, a.fingerprint, a.kind, a.bucket_start FROM alerting.alerts a
            JOIN unnest(\(topics.map(\.project))::text[], \(topics.map(\.topic))::text[]) AS t(project_id, topic_id) USING (project_id, topic_id)
            WHERE a.status = 'firing' ORDER BY a.fingerprint
            """
        ).decode((String, String, String, String, Date).self)
        var result: [TopicKey: [(fingerprint: String, kind: Alert.Kind, bucket: Date)]] = [:]
        for (project, topic, fingerprint, kind, bucket) in rows {
            guard let kind = Alert.Kind(rawValue: kind) else { continue }
            result[TopicKey(project: project, topic: topic), default: []].append((fingerprint, kind, bucket))
        }
        return result
    }

    /// The first and last bucket with data of many topics in one query.
    func bucketSpans(of topics: [TopicKey], connection: PostgresConnection) async throws -> [TopicKey: (first: Date, last: Date)] {
        let rows = try await connection.query(
            """
            SELECT t.project_id, t.topic_id,
                (SELECT min(b.bucket_start) FROM alerting.buckets b WHERE b.project_id = t.project_id AND b.topic_id = t.topic_id),
                (SELECT max(b.bucket_start) FROM alerting.buckets b WHERE b.project_id = t.project_id AND b.topic_id = t.topic_id)
            FROM unnest(\(topics.map(\.project))::text[], \(topics.map(\.topic))::text[]) AS t(project_id, topic_id)
            """
        ).decode((String, String, Date?, Date?).self)
        var result: [TopicKey: (first: Date, last: Date)] = [:]
        for (project, topic, first, last) in rows {
            if let first, let last { result[TopicKey(project: project, topic: topic)] = (first, last) }
        }
        return result
    }

    /// Bucket counts of many topics in one query: each topic's range [from, to] and its extra `slots`.
    func bucketCounts(of requests: [(key: TopicKey, from: Date, to: Date, slots: [Date])], connection: PostgresConnection) async throws
        -> [TopicKey: [Date: BucketCounts]]
    {
        let slotRows = requests.flatMap { request in request.slots.map { (request.key, $0) } }
        let rows = try await connection.query(
            """
            SELECT b.project_id, b.topic_id, b.bucket_start, b.authors, b.negative_authors, b.crisis_authors FROM alerting.buckets b
            JOIN unnest(\(requests.map(\.key.project))::text[], \(requests.map(\.key.topic))::text[], \(requests.map(\.from))::timestamptz[],
                        \(requests.map(\.to))::timestamptz[]) AS t(project_id, topic_id, range_from, range_to)
              ON b.project_id = t.project_id AND b.topic_id = t.topic_id AND b.bucket_start BETWEEN t.range_from AND t.range_to
            UNION
            SELECT b.project_id, b.topic_id, b.bucket_start, b.authors, b.negative_authors, b.crisis_authors FROM alerting.buckets b
            JOIN unnest(\(slotRows.map(\.0.project))::text[], \(slotRows.map(\.0.topic))::text[], \(slotRows.map(\.1))::timestamptz[])
                AS s(project_id, topic_id, slot)
              ON b.project_id = s.project_id AND b.topic_id = s.topic_id AND b.bucket_start = s.slot
            """
        ).decode((String, String, Date, Int, Int, Int).self)
        var result: [TopicKey: [Date: BucketCounts]] = [:]
        for (project, topic, bucket, authors, negative, crisis) in rows {
            result[TopicKey(project: project, topic: topic), default: [:]][bucket] = BucketCounts(
                authors: authors, negativeAuthors: negative, crisisAuthors: crisis)
        }
        return result
    }

    /// Mentions from far-reaching accounts that are negative, complaints or crisis signals (not spam), per author
    /// and bucket, in [from, to].
    func influencerMentions(project: String, topic: String, minFollowers: Int, from: Date, to: Date, connection: PostgresConnection) async throws
        -> [(author: String, handle: String, followers: Int, bucket: Date, mentions: Int, crisis: Bool)]
    {
        try await connection.query(
            """
            SELECT author_id, max(author_handle), max(followers)::bigint, bucket_start, count(*)::int, bool_or('crisis_signal' = ANY(intents))
            FROM alerting.mentions
            WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start BETWEEN \(from) AND \(to) AND NOT spam
              AND followers >= \(minFollowers) AND (label = 'negative' OR intents && ARRAY['crisis_signal', 'complaint'])
            GROUP BY author_id, bucket_start
            """
        ).decode((String, String, Int, Date, Int, Bool).self).map { ($0.0, $0.1, $0.2, $0.3, $0.4, $0.5) }
    }

    /// Content terms of a bucket used by at least `minAuthors` distinct non-spam authors.
    func frequentTerms(project: String, topic: String, bucket: Date, minAuthors: Int, connection: PostgresConnection) async throws -> [String: Int] {
        let rows = try await connection.query(
            """
            SELECT term, count(DISTINCT author_id)::int FROM alerting.mentions, unnest(terms) AS term
            WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start = \(bucket) AND NOT spam
            GROUP BY term HAVING count(DISTINCT author_id) >= \(minAuthors)
            """
        ).decode((String, Int).self)
        return Dictionary(rows.map { ($0.0, $0.1) }) { a, _ in a }
    }

    /// Distinct non-spam authors who used each of `terms` in [from, to).
    func termAuthors(project: String, topic: String, terms: [String], from: Date, before: Date, connection: PostgresConnection) async throws
        -> [String: Int]
    {
        let rows = try await connection.query(
            """
            SELECT term, count(DISTINCT author_id)::int FROM alerting.mentions, unnest(terms) AS term
            WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start >= \(from) AND bucket_start < \(before) AND NOT spam
              AND terms && \(terms)::text[] AND term = ANY(\(terms)::text[])
            GROUP BY term
            """
        ).decode((String, Int).self)
        return Dictionary(rows.map { ($0.0, $0.1) }) { a, _ in a }
    }

    /// Per bucket in [from, to], the most distinct non-spam authors any one of `terms` had.
    func termPeakPerBucket(project: String, topic: String, terms: [String], from: Date, to: Date, connection: PostgresConnection) async throws
        -> [Date: Int]
    {
        let rows = try await connection.query(
            """
            SELECT bucket_start, max(authors)::int FROM (
                SELECT bucket_start, term, count(DISTINCT author_id) AS authors FROM alerting.mentions, unnest(terms) AS term
                WHERE project_id = \(project) AND topic_id = \(topic) AND bucket_start BETWEEN \(from) AND \(to) AND NOT spam
                  AND terms && \(terms)::text[] AND term = ANY(\(terms)::text[])
                GROUP BY bucket_start, term) AS per_term
            GROUP BY bucket_start
            """
        ).decode((Date, Int).self)
        return Dictionary(rows.map { ($0.0, $0.1) }) { a, _ in a }
    }

    func state(fingerprint: String, connection: PostgresConnection) async throws -> AlertState? {
        let rows = try await connection.query(
            """
            SELECT status, started_at, resolved_at, bucket_start, threshold, payload::text, notified FROM alerting.alerts
            WHERE fingerprint = \(fingerprint) FOR UPDATE
            """
        ).decode((String, Date, Date?, Date, Double, String, Bool).self)
        guard let row = rows.first, let status = Alert.Status(rawValue: row.0) else { return nil }
        return AlertState(
            status: status, startedAt: row.1, resolvedAt: row.2, bucketStart: row.3, threshold: row.4,
            payload: try EventCodec.decode(Alert.self, from: Data(row.5.utf8)), notified: row.6)
    }

    /// Records a transition in the caller's transaction, and its event in the outbox when `notify` (not silenced).
    /// A new firing occurrence starts unacknowledged.
    func record(_ alert: Alert, bucketStart: Date, threshold: Double, notify: Bool, connection: PostgresConnection) async throws {
        let payload = String(decoding: try EventCodec.encode(alert), as: UTF8.self)
        let firing = alert.status == .firing
        try await connection.query(
            """
            INSERT INTO alerting.alerts (fingerprint, project_id, topic_id, kind, status, started_at, resolved_at, bucket_start, threshold, payload,
                                         incident_id, notified, notifications, last_notified_at, updated_at)
            VALUES (\(alert.fingerprint), \(alert.projectID), \(alert.topicID), \(alert.kind.rawValue), \(alert.status.rawValue), \(alert.startedAt),
                    \(alert.resolvedAt), \(bucketStart), \(threshold), \(payload)::jsonb, \(alert.incidentID), \(notify),
                    \(notify ? 1 : 0), \(notify ? alert.emittedAt : nil), now())
            ON CONFLICT (fingerprint) DO UPDATE SET status = EXCLUDED.status, started_at = EXCLUDED.started_at,
                resolved_at = EXCLUDED.resolved_at, bucket_start = EXCLUDED.bucket_start, threshold = EXCLUDED.threshold,
                payload = EXCLUDED.payload, incident_id = EXCLUDED.incident_id, updated_at = now(),
                notified = CASE WHEN \(firing) THEN EXCLUDED.notified ELSE alerts.notified END,
                notifications = CASE WHEN \(firing) THEN EXCLUDED.notifications ELSE alerts.notifications END,
                last_notified_at = CASE WHEN \(firing) THEN EXCLUDED.last_notified_at ELSE alerts.last_notified_at END,
                acknowledged_at = CASE WHEN \(firing) THEN NULL ELSE alerts.acknowledged_at END,
                acknowledged_by = CASE WHEN \(firing) THEN NULL ELSE alerts.acknowledged_by END,
                acknowledgement_comment = CASE WHEN \(firing) THEN NULL ELSE alerts.acknowledgement_comment END
            """)
        if firing {
            try await connection.query(
                "INSERT INTO alerting.firings (fingerprint, bucket_start) VALUES (\(alert.fingerprint), \(bucketStart)) ON CONFLICT DO NOTHING")
        }
        if notify { try await enqueue(alert, connection: connection) }
    }

    /// The buckets in [from, to] at which `fingerprint` fired.
    func firings(fingerprint: String, from: Date, to: Date, connection: PostgresConnection) async throws -> [Date] {
        try await connection.query(
            "SELECT bucket_start FROM alerting.firings WHERE fingerprint = \(fingerprint) AND bucket_start BETWEEN \(from) AND \(to)"
        ).decode(column: Date.self)
    }

    /// Puts an event in the outbox (published after commit by ``AlertOutbox``).
    func enqueue(_ alert: Alert, connection: PostgresConnection) async throws {
        let payload = String(decoding: try EventCodec.encode(alert), as: UTF8.self)
        try await connection.query(
            "INSERT INTO alerting.outbox (id, project_id, payload) VALUES (\(alert.id), \(alert.projectID), \(payload)::jsonb) ON CONFLICT (id) DO NOTHING")
    }

    /// Which mentions of a bucket an alert is about.
    struct EvidenceFilter: Sendable {
        var negativeOnly = false
        /// Only mentions containing a crisis term; top terms are then the crisis terms.
        var crisisTermsOnly = false
        var author: String?
        /// Only mentions using one of these content terms.
        var anyOfTerms: [String]?
    }

    struct Evidence: Sendable {
        var terms: [Alert.Explanation.Count]
        var authors: [Alert.Explanation.AuthorReach]
        var sources: [Alert.Explanation.Count]
        var sentiment: [String: Int]
        var samples: [String]
    }

    /// The evidence of a bucket: terms, authors by reach, sources, sentiment split, sample ids.
    func evidence(project: String, topic: String, bucket: Date, filter: EvidenceFilter = EvidenceFilter(), connection: PostgresConnection)
        async throws -> Evidence
    {
        // One parameterised condition for every filter (a NULL parameter switches its part off).
        func scope() -> PostgresQuery {
            """
            project_id = \(project) AND topic_id = \(topic) AND bucket_start = \(bucket)
              AND (NOT \(filter.negativeOnly)::boolean OR label = 'negative')
              AND (NOT \(filter.crisisTermsOnly)::boolean OR cardinality(crisis_terms) > 0)
              AND (\(filter.author)::text IS NULL OR author_id = \(filter.author)::text)
              AND (\(filter.anyOfTerms)::text[] IS NULL OR terms && \(filter.anyOfTerms)::text[])
            """
        }
        let termColumn = filter.crisisTermsOnly ? "crisis_terms" : "matched_terms"
        let terms = try await connection.query(
            "SELECT term, count(*)::int FROM alerting.mentions, unnest(\(unescaped: termColumn)) AS term WHERE \(fragment: scope()) GROUP BY term ORDER BY 2 DESC, 1 LIMIT 10"
        ).decode((String, Int).self).map { Alert.Explanation.Count(key: $0.0, count: $0.1) }
        let authors = try await connection.query(
            """
            SELECT author_handle, max(followers)::bigint, count(*)::int FROM alerting.mentions WHERE \(fragment: scope()) AND NOT spam
            GROUP BY author_handle ORDER BY 2 DESC, 1 LIMIT 5
            """
        ).decode((String, Int, Int).self).map { Alert.Explanation.AuthorReach(handle: $0.0, followers: $0.1, mentions: $0.2) }
        let sources = try await connection.query(
            "SELECT source, count(*)::int FROM alerting.mentions WHERE \(fragment: scope()) GROUP BY source ORDER BY 2 DESC, 1"
        ).decode((String, Int).self).map { Alert.Explanation.Count(key: $0.0, count: $0.1) }
        let sentiment = try await connection.query(
            "SELECT label, count(*)::int FROM alerting.mentions WHERE \(fragment: scope()) GROUP BY label"
        ).decode((String, Int).self)
        let samples = try await connection.query(
            "SELECT mention_id FROM alerting.mentions WHERE \(fragment: scope()) AND NOT spam ORDER BY followers DESC, mention_id LIMIT 5"
        ).decode(column: String.self)
        return Evidence(terms: terms, authors: authors, sources: sources, sentiment: Dictionary(sentiment.map { ($0.0, $0.1) }) { a, _ in a }, samples: samples)
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

    /// The (project, topic) pairs with a bucket since `since`.
    func liveTopics(since: Date, client: PostgresClient) async throws -> [(project: String, topic: String)] {
        try await client.query(
            "SELECT DISTINCT project_id, topic_id FROM alerting.buckets WHERE bucket_start >= \(since) ORDER BY 1, 2"
        ).decode((String, String).self).map { ($0.0, $0.1) }
    }

    /// The (project, topic) pairs with a firing alert.
    func firingTopics(client: PostgresClient) async throws -> [(project: String, topic: String)] {
        try await client.query(
            "SELECT DISTINCT project_id, coalesce(topic_id, '') FROM alerting.alerts WHERE status = 'firing' ORDER BY 1, 2"
        ).decode((String, String).self).map { ($0.0, $0.1) }
    }
}
