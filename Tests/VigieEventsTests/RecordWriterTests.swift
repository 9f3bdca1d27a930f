import Foundation
import Testing

@testable import VigieEvents

/// The direct writer must give `JSONEncoder`'s bytes (as the event codec configures it), so that equal values still
/// give equal bytes whichever path wrote them.
@Suite("RecordWriter writes JSONEncoder's bytes")
struct RecordWriterTests {
    let encoder = EventCodec.makeEncoder()

    @Test func randomRecordsAreWrittenByteForByte() throws {
        var random = RecordReaderTests.Random(state: 2026)
        var differences = 0
        for _ in 0..<1000 {
            var scored = RecordReaderTests.scored(&random)
            // Numbers of every kind: integral, tiny, huge, negative zero, many digits.
            let numbers = [
                0, -0.0, 100, 61.5, -0.78, 1e21, 1e-7, 123_456_789.123, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, 1e16,
                1e15 + 0.5,
            ]
            scored.influence = numbers.randomElement(using: &random)!
            scored.sentiment.score = numbers.randomElement(using: &random)!
            let expected = try encoder.encode(scored)
            let written = try #require(RecordWriter.encode(scored))
            if written != expected {
                differences += 1
                if differences <= 3 {
                    Issue.record(
                        "\(String(decoding: written, as: UTF8.self))\n!=\n\(String(decoding: expected, as: UTF8.self))")
                }
            }
            #expect(RecordWriter.encode(scored.mention) == (try encoder.encode(scored.mention)))
        }
        #expect(differences == 0)
    }

    @Test func aNumberThatIsNotFiniteIsLeftToJSONEncoderWhichRefusesIt() throws {
        var random = RecordReaderTests.Random(state: 3)
        var scored = RecordReaderTests.scored(&random)
        scored.sentiment.score = .nan
        #expect(RecordWriter.encode(scored) == nil)
        #expect(throws: EncodingError.self) { try EventCodec.encode(scored) }
        scored.sentiment.score = 0
        scored.mention.raw = .array([.number(.infinity)])
        #expect(RecordWriter.encode(scored.mention) == nil)
        #expect(throws: EncodingError.self) { try EventCodec.encode(scored.mention) }
    }

    @Test func fixturesAreWrittenByteForByte() throws {
        let mention = try EventCodec.decode(
            Mention.self, from: Data(contentsOf: fixtures.appendingPathComponent("mention.v1.json")))
        #expect(RecordWriter.encode(mention) == (try encoder.encode(mention)))
        let scored = try EventCodec.decode(
            ScoredMention.self, from: Data(contentsOf: fixtures.appendingPathComponent("scored-mention.v1.json")))
        #expect(RecordWriter.encode(scored) == (try encoder.encode(scored)))
    }
}
