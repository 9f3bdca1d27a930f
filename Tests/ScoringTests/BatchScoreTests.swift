import Foundation
import Testing
import VigieEvents
import VigieScoring

@testable import Scoring

/// `vigie-scoring score`: one output line per input line, errors with their line number, and spam that spans the
/// input's mentions when they are whole Mentions.
@Suite("Batch scoring")
struct BatchScoreTests {
    func run(_ lines: [String]) throws -> [[String: Any]] {
        let scorer = MentionScorer()
        var history = SpamHistory()
        let encoder = JSONEncoder()
        return try lines.enumerated().map { index, line in
            let data = ScoringCommand.Score.score(line: line, number: index + 1, scorer: scorer, history: &history, encoder: encoder)
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
    }

    @Test func copiesFromManyAccountsAreSpamInTheBatchToo() throws {
        let start = EventCodec.parseDate("2026-03-02T10:00:00Z")!
        let text = "Acme est la meilleure compagnie du monde, foncez https://t.co/x"
        let mentions = (0..<5).map { index in
            Mention(
                source: "twitter", externalID: "m\(index)", author: .init(id: "bot\(index)", handle: "bot\(index)"), text: text,
                publishedAt: start.addingTimeInterval(Double(index) * 60))
        }
        let lines = try mentions.map { String(decoding: try EventCodec.encode($0), as: UTF8.self) }
        let results = try run(lines)
        #expect(results.prefix(4).allSatisfy { ($0["spam"] as? Bool) == false })
        #expect(results[4]["spam"] as? Bool == true)
        #expect(results[4]["spam_reasons"] as? [String] == ["duplicate_text"])
        #expect(results[4]["id"] as? String == mentions[4].id)
    }

    @Test func bareTextsHaveNoAuthorToCompare() throws {
        let line = #"{"id": "x", "text": "Acme est la meilleure compagnie du monde, foncez https://t.co/x", "lang": "fr"}"#
        let results = try run(Array(repeating: line, count: 8))
        #expect(results.allSatisfy { ($0["spam"] as? Bool) == false && ($0["spam_reasons"] as? [String]) == [] })
    }

    @Test func aBadLineIsReportedAndTheOthersAreScored() throws {
        let results = try run([#"{"id": "a", "text": "génial, merci !"}"#, "not json", #"{"id": "b"}"#, #"{"id": "c", "text": "awful service", "lang": "en"}"#])
        #expect(results[0]["label"] as? String == "positive")
        #expect(results[1]["line"] as? String == "2" && results[1]["error"] as? String == "not a JSON object")
        #expect(results[2]["line"] as? String == "3" && (results[2]["error"] as? String)?.hasPrefix("text") == true)
        #expect(results[3]["label"] as? String == "negative")
    }

    /// A given language is read as a tag ("EN-us" is English); one that names no language ("und", which Twitter gives
    /// short posts) is identified from the text, as a missing one is.
    @Test func aGivenLanguageThatNamesNoneIsIdentified() throws {
        let results = try run([
            #"{"id": "a", "text": "Worst airline ever", "lang": "und"}"#, #"{"id": "b", "text": "Worst airline ever", "lang": "EN-us"}"#,
            #"{"id": "c", "text": "Worst airline ever"}"#,
        ])
        for result in results {
            #expect(result["lang"] as? String == "en", "\(result)")
            #expect(result["label"] as? String == "negative", "\(result)")
        }
    }

    /// A post in no language is scored from its emoji and emoticons (the language stays `und`); without any it is
    /// unsupported.
    @Test func aPostInNoLanguageIsScoredFromItsSymbols() throws {
        let results = try run([#"{"id": "a", "text": "@airvigie 😡😡😡 !!!"}"#, ##"{"id": "b", "text": "#AirVigie"}"##])
        #expect(results[0]["lang"] as? String == "und" && results[0]["label"] as? String == "negative", "\(results[0])")
        #expect(results[0]["supported"] as? Bool == true)
        #expect(results[1]["label"] as? String == "unsupported" && results[1]["supported"] as? Bool == false, "\(results[1])")
    }

    @Test func aMentionThatDoesNotDecodeNamesItsField() throws {
        let mention = Mention(
            source: "twitter", externalID: "m", author: .init(id: "a", handle: "a"), text: "super vol", publishedAt: Date())
        var object = try #require(try JSONSerialization.jsonObject(with: try EventCodec.encode(mention)) as? [String: Any])
        object["published_at"] = "yesterday"
        let line = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let results = try run([line, #"{"id": "b", "text": "super vol", "lang": "fr"}"#])
        #expect(results[0]["line"] as? String == "1")
        #expect((results[0]["error"] as? String)?.contains("published_at") == true, "\(results[0])")
        #expect(results[1]["label"] as? String == "positive")
    }
}
