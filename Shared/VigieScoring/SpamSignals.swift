/// What a single mention shows of spam or noise, without looking at other mentions: link stuffing, hashtag
/// stuffing, promotion wording, shouting. (Repetition across mentions — one account repeating itself, one text
/// from many accounts, bot-like cadence — needs history and is added by the scoring service.)
public enum SpamSignals {
    static let promotions = PhraseSet(promotionCues)

    static let promotionCues = [
        "gagnez", "gagner", "concours", "cliquez", "gratuit", "code promo", "offre speciale", "jeu concours", "inscrivez vous",
        "click here", "win", "giveaway", "free", "promo code", "limited offer", "follow back", "dm me", "earn money", "crypto",
    ]

    /// Reasons found in the text (empty when none).
    public static func reasons(text: String, tokens: [TextNormalizer.Token]) -> [String] {
        var reasons: [String] = []
        // A link leaves a token "http", "https" or "www" (the tokenizer splits at ":" and "."): without one, no
        // need to read the bytes again.
        let (http, https, www) = linkHashes  // read once (each read of a global is a `swift_once` check)
        var mayLink = false
        for index in tokens.indices where tokens[index].hash == http || tokens[index].hash == https || tokens[index].hash == www {
            mayLink = true
            break
        }
        let links = mayLink ? linkCount(text) : 0
        if links >= 3 { reasons.append("link_stuffing") }
        var hashtags = 0
        for index in tokens.indices where tokens[index].isHashtag { hashtags += 1 }
        if hashtags >= 6 || (hashtags >= 4 && hashtags * 2 > tokens.count) { reasons.append("hashtag_stuffing") }
        let promotions = Self.promotions.count(in: tokens, startingWith: .promotionStart)
        if promotions >= 2 || (promotions >= 1 && links >= 1) { reasons.append("promotion") }
        return reasons
    }

    static let linkStarts = ["http://", "https://", "www."].map { Array($0.utf8) }
    static let linkHashes = (WordHash.of("http"), WordHash.of("https"), WordHash.of("www"))

    /// Words (between spaces and new lines) that start with `http://`, `https://` or `www.`, in one pass over the bytes.
    static func linkCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for start in bytes.indices where (bytes[start] == 104 || bytes[start] == 119) && (start == 0 || bytes[start - 1] == 32 || bytes[start - 1] == 10) {
                for pattern in linkStarts where start + pattern.count <= bytes.count && pattern.indices.allSatisfy({ bytes[start + $0] == pattern[$0] }) {
                    count += 1
                    break
                }
            }
            return count
        }
    }

    // MARK: - Across mentions (the scoring service keeps the history in PostgreSQL)

    /// Distinct accounts posting the same text within an hour before it is a campaign, not opinions.
    public static let duplicateTextAccounts = 5
    /// The same account posting the same text this many times in 24 hours repeats itself.
    public static let repeatedTextPosts = 3
    /// An account posting this many mentions in an hour floods.
    public static let hourlyPostsLimit = 30

    /// What makes "the same text": its words (folded, without links, handles or numbers) separated by spaces, or
    /// `nil` when the text is too short to tell a copy from people saying the same short thing ("merci !").
    public static func textKey(text: String) -> String? {
        let withoutLinks = text.split(whereSeparator: \.isWhitespace)
            .filter { word in
                let lowered = word.lowercased()
                return !lowered.hasPrefix("http://") && !lowered.hasPrefix("https://") && !lowered.hasPrefix("www.")
            }.joined(separator: " ")
        let words = TextNormalizer.tokenize(withoutLinks, annotate: false).filter { !$0.isHandle && !$0.text.allSatisfy(\.isNumber) }.map(\.text)
        guard words.count >= 5 else { return nil }
        return words.joined(separator: " ")
    }

    /// A bot-like cadence: at least 6 intervals between an account's latest posts, all within 2 hours, so regular
    /// that their spread is under a tenth of their mean (people do not post every 10 minutes sharp).
    public static func isRegularCadence(_ dates: [Double]) -> Bool {
        let sorted = dates.sorted()
        guard sorted.count >= 7 else { return false }
        let intervals = zip(sorted.dropFirst(), sorted).map { $0 - $1 }
        let mean = intervals.reduce(0, +) / Double(intervals.count)
        guard mean > 0, mean <= 7_200 else { return false }
        let variance = intervals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(intervals.count)
        return variance.squareRoot() < 0.1 * mean
    }
}

/// The spam signals that span mentions — ``SpamSignals/duplicateTextAccounts`` accounts posting the same text within
/// the hour (`duplicate_text`), one account posting the same text ``SpamSignals/repeatedTextPosts`` times within 24
/// hours (`repeated_text`), more than ``SpamSignals/hourlyPostsLimit`` posts by an account within the hour
/// (`flooding`), a bot-like cadence over its 8 latest posts (`regular_cadence`) — judged on the posts recorded so
/// far up to each one's publication time.
///
/// This is the in-process record of `vigie-scoring score` (batch: one process reads the whole input). The live
/// service keeps the same record in PostgreSQL, shared by its replicas, with the same rules. Posts older than 24
/// hours before the latest one seen are forgotten, so memory follows the rate of the input, not its length.
public struct SpamHistory: Sendable {
    struct Post: Sendable {
        var text: String?
        var time: Double
    }
    private var byAuthor: [String: [Post]] = [:]
    private var byText: [String: [(author: String, time: Double)]] = [:]
    /// Posts already recorded (by id, with their time, to be forgotten with them): a line given twice counts once.
    private var recorded: [String: Double] = [:]
    private var latest = -Double.infinity
    private var recordedSincePruning = 0

    public init() {}

    /// Records a post and returns the reasons it is spam because of the posts recorded before it (empty if none).
    /// - Parameters:
    ///   - id: The mention's id (recording one twice changes nothing; the verdict is given again).
    ///   - author: The account (with its source, e.g. `twitter:123`).
    ///   - textKey: ``SpamSignals/textKey(text:)`` of its text, `nil` for a reply or a repost (answering or
    ///     amplifying a post is not copying it).
    ///   - time: Publication time, seconds since 1970.
    public mutating func record(id: String, author: String, textKey: String?, at time: Double) -> [String] {
        if recorded.updateValue(time, forKey: id) == nil {
            byAuthor[author, default: []].append(Post(text: textKey, time: time))
            if let textKey { byText[textKey, default: []].append((author, time)) }
        }
        latest = max(latest, time)
        recordedSincePruning += 1
        if recordedSincePruning >= 10_000 { prune() }

        let hour = (time - 3_600)...time
        let day = (time - 86_400)...time
        let posts = byAuthor[author] ?? []
        var reasons: [String] = []
        if let textKey {
            let accounts = Set((byText[textKey] ?? []).filter { hour.contains($0.time) }.map(\.author))
            if accounts.count >= SpamSignals.duplicateTextAccounts { reasons.append("duplicate_text") }
            if posts.filter({ $0.text == textKey && day.contains($0.time) }).count >= SpamSignals.repeatedTextPosts { reasons.append("repeated_text") }
        }
        if posts.filter({ hour.contains($0.time) }).count > SpamSignals.hourlyPostsLimit { reasons.append("flooding") }
        let recent = posts.map(\.time).filter { day.contains($0) }.sorted(by: >).prefix(8)
        if SpamSignals.isRegularCadence(Array(recent)) { reasons.append("regular_cadence") }
        return reasons
    }

    private mutating func prune() {
        let horizon = latest - 86_400
        byAuthor = byAuthor.compactMapValues { posts in
            let kept = posts.filter { $0.time >= horizon }
            return kept.isEmpty ? nil : kept
        }
        byText = byText.compactMapValues { posts in
            let kept = posts.filter { $0.time >= horizon - 3_600 }
            return kept.isEmpty ? nil : kept
        }
        recorded = recorded.filter { $0.value >= horizon }
        recordedSincePruning = 0
    }
}
