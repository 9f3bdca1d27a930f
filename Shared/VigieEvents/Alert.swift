import struct Foundation.Date

/// An alert event (v1): published once when it fires and once when it resolves. Keyed by project id.
public struct Alert: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case volumeSpike = "volume_spike"
        case negativeSurge = "negative_surge"
        case influencer
        case keyword
        case emergingTerm = "emerging_term"
    }

    public enum Status: String, Codable, Sendable { case firing, resolved }

    /// The evidence, enough for anyone to recompute the decision.
    public struct Explanation: Codable, Sendable, Hashable {
        public struct Count: Codable, Sendable, Hashable {
            public var key: String
            public var count: Int
            public init(key: String, count: Int) {
                self.key = key
                self.count = count
            }
        }
        public struct AuthorReach: Codable, Sendable, Hashable {
            public var handle: String
            public var followers: Int
            public var mentions: Int
            public init(handle: String, followers: Int, mentions: Int) {
                self.handle = handle
                self.followers = followers
                self.mentions = mentions
            }
        }
        /// What was measured in the window (e.g. distinct authors).
        public var observed: Double
        /// What the baseline expected.
        public var expected: Double
        /// The value `observed` had to cross.
        public var threshold: Double
        /// The measure, e.g. `distinct_authors`.
        public var metric: String
        /// Baseline method and parameters, e.g. `{"method": "ewma", "alpha": "0.1"}`.
        public var baseline: [String: String]
        public var topTerms: [Count]
        public var topAuthors: [AuthorReach]
        public var sources: [Count]
        /// Mentions per sentiment label in the window.
        public var sentiment: [String: Int]
        public var sampleMentionIDs: [String]

        public init(
            observed: Double, expected: Double, threshold: Double, metric: String, baseline: [String: String] = [:],
            topTerms: [Count] = [], topAuthors: [AuthorReach] = [], sources: [Count] = [], sentiment: [String: Int] = [:],
            sampleMentionIDs: [String] = []
        ) {
            self.observed = observed
            self.expected = expected
            self.threshold = threshold
            self.metric = metric
            self.baseline = baseline
            self.topTerms = topTerms
            self.topAuthors = topAuthors
            self.sources = sources
            self.sentiment = sentiment
            self.sampleMentionIDs = sampleMentionIDs
        }

        enum CodingKeys: String, CodingKey {
            case observed, expected, threshold, metric, baseline, sources, sentiment
            case topTerms = "top_terms"
            case topAuthors = "top_authors"
            case sampleMentionIDs = "sample_mention_ids"
        }
    }

    /// Who acknowledged a firing alert ("on it"), through alerting's API.
    public struct Acknowledgement: Codable, Sendable, Hashable {
        public var by: String
        public var comment: String?
        public var at: Date
        public init(by: String, comment: String? = nil, at: Date) {
            self.by = by
            self.comment = comment
            self.at = at
        }
    }
    /// The silence that held a firing back, on its `vigie.alert.silenced` event.
    public struct Silence: Codable, Sendable, Hashable {
        public var id: String
        public var endsAt: Date
        public var createdBy: String
        public var comment: String?
        public init(id: String, endsAt: Date, createdBy: String, comment: String? = nil) {
            self.id = id
            self.endsAt = endsAt
            self.createdBy = createdBy
            self.comment = comment
        }
        enum CodingKeys: String, CodingKey {
            case id, comment
            case endsAt = "ends_at"
            case createdBy = "created_by"
        }
    }
    /// Unique per event: `<fingerprint>:<status>:<started_at epoch seconds>`, plus `:r<n>` for the n-th reminder of
    /// an alert still firing and not acknowledged (repeat interval), `:a<epoch seconds>` for its acknowledgement, or
    /// `:s` for a firing a silence held back.
    public var id: String
    /// The id of the alert's firing or resolution event, without a reminder's or an acknowledgement's suffix.
    public var occurrenceID: String { "\(fingerprint):\(status.rawValue):\(Int(startedAt.timeIntervalSince1970))" }
    /// A reminder of an alert still firing (its `id` ends in `:r<n>`): the same alert, published again.
    public var isReminder: Bool { idSuffix.hasPrefix(":r") }
    /// The acknowledgement of an alert still firing (its `id` ends in `:a<epoch seconds>`; type
    /// `vigie.alert.acknowledged`): the same alert, with ``acknowledgement``.
    public var isAcknowledgement: Bool { idSuffix.hasPrefix(":a") }
    /// A firing that a silence held back (its `id` ends in `:s`; type `vigie.alert.silenced`; ``silence`` says which):
    /// for dashboards and audits — nobody is notified. If it still fires when the silence ends, its firing is
    /// published then (plain id, type `vigie.alert.firing`); if it resolves before, no resolution follows.
    public var isSilenced: Bool { idSuffix == ":s" }
    /// The silence that held this firing back (on a `vigie.alert.silenced` event only).
    public var silence: Silence?
    private var idSuffix: Substring { id.hasPrefix(occurrenceID) ? id.dropFirst(occurrenceID.count) : "" }
    /// Who acknowledged the alert, once someone has: set on its acknowledgement event and on a firing published after
    /// it (one a silence held back).
    public var acknowledgement: Acknowledgement?

    /// Stable per (project, topic, kind) occurrence group; firing and resolved share it.
    public var fingerprint: String
    public var projectID: String
    public var topicID: String?
    public var kind: Kind
    public var status: Status
    /// 1 (low) to 5 (critical).
    public var severity: Int
    public var title: String
    public var startedAt: Date
    public var resolvedAt: Date?
    public var windowStart: Date
    public var windowEnd: Date
    public var explanation: Explanation
    /// The dashboard view of the alert, when reporting's URL is configured.
    public var dashboardURL: String?
    /// When this event was produced.
    public var emittedAt: Date
    /// The incident grouping this alert with the project's related alerts (firing and resolved share it).
    public var incidentID: String?

    public init(
        fingerprint: String, projectID: String, topicID: String?, kind: Kind, status: Status, severity: Int, title: String,
        startedAt: Date, resolvedAt: Date? = nil, windowStart: Date, windowEnd: Date, explanation: Explanation,
        dashboardURL: String? = nil, emittedAt: Date, incidentID: String? = nil
    ) {
        self.id = "\(fingerprint):\(status.rawValue):\(Int(startedAt.timeIntervalSince1970))"
        self.fingerprint = fingerprint
        self.projectID = projectID
        self.topicID = topicID
        self.kind = kind
        self.status = status
        self.severity = severity
        self.title = title
        self.startedAt = startedAt
        self.resolvedAt = resolvedAt
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.explanation = explanation
        self.dashboardURL = dashboardURL
        self.emittedAt = emittedAt
        self.incidentID = incidentID
    }

    enum CodingKeys: String, CodingKey {
        case id, fingerprint, kind, status, severity, title, explanation
        case projectID = "project_id"
        case topicID = "topic_id"
        case startedAt = "started_at"
        case resolvedAt = "resolved_at"
        case windowStart = "window_start"
        case windowEnd = "window_end"
        case dashboardURL = "dashboard_url"
        case emittedAt = "emitted_at"
        case incidentID = "incident_id"
        case acknowledgement, silence
    }
}
