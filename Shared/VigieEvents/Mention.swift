import struct Foundation.Date

/// A mention of a brand, normalised from any source (v1). Its ``id`` is derived from (``source``, ``externalID``),
/// so the same post seen twice is one mention.
public struct Mention: Codable, Sendable, Hashable {
    /// Where a mention comes from; open set, lower-case.
    public struct Source: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
        public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
        public static let twitter: Source = "twitter"
        public static let facebook: Source = "facebook"
        public static let instagram: Source = "instagram"
        public static let youtube: Source = "youtube"
        public static let forum: Source = "forum"
        public static let blog: Source = "blog"
        public static let news: Source = "news"
        public static let review: Source = "review"
        public static let rss: Source = "rss"
        public static let other: Source = "other"
    }

    /// Who wrote it.
    public struct Author: Codable, Sendable, Hashable {
        /// The source's id of the account.
        public var id: String
        /// `@handle` without the `@`.
        public var handle: String
        public var name: String?
        public var followers: Int
        public var verified: Bool
        public init(id: String, handle: String, name: String? = nil, followers: Int = 0, verified: Bool = false) {
            self.id = id
            self.handle = handle
            self.name = name
            self.followers = followers
            self.verified = verified
        }
    }

    /// Reactions counted by the source when the mention was collected.
    public struct Engagement: Codable, Sendable, Hashable {
        public var likes: Int
        public var shares: Int
        public var replies: Int
        public var views: Int?
        public init(likes: Int = 0, shares: Int = 0, replies: Int = 0, views: Int? = nil) {
            self.likes = likes
            self.shares = shares
            self.replies = replies
            self.views = views
        }
    }

    /// Stable id: UUIDv5 of (source, external id); see ``MentionID``.
    public var id: String
    public var source: Source
    /// The source's own id of the post.
    public var externalID: String
    public var url: String?
    public var author: Author
    public var text: String
    /// ISO 639 code when the source gives one (ingest keeps a tag's language, ``LanguageTag``, and none for `und`);
    /// scoring identifies it otherwise.
    public var language: String?
    public var publishedAt: Date
    public var engagement: Engagement
    /// The mention this one answers (its Vigie id), when known.
    public var parentID: String?
    /// The conversation or thread it belongs to (the source's id).
    public var threadID: String?
    /// ISO 3166-1 alpha-2 country code, when known.
    public var country: String?
    /// The source's payload as received, for audit and re-processing.
    public var raw: JSONValue?

    public init(
        id: String? = nil, source: Source, externalID: String, url: String? = nil, author: Author, text: String,
        language: String? = nil, publishedAt: Date, engagement: Engagement = Engagement(), parentID: String? = nil,
        threadID: String? = nil, country: String? = nil, raw: JSONValue? = nil
    ) {
        self.id = id ?? MentionID.derive(source: source.rawValue, externalID: externalID)
        self.source = source
        self.externalID = externalID
        self.url = url
        self.author = author
        self.text = text
        self.language = language
        self.publishedAt = publishedAt
        self.engagement = engagement
        self.parentID = parentID
        self.threadID = threadID
        self.country = country
        self.raw = raw
    }

    enum CodingKeys: String, CodingKey {
        case id, source, url, author, text, language, engagement, country, raw
        case externalID = "external_id"
        case publishedAt = "published_at"
        case parentID = "parent_id"
        case threadID = "thread_id"
    }
}
