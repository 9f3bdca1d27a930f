import struct Foundation.Date

/// A project's definition (v1): what a team listens to and how it is alerted. Keyed by project id on a compacted
/// topic; a null value deletes the project.
public struct Project: Codable, Sendable, Hashable {
    /// A watched topic: a brand, a product, a competitor, a theme.
    public struct WatchedTopic: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable { case brand, competitor, theme }
        /// `[a-z0-9-]`, unique in the project.
        public var id: String
        public var name: String
        public var kind: Kind
        /// Boolean query: `AND`, `OR`, `NOT`, `"phrases"`, parentheses.
        public var query: String
        public init(id: String, name: String, kind: Kind = .brand, query: String) {
            self.id = id
            self.name = name
            self.kind = kind
            self.query = query
        }
    }

    /// An account the team runs (for response times and to tell its own posts apart).
    public struct OwnedAccount: Codable, Sendable, Hashable {
        public var source: String
        public var handle: String
        public init(source: String, handle: String) {
            self.source = source
            self.handle = handle
        }
    }

    public struct AlertSettings: Codable, Sendable, Hashable {
        public enum Sensitivity: String, Codable, Sendable { case low, balanced, high }
        public var sensitivity: Sensitivity
        /// Width of the counting buckets.
        public var bucketMinutes: Int
        /// Fewest distinct authors in a bucket for a volume alert.
        public var minAuthors: Int
        /// Terms that raise a keyword alert (e.g. `grève`, `rappel produit`).
        public var crisisTerms: [String]
        /// Followers above which a negative mention raises an influencer alert.
        public var influencerFollowers: Int
        public init(
            sensitivity: Sensitivity = .balanced, bucketMinutes: Int = 5, minAuthors: Int = 10, crisisTerms: [String] = [],
            influencerFollowers: Int = 100_000
        ) {
            self.sensitivity = sensitivity
            self.bucketMinutes = bucketMinutes
            self.minAuthors = minAuthors
            self.crisisTerms = crisisTerms
            self.influencerFollowers = influencerFollowers
        }
        enum CodingKeys: String, CodingKey {
            case sensitivity
            case bucketMinutes = "bucket_minutes"
            case minAuthors = "min_authors"
            case crisisTerms = "crisis_terms"
            case influencerFollowers = "influencer_followers"
        }
    }

    /// `[a-z0-9-]`.
    public var id: String
    public var name: String
    /// Languages the team reads, ISO 639-1.
    public var languages: [String]
    /// Brand, product and theme topics, and competitor topics (``WatchedTopic/Kind/competitor``).
    public var topics: [WatchedTopic]
    public var ownedAccounts: [OwnedAccount]
    public var alerts: AlertSettings
    /// Per-project sentiment overrides: term → score in [-1, 1] (e.g. "retard": -0.6 for an airline).
    public var sentimentOverrides: [String: Double]
    public var updatedAt: Date

    public init(
        id: String, name: String, languages: [String] = ["fr", "en"], topics: [WatchedTopic], ownedAccounts: [OwnedAccount] = [],
        alerts: AlertSettings = AlertSettings(), sentimentOverrides: [String: Double] = [:], updatedAt: Date
    ) {
        self.id = id
        self.name = name
        self.languages = languages
        self.topics = topics
        self.ownedAccounts = ownedAccounts
        self.alerts = alerts
        self.sentimentOverrides = sentimentOverrides
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, languages, topics, alerts
        case ownedAccounts = "owned_accounts"
        case sentimentOverrides = "sentiment_overrides"
        case updatedAt = "updated_at"
    }
}
