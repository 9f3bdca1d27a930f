import ArgumentParser
import Foundation
import VigieEvents

/// `vigie-bench codec`: decoding and encoding a scored mention and a mention, the records every service reads or
/// writes, with the event codec (its direct reader and writer) next to Foundation's `JSONDecoder` and `JSONEncoder` in
/// the same run — figures, not a test.
struct CodecBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codec", abstract: "Decoding throughput of Vigie's records (records/s).")
    @Option var records: Int = 50_000

    func run() throws {
        let mention = Mention(
            source: .twitter, externalID: "1862534000123456789",
            url: "https://x.com/claire_voyage/status/1862534000123456789",
            author: .init(id: "98123456", handle: "claire_voyage", name: "Claire Martin", followers: 48_213),
            text:
                "Vol AF1234 annulé à cause du nuage de cendres 🌋 Toujours aucune info au comptoir, c'est \"inadmissible\" #AirVigie",
            language: "fr", publishedAt: Date(timeIntervalSince1970: 1_776_240_750.25),
            engagement: .init(likes: 120, shares: 37, replies: 14),
            country: "FR")
        let scored = ScoredMention(
            projectID: "air-vigie", topicID: "brand", topicName: "Air Vigie", isCompetitor: false, mention: mention,
            language: "fr",
            sentiment: .init(score: -0.78, label: .negative, drivers: ["inadmissible", "annulé", "aucune info"]),
            intents: [.init(name: "complaint", confidence: 0.86), .init(name: "crisis_signal", confidence: 0.55)],
            influence: 61.5,
            matchedTerms: ["annulé", "airvigie"], scoredAt: Date(timeIntervalSince1970: 1_776_240_751.004),
            scorerVersion: "vigie-scoring-1")
        let scoredBytes = try EventCodec.encode(scored)
        let mentionBytes = try EventCodec.encode(mention)
        func time(_ name: String, _ bytes: Int, _ body: () throws -> Int) rethrows {
            var sink = 0
            let start = ContinuousClock.now
            for _ in 0..<records { sink &+= try body() }
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            print(
                String(
                    format: "%@: %d records of %d bytes in %.3f s = %.0f records/s (%.2f µs each)%@", name, records,
                    bytes, seconds,
                    Double(records) / seconds, seconds * 1e6 / Double(records), sink == 42 ? " " : ""))
        }
        // The reference: Foundation's JSONDecoder as the event codec configures it (what every consumer used before).
        let decoder = EventCodec.makeDecoder()
        try time("ScoredMention, JSONDecoder (reference)", scoredBytes.count) {
            try decoder.decode(ScoredMention.self, from: scoredBytes).text.utf8.count
        }
        try time("ScoredMention, EventCodec.decode", scoredBytes.count) {
            try EventCodec.decode(ScoredMention.self, from: scoredBytes).text.utf8.count
        }
        try time("Mention, JSONDecoder (reference)", mentionBytes.count) {
            try decoder.decode(Mention.self, from: mentionBytes).text.utf8.count
        }
        try time("Mention, EventCodec.decode", mentionBytes.count) {
            try EventCodec.decode(Mention.self, from: mentionBytes).text.utf8.count
        }
        let encoder = EventCodec.makeEncoder()
        try time("ScoredMention, JSONEncoder (reference)", scoredBytes.count) { try encoder.encode(scored).count }
        try time("ScoredMention, EventCodec.encode", scoredBytes.count) { try EventCodec.encode(scored).count }
        try time("Mention, JSONEncoder (reference)", mentionBytes.count) { try encoder.encode(mention).count }
        try time("Mention, EventCodec.encode", mentionBytes.count) { try EventCodec.encode(mention).count }
    }
}

extension ScoredMention {
    fileprivate var text: String { mention.text }
}
