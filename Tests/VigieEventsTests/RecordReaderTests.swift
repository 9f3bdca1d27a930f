import Foundation
import Testing

@testable import VigieEvents

/// The direct reader of mentions and scored mentions must give what `JSONDecoder` gives, or give up (`nil`), so that
/// `EventCodec.decode` decodes the record again and reports the error.
@Suite("RecordReader agrees with JSONDecoder")
struct RecordReaderTests {
    let decoder = EventCodec.makeDecoder()

    /// Deterministic pseudo-random numbers (SplitMix64): a failure is reproducible.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Texts with what JSON must escape or carry: quotes, backslashes, control characters, accents, emoji (outside
    /// the basic plane: a surrogate pair when escaped), right-to-left script, slashes.
    static let pieces = [
        "Vol AF1234 annulé", "\"inadmissible\"", "C:\\dossier", "ligne 1\nligne 2\ttab", "\u{0}nul", "🌋🔥", "ça",
        "œuvre", "مرحبا",
        "https://x.com/a/status/1", "\u{1F}", "\r\n", "\u{2028}", "😡 #AirVigie @airvigie", "", " ", "ß", "\u{FFFF}",
    ]

    static func text(_ random: inout Random) -> String {
        (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(
            separator: " ")
    }

    static func raw(_ random: inout Random, depth: Int = 0) -> JSONValue {
        switch Int.random(in: 0...(depth > 2 ? 3 : 5), using: &random) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .number([0, -1, 3.25, 1e21, 123_456_789, -0.000_1].randomElement(using: &random)!)
        case 3: return .string(text(&random))
        case 4: return .array((0..<Int.random(in: 0...3, using: &random)).map { _ in raw(&random, depth: depth + 1) })
        default:
            return .object(
                Dictionary(
                    (0..<Int.random(in: 0...3, using: &random)).map {
                        ("k\($0)\(text(&random).prefix(3))", raw(&random, depth: depth + 1))
                    }
                ) { a, _ in a })
        }
    }

    static func mention(_ random: inout Random) -> Mention {
        func maybe<T>(_ value: T) -> T? { Bool.random(using: &random) ? value : nil }
        return Mention(
            source: Mention.Source(rawValue: ["twitter", "forum", "news", "é-source"].randomElement(using: &random)!),
            externalID: "\(Int.random(in: 0...Int.max, using: &random))",
            url: maybe("https://example.com/\(text(&random))"),
            author: .init(
                id: text(&random), handle: "h\(Int.random(in: 0...999, using: &random))", name: maybe(text(&random)),
                followers: Int.random(in: 0...2_000_000_000, using: &random), verified: Bool.random(using: &random)),
            text: text(&random), language: maybe(["fr", "en", "und"].randomElement(using: &random)!),
            publishedAt: Date(
                timeIntervalSince1970: Double(Int.random(in: 0...2_000_000_000_000, using: &random)) / 1000),
            engagement: .init(
                likes: Int.random(in: 0...100_000, using: &random), shares: Int.random(in: 0...1000, using: &random),
                replies: Int.random(in: 0...1000, using: &random),
                views: maybe(Int.random(in: 0...10_000_000, using: &random))),
            parentID: maybe(text(&random)), threadID: maybe("t1"), country: maybe("FR"), raw: maybe(raw(&random)))
    }

    static func scored(_ random: inout Random) -> ScoredMention {
        ScoredMention(
            projectID: "air-vigie", topicID: text(&random), topicName: text(&random),
            isCompetitor: Bool.random(using: &random),
            mention: mention(&random), language: ["fr", "en", "und"].randomElement(using: &random)!,
            sentiment: .init(
                score: [-0.78, 0, 0.05, 1, -1, 0.333].randomElement(using: &random)!,
                label: [.positive, .neutral, .negative, .unsupported].randomElement(using: &random)!,
                supported: Bool.random(using: &random),
                drivers: (0..<Int.random(in: 0...4, using: &random)).map { _ in text(&random) }),
            intents: (0..<Int.random(in: 0...3, using: &random)).map { _ in .init(name: text(&random), confidence: 0.55)
            },
            influence: Double(Int.random(in: 0...1000, using: &random)) / 10,
            spam: .init(
                isSpam: Bool.random(using: &random), reasons: Bool.random(using: &random) ? ["repeated_text"] : []),
            matchedTerms: (0..<Int.random(in: 0...3, using: &random)).map { _ in text(&random) },
            scoredAt: Date(timeIntervalSince1970: 1_776_240_751.004), scorerVersion: "vigie-scoring-1")
    }

    /// The same record written another way a producer might: escaped non-ASCII and slashes, keys in another order,
    /// whitespace between tokens.
    static func rewritten(_ data: Data, _ random: inout Random) throws -> Data {
        let object = try JSONSerialization.jsonObject(with: data)
        var options: JSONSerialization.WritingOptions = []
        if Bool.random(using: &random) { options.insert(.prettyPrinted) }
        if Bool.random(using: &random) { options.insert(.sortedKeys) }
        return try JSONSerialization.data(withJSONObject: object, options: options)
    }

    @Test func validRecordsReadAsJSONDecoderReadsThem() throws {
        var random = Random(state: 42)
        for round in 0..<400 {
            let scored = Self.scored(&random)
            var encoded = try EventCodec.encode(scored)
            if round % 2 == 1 { encoded = try Self.rewritten(encoded, &random) }
            let expected = try decoder.decode(ScoredMention.self, from: encoded)
            let read = RecordReader.scoredMention(encoded)
            #expect(read != nil, "gave up on a valid record: \(String(decoding: encoded, as: UTF8.self))")
            #expect(read == expected, "\(String(decoding: encoded, as: UTF8.self))")
            let mention = try EventCodec.encode(scored.mention)
            #expect(RecordReader.mention(mention) == (try decoder.decode(Mention.self, from: mention)))
        }
    }

    @Test func escapesWhitespaceAndUnknownKeys() throws {
        let text =
            #"{"id":"m1","source":"twitter","external_id":"1","author":{"id":"a","handle":"h","followers":3,"verified":false,"#
            + #""extra":[1,{"x":null}]},"text":"caf\u00e9 \ud83c\udf0b \"cit\u00e9\" \/ \\ \n","published_at":"2026-04-15T08:12:30+02:00","#
            + #""engagement":{"likes":1,"shares":0,"replies":0,"views":null},"url":null,"raw":{"a":[true,false,null,1.5e3,"s"]}}"#
        let data = Data((" \n\t" + text + " \r\n").utf8)
        let read = try #require(RecordReader.mention(data))
        #expect(read == (try decoder.decode(Mention.self, from: data)))
        #expect(read.text == "café 🌋 \"cité\" / \\ \n")
        #expect(read.raw == .object(["a": .array([.bool(true), .bool(false), .null, .number(1500), .string("s")])]))
        #expect(read.engagement.views == nil && read.url == nil)
    }

    /// What it leaves to `JSONDecoder` (which decides, and gives the error).
    @Test func givesUpWhereJSONDecoderDecides() throws {
        let valid =
            #"{"id":"m1","source":"twitter","external_id":"1","author":{"id":"a","handle":"h","followers":3,"verified":false},"#
            + #""text":"t","published_at":"2026-04-15T08:12:30.250Z","engagement":{"likes":1,"shares":0,"replies":0}}"#
        #expect(RecordReader.mention(Data(valid.utf8)) != nil)
        let cases = [
            valid.replacingOccurrences(of: #""likes":1"#, with: #""likes":1e0"#),  // an integer written as a real
            valid.replacingOccurrences(of: #""likes":1"#, with: #""likes":01"#),  // not JSON
            valid.replacingOccurrences(of: #""text":"t""#, with: #""text":"t","text":"u""#),  // a key twice
            valid.replacingOccurrences(of: #""id":"m1""#, with: #""\u0069d":"m1""#),  // an escaped key
            valid.replacingOccurrences(of: #""text":"t""#, with: #""text":"\ud83c""#),  // a lone surrogate
            valid.replacingOccurrences(of: #""text":"t""#, with: "\"text\":\"a\u{1}b\""),  // a raw control character
            valid.replacingOccurrences(of: #""verified":false"#, with: #""verified":0"#),
            valid.replacingOccurrences(of: #""followers":3,"#, with: ""),  // missing
            valid.replacingOccurrences(of: #""2026-04-15T08:12:30.250Z""#, with: #""yesterday""#),
            "\u{FEFF}" + valid, valid + "x", valid + "{}", String(valid.dropLast()),
        ]
        for text in cases {
            #expect(RecordReader.mention(Data(text.utf8)) == nil, "\(text)")
            // The codec still decodes what JSONDecoder takes, and throws its error for the rest.
            let viaCodec = try? EventCodec.decode(Mention.self, from: Data(text.utf8))
            #expect(viaCodec == (try? decoder.decode(Mention.self, from: Data(text.utf8))), "\(text)")
        }
        #expect(throws: EventDecodingError.self) { try EventCodec.decode(Mention.self, from: Data(cases[7].utf8)) }
    }

    /// Numbers at the edges of a `Double` (underflow, negative zero, long integers, exponents) in a payload: read as
    /// `JSONDecoder` reads them, or left to it.
    /// A payload nested deeper than `JSONDecoder` takes (512 levels) is left to it, which refuses the record: the
    /// reader had read it, and recursed until the stack overflowed on 10 000 levels (a crash of the consumer).
    @Test(arguments: [400, 520, 10_000, 400_000])
    func deeplyNestedPayloadsAreLeftToJSONDecoder(depth: Int) throws {
        let record =
            #"{"id":"m1","source":"twitter","external_id":"1","#
            + #""author":{"id":"a","handle":"h","followers":3,"verified":false},"#
            + #""text":"t","published_at":"2026-04-15T08:12:30.250Z","engagement":{"likes":1,"shares":0,"replies":0},"#
        for payload in ["[", #"{"a":"#] {
            let closing = payload == "[" ? "]" : "}"
            let nested = String(repeating: payload, count: depth) + "0" + String(repeating: closing, count: depth)
            for key in ["raw", "unknown"] {
                let data = Data((record + #"""# + key + #"":"# + nested + "}").utf8)
                if depth < 500 {
                    #expect(RecordReader.mention(data) == (try decoder.decode(Mention.self, from: data)))
                } else {
                    #expect(RecordReader.mention(data) == nil)
                    #expect(throws: EventDecodingError.self) { try EventCodec.decode(Mention.self, from: data) }
                }
            }
        }
    }

    @Test func numbersAtTheEdgesOfADouble() throws {
        let valid = #"{"id":"m1","source":"twitter","external_id":"1","author":{"id":"a","handle":"h","followers":3,"verified":false},"#
            + #""text":"t","published_at":"2026-04-15T08:12:30.250Z","engagement":{"likes":-0,"shares":0,"replies":0},"raw":RAW}"#
        for raw in ["1e-400", "-0", "-0.0", "1E2", "0.1e1", "123456789012345678901234567890", "4.9e-324", "2.5e-324", "1e308"] {
            let data = Data(valid.replacingOccurrences(of: "RAW", with: raw).utf8)
            let expected = try? decoder.decode(Mention.self, from: data)
            if let read = RecordReader.mention(data) { #expect(read == expected, "\(raw)") }
            #expect((try? EventCodec.decode(Mention.self, from: data)) == expected, "\(raw)")
        }
    }

    @Test func fixturesReadAsJSONDecoderReadsThem() throws {
        for name in ["mention.v1.json", "scored-mention.v1.json"] {
            let data = try Data(contentsOf: fixtures.appendingPathComponent(name))
            if name.hasPrefix("mention") {
                #expect(try #require(RecordReader.mention(data)) == (try decoder.decode(Mention.self, from: data)))
            } else {
                #expect(
                    try #require(RecordReader.scoredMention(data))
                        == (try decoder.decode(ScoredMention.self, from: data)))
            }
        }
        let invalid = fixtures.appendingPathComponent("invalid")
        for file in try FileManager.default.contentsOfDirectory(at: invalid, includingPropertiesForKeys: nil) {
            let data = try Data(contentsOf: file)
            let name = file.lastPathComponent
            if name.hasPrefix("mention.") {
                // Nil, or what JSONDecoder reads (a negative count is the schema's and ingest's to refuse, not the codec's).
                if let read = RecordReader.mention(data) {
                    #expect(read == (try? decoder.decode(Mention.self, from: data)), "\(name)")
                }
            } else if name.hasPrefix("scored-mention.") {
                if let read = RecordReader.scoredMention(data) {
                    #expect(read == (try? decoder.decode(ScoredMention.self, from: data)), "\(name)")
                }
            }
        }
    }

    /// Thousands of corrupted copies (a byte dropped, doubled, replaced or swapped): whatever the reader takes,
    /// `JSONDecoder` takes too, with the same value.
    @Test func corruptedRecordsAreNeverReadDifferently() throws {
        var random = Random(state: 7)
        let replacements = Array(#"{}[]",:0123456789-+.eE"\/ntrfu \#n"#.utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xE9, 0xFF]
        var taken = 0
        for _ in 0..<4000 {
            let scored = Self.scored(&random)
            var bytes = Array(
                Bool.random(using: &random) ? try EventCodec.encode(scored) : try EventCodec.encode(scored.mention))
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0...3, using: &random) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(bytes[position], at: position)
                case 2: bytes[position] = replacements.randomElement(using: &random)!
                default: bytes.swapAt(position, Int.random(in: 0..<bytes.count, using: &random))
                }
                if bytes.isEmpty { bytes = [0x7B] }
            }
            let data = Data(bytes)
            if let read = RecordReader.scoredMention(data) {
                taken += 1
                #expect(
                    read == (try? decoder.decode(ScoredMention.self, from: data)),
                    "\(String(decoding: data, as: UTF8.self))")
            }
            if let read = RecordReader.mention(data) {
                taken += 1
                #expect(
                    read == (try? decoder.decode(Mention.self, from: data)), "\(String(decoding: data, as: UTF8.self))")
            }
        }
        // Many corruptions leave a valid record (a changed digit, a swapped letter): the comparison had work to do.
        #expect(taken > 500)
    }
}
