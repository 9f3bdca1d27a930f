import struct Foundation.Date

/// A mention enriched by scoring and matched to one (project, topic) (v1). One record per match.
public struct ScoredMention: Codable, Sendable, Hashable {
    /// Sentiment in [-1, 1] with a label, or `supported == false` for a language the scorer does not handle.
    public struct Sentiment: Codable, Sendable, Hashable {
        public enum Label: String, Codable, Sendable { case positive, neutral, negative, unsupported }
        public var score: Double
        public var label: Label
        /// `false` when the language is not scored (then `score` is 0 and `label` is `unsupported`).
        public var supported: Bool
        /// The words that drove the score, strongest first.
        public var drivers: [String]
        public init(score: Double, label: Label, supported: Bool = true, drivers: [String] = []) {
            self.score = score
            self.label = label
            self.supported = supported
            self.drivers = drivers
        }
    }

    /// A detected intent with its confidence in [0, 1].
    public struct Intent: Codable, Sendable, Hashable {
        public var name: String
        public var confidence: Double
        public init(name: String, confidence: Double) {
            self.name = name
            self.confidence = confidence
        }
    }

    /// Spam and noise verdict; spam is kept and shown but not counted by alerts.
    public struct Spam: Codable, Sendable, Hashable {
        public var isSpam: Bool
        public var reasons: [String]
        public init(isSpam: Bool = false, reasons: [String] = []) {
            self.isSpam = isSpam
            self.reasons = reasons
        }
        enum CodingKeys: String, CodingKey {
            case reasons
            case isSpam = "is_spam"
        }
    }

    /// `<mention id>:<project id>:<topic id>`: the natural key of this record.
    public var id: String
    public var projectID: String
    public var topicID: String
    public var topicName: String
    /// The topic is a competitor's.
    public var isCompetitor: Bool
    /// The mention as ingested.
    public var mention: Mention
    /// The detected (or given) language, ISO 639-1, or `und`.
    public var language: String
    public var sentiment: Sentiment
    public var intents: [Intent]
    /// Reach/influence score in [0, 100].
    public var influence: Double
    public var spam: Spam
    /// The query terms that matched.
    public var matchedTerms: [String]
    public var scoredAt: Date
    /// Version of the scoring model, for re-scoring.
    public var scorerVersion: String

    public init(
        projectID: String, topicID: String, topicName: String, isCompetitor: Bool, mention: Mention, language: String,
        sentiment: Sentiment, intents: [Intent] = [], influence: Double = 0, spam: Spam = Spam(), matchedTerms: [String] = [],
        scoredAt: Date, scorerVersion: String
    ) {
        self.id = "\(mention.id):\(projectID):\(topicID)"
        self.projectID = projectID
        self.topicID = topicID
        self.topicName = topicName
        self.isCompetitor = isCompetitor
        self.mention = mention
        self.language = language
        self.sentiment = sentiment
        self.intents = intents
        self.influence = influence
        self.spam = spam
        self.matchedTerms = matchedTerms
        self.scoredAt = scoredAt
        self.scorerVersion = scorerVersion
    }

    enum CodingKeys: String, CodingKey {
        case id, mention, language, sentiment, intents, influence, spam
        case projectID = "project_id"
        case topicID = "topic_id"
        case topicName = "topic_name"
        case isCompetitor = "is_competitor"
        case matchedTerms = "matched_terms"
        case scoredAt = "scored_at"
        case scorerVersion = "scorer_version"
    }
}
