import Foundation
import NIOConcurrencyHelpers
import VigieEvents
import VigieScoring

/// Enriches a mention once (language, sentiment, influence) and matches it against every project's topics,
/// giving one ``ScoredMention`` per matched (project, topic).
final class MentionScorer: Sendable {
    static let version = "vigie-scoring-1"

    /// A project's topics, compiled.
    struct CompiledProject: Sendable {
        struct CompiledTopic: Sendable {
            let id: String
            let name: String
            let isCompetitor: Bool
            let query: Query
        }
        let id: String
        let topics: [CompiledTopic]
        /// Folded term → valence in [-1, 1].
        let overrides: [String: Double]
    }

    /// The projects and one index over all their topics' queries, swapped together on reload. A class: taking the
    /// current one for a mention is one retain, not one per array inside.
    private final class Compiled: Sendable {
        let projects: [CompiledProject]
        let index: QueryIndex
        /// What each of the index's entries is.
        let references: [TopicReference]

        init(projects: [CompiledProject] = [], index: QueryIndex = QueryIndex([]), references: [TopicReference] = []) {
            self.projects = projects
            self.index = index
            self.references = references
        }
    }
    struct TopicReference: Sendable {
        let project: Int
        let topic: Int
    }
    private let compiled = NIOLockedValueBox(Compiled())
    private let analyzer = SentimentAnalyzer.shared

    /// Replaces the compiled projects (hot reload). Topics whose query does not parse are skipped (the projects
    /// command refuses them before publishing).
    func update(_ definitions: [String: Project]) {
        let compiled = definitions.values.sorted { $0.id < $1.id }.map { project in
            CompiledProject(
                id: project.id,
                topics: project.topics.compactMap { topic in
                    guard let query = try? Query(topic.query) else { return nil }
                    return CompiledProject.CompiledTopic(id: topic.id, name: topic.name, isCompetitor: topic.kind == .competitor, query: query)
                },
                overrides: Self.overrides(of: project))
        }
        var queries: [Query] = []
        var references: [TopicReference] = []
        for (projectIndex, project) in compiled.enumerated() {
            for (topicIndex, topic) in project.topics.enumerated() {
                queries.append(topic.query)
                references.append(TopicReference(project: projectIndex, topic: topicIndex))
            }
        }
        let index = QueryIndex(queries)
        self.compiled.withLockedValue { $0 = Compiled(projects: compiled, index: index, references: references) }
    }

    /// A project's sentiment overrides, keyed by folded term, with the names it watches: a word or phrase of a brand
    /// or competitor topic's query that the lexicons score is a name in that project's mentions, worth 0 unless the
    /// project says otherwise ("Best Buy", "Happy Meal", the French operator "Free": "went to best buy today" is not
    /// praise). Theme topics keep their words' sentiment: an airline watching `retard OR annulé` wants it.
    static func overrides(of project: Project) -> [String: Double] {
        var overrides = Dictionary(project.sentimentOverrides.map { (SentimentAnalyzer.overrideKey($0.key), $0.value) }) { a, _ in a }
        for topic in project.topics where topic.kind != .theme {
            guard let query = try? Query(topic.query) else { continue }
            for term in query.positiveTerms {
                let name: String
                switch term {
                case .term(let word): name = word
                case .phrase(let words): name = words.joined(separator: " ")
                default: continue
                }
                let key = SentimentAnalyzer.overrideKey(name)
                guard !key.isEmpty, overrides[key] == nil,
                    ["en", "fr"].contains(where: { SentimentAnalyzer.shared.analyze(key, language: $0)?.drivers.isEmpty == false })
                else { continue }
                overrides[key] = 0
            }
        }
        return overrides
    }

    /// The enrichment that does not depend on a project.
    struct Enrichment {
        let tokens: [TextNormalizer.Token]
        let language: String
        let sentiment: ScoredMention.Sentiment
        let influence: Double
        let intents: [ScoredMention.Intent]
        let spam: ScoredMention.Spam
    }

    func enrich(_ mention: Mention) -> Enrichment {
        let tokens = TextNormalizer.tokenize(mention.text)
        // The given language when it names one ("fr-FR" → "fr"; not "und", which some sources give short posts).
        let language = mention.language.flatMap { LanguageTag($0).code } ?? LanguageDetector.detect(text: mention.text, tokens: tokens)
        let sentiment = sentiment(mention.text, tokens: tokens, language: language, overrides: [:])
        let intents = IntentDetector.detect(tokens: tokens, text: mention.text, sentiment: sentiment.supported ? sentiment.score : nil)
        let spamReasons = SpamSignals.reasons(text: mention.text, tokens: tokens)
        return Enrichment(
            tokens: tokens, language: language, sentiment: sentiment,
            influence: InfluenceModel.influence(
                followers: mention.author.followers, likes: mention.engagement.likes, shares: mention.engagement.shares,
                replies: mention.engagement.replies, verified: mention.author.verified, source: mention.source.rawValue),
            intents: intents.map { ScoredMention.Intent(name: $0.name, confidence: $0.confidence) },
            spam: ScoredMention.Spam(isSpam: !spamReasons.isEmpty, reasons: spamReasons))
    }

    func sentiment(_ text: String, tokens: [TextNormalizer.Token], language: String, overrides: [String: Double]) -> ScoredMention.Sentiment {
        // A text in no language ("😡😡😡") is scored from its emoji and emoticons, if it has some.
        guard
            let result = analyzer.analyze(text: text, tokens: tokens, language: language, overrides: overrides)
                ?? (language == "und" ? analyzer.analyzeSymbols(text: text) : nil)
        else {
            return ScoredMention.Sentiment(score: 0, label: .unsupported, supported: false, drivers: [])
        }
        let label: ScoredMention.Sentiment.Label
        switch result.label {
        case .positive: label = .positive
        case .neutral: label = .neutral
        case .negative: label = .negative
        }
        return ScoredMention.Sentiment(score: (result.score * 1000).rounded() / 1000, label: label, supported: true, drivers: result.drivers)
    }

    /// Scores `mention` against every project.
    func score(_ mention: Mention, now: Date = Date()) -> (Enrichment, [ScoredMention]) {
        let enrichment = enrich(mention)
        let document = MatchDocument(
            tokens: enrichment.tokens, language: enrichment.language, source: mention.source.rawValue, authorHandle: mention.author.handle,
            country: mention.country, url: mention.url, followers: mention.author.followers)
        var scored: [ScoredMention] = []
        let current = compiled.withLockedValue { $0 }
        // A mention matches few projects: a list, not a dictionary (no hashing, no table to allocate).
        var projectSentiments: [(project: Int, sentiment: ScoredMention.Sentiment)] = []
        for (entry, matched) in current.index.matches(document) {
            let reference = current.references[entry]
            let project = current.projects[reference.project]
            let topic = project.topics[reference.topic]
            let projectSentiment: ScoredMention.Sentiment
            if let known = projectSentiments.first(where: { $0.project == reference.project }) {
                projectSentiment = known.sentiment
            } else {
                // Only the overrides whose (first) word the mention has: the common case re-scores nothing.
                let relevant = project.overrides.isEmpty
                    ? [:] : project.overrides.filter { key, _ in
                        let first = String(key.prefix { $0 != " " })
                        return enrichment.tokens.contains { $0.text == first }
                    }
                projectSentiment = relevant.isEmpty
                    ? enrichment.sentiment
                    : sentiment(mention.text, tokens: enrichment.tokens, language: enrichment.language, overrides: relevant)
                projectSentiments.append((reference.project, projectSentiment))
            }
            var unique: [String] = []
            for term in matched where !unique.contains(term) { unique.append(term) }
            scored.append(
                ScoredMention(
                    projectID: project.id, topicID: topic.id, topicName: topic.name, isCompetitor: topic.isCompetitor, mention: mention,
                    language: enrichment.language, sentiment: projectSentiment, intents: enrichment.intents, influence: enrichment.influence,
                    spam: enrichment.spam, matchedTerms: unique, scoredAt: now, scorerVersion: Self.version))
        }
        return (enrichment, scored)
    }
}
