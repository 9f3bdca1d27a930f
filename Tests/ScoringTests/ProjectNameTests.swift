import Foundation
import Testing
import VigieEvents
import VigieScoring

@testable import Scoring

/// The names a project watches are names in its mentions: a brand or competitor whose name is a word of sentiment
/// ("Best Buy", "Free") does not make its mentions glad; a theme's words keep their sentiment.
@Suite("Names a project watches")
struct ProjectNameTests {
    func scored(_ text: String, language: String = "en", in project: Project) throws -> ScoredMention {
        let scorer = MentionScorer()
        scorer.update([project.id: project])
        let mention = Mention(
            source: "twitter", externalID: "m", author: .init(id: "a", handle: "a"), text: text, language: language,
            publishedAt: Date())
        return try #require(scorer.score(mention).1.first)
    }

    @Test func aBrandNamedByAWordOfSentimentIsAName() throws {
        let project = Project(
            id: "retail", name: "Retail",
            topics: [.init(id: "brand", name: "Best Buy", query: #""best buy" OR bestbuy"#),
                     .init(id: "rival", name: "Free", kind: .competitor, query: "free")],
            updatedAt: Date())
        #expect(MentionScorer.overrides(of: project) == ["best buy": 0, "free": 0])
        let visit = try scored("went to best buy today, got a new tv", in: project)
        #expect(visit.sentiment.label == .neutral, "\(visit.sentiment)")
        // Without the project, the same text reads "best" as praise: what the override changes.
        #expect(SentimentAnalyzer.shared.analyze("went to best buy today, got a new tv", language: "en")?.label == .positive)
        #expect(try scored("Best Buy support is terrible", in: project).sentiment.label == .negative)
        #expect(try scored("Free ne marche plus depuis hier", language: "fr", in: project).sentiment.label == .negative)
        #expect(try scored("free shipping and a great price", in: project).sentiment.label == .positive)
    }

    @Test func aThemeKeepsItsWordsAndTheProjectsOwnOverridesWin() throws {
        let project = Project(
            id: "air", name: "Air",
            topics: [.init(id: "delays", name: "Delays", kind: .theme, query: "retard OR annulé OR awful"),
                     .init(id: "brand", name: "Happy Air", query: #""happy air""#)],
            sentimentOverrides: ["Happy Air": 0.5], updatedAt: Date())
        #expect(MentionScorer.overrides(of: project) == ["happy air": 0.5])
        #expect(try scored("awful delay again", in: project).sentiment.label == .negative)
    }
}
