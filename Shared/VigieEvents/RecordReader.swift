import struct Foundation.Data
import struct Foundation.Date
import func Foundation.memcmp

/// A direct reader of the two records every consumer decodes by the thousand — ``Mention`` and ``ScoredMention`` —
/// from their JSON bytes, without `Codable`'s generic machinery (Foundation's `JSONDecoder` spends most of its time on
/// generic metadata lookups and allocations: about 39 µs a scored mention and 13 µs a mention on the development
/// machine, more than scoring's whole enrichment).
///
/// It accepts only what `JSONDecoder` accepts and gives the same values; anything it is not sure of — an error, but
/// also a duplicated key, a number written with an exponent where an integer is expected, a byte-order mark — makes
/// it return `nil`, and ``EventCodec/decode(_:from:)`` decodes the record again with `JSONDecoder`, which says what
/// is wrong. So errors are always `JSONDecoder`'s, and `RecordReaderTests` checks the agreement on valid records,
/// on every fixture and on thousands of corrupted copies.
enum RecordReader {
    static func mention(_ data: Data) -> Mention? {
        read(data) { reader in reader.mention() }
    }

    static func scoredMention(_ data: Data) -> ScoredMention? {
        read(data) { reader in reader.scoredMention() }
    }

    private static func read<T>(_ data: Data, _ body: (inout Cursor) -> T?) -> T? {
        data.withUnsafeBytes { raw in
            var cursor = Cursor(bytes: raw.bindMemory(to: UInt8.self))
            guard let value = body(&cursor) else { return nil }
            cursor.skipWhitespace()
            return cursor.index == cursor.bytes.count ? value : nil
        }
    }

    /// A position in the bytes of one JSON document.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// Arrays and objects open around the value being read, in a payload (``value()``).
        var depth = 0
        /// Deeper than this, the reader gives up: `JSONDecoder` refuses a document nested more than 512 levels (the
        /// record's own object and the payload's), and a reader without a limit would recurse until the stack
        /// overflows — a 20 kB record of 10 000 `[` had crashed the consumer that read it.
        static let maximumDepth = 500

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        // MARK: Records

        mutating func mention() -> Mention? {
            var id: String?, source: String?, externalID: String?, url: String??, author: Mention.Author?, text: String?
            var language: String??, publishedAt: Date?, engagement: Mention.Engagement?, parentID: String??,
                threadID: String??
            var country: String??, raw: JSONValue??
            let complete = object { cursor, key in
                switch key {
                case "id": return Cursor.store(&id, cursor.string())
                case "source": return Cursor.store(&source, cursor.string())
                case "external_id": return Cursor.store(&externalID, cursor.string())
                case "url": return Cursor.store(&url, cursor.optional { $0.string() })
                case "author": return Cursor.store(&author, cursor.author())
                case "text": return Cursor.store(&text, cursor.string())
                case "language": return Cursor.store(&language, cursor.optional { $0.string() })
                case "published_at": return Cursor.store(&publishedAt, cursor.date())
                case "engagement": return Cursor.store(&engagement, cursor.engagement())
                case "parent_id": return Cursor.store(&parentID, cursor.optional { $0.string() })
                case "thread_id": return Cursor.store(&threadID, cursor.optional { $0.string() })
                case "country": return Cursor.store(&country, cursor.optional { $0.string() })
                case "raw": return Cursor.store(&raw, cursor.optional { $0.value() })
                default: return cursor.skipValue()
                }
            }
            guard complete, let id, let source, let externalID, let author, let text, let publishedAt, let engagement
            else { return nil }
            return Mention(
                id: id, source: Mention.Source(rawValue: source), externalID: externalID, url: url ?? nil,
                author: author, text: text,
                language: language ?? nil, publishedAt: publishedAt, engagement: engagement, parentID: parentID ?? nil,
                threadID: threadID ?? nil, country: country ?? nil, raw: raw ?? nil)
        }

        mutating func author() -> Mention.Author? {
            var id: String?, handle: String?, name: String??, followers: Int?, verified: Bool?
            let complete = object { cursor, key in
                switch key {
                case "id": return Cursor.store(&id, cursor.string())
                case "handle": return Cursor.store(&handle, cursor.string())
                case "name": return Cursor.store(&name, cursor.optional { $0.string() })
                case "followers": return Cursor.store(&followers, cursor.integer())
                case "verified": return Cursor.store(&verified, cursor.boolean())
                default: return cursor.skipValue()
                }
            }
            guard complete, let id, let handle, let followers, let verified else { return nil }
            return Mention.Author(id: id, handle: handle, name: name ?? nil, followers: followers, verified: verified)
        }

        mutating func engagement() -> Mention.Engagement? {
            var likes: Int?, shares: Int?, replies: Int?, views: Int??
            let complete = object { cursor, key in
                switch key {
                case "likes": return Cursor.store(&likes, cursor.integer())
                case "shares": return Cursor.store(&shares, cursor.integer())
                case "replies": return Cursor.store(&replies, cursor.integer())
                case "views": return Cursor.store(&views, cursor.optional { $0.integer() })
                default: return cursor.skipValue()
                }
            }
            guard complete, let likes, let shares, let replies else { return nil }
            return Mention.Engagement(likes: likes, shares: shares, replies: replies, views: views ?? nil)
        }

        mutating func scoredMention() -> ScoredMention? {
            var id: String?, projectID: String?, topicID: String?, topicName: String?, isCompetitor: Bool?,
                mention: Mention?
            var language: String?, sentiment: ScoredMention.Sentiment?, intents: [ScoredMention.Intent]?,
                influence: Double?
            var spam: ScoredMention.Spam?, matchedTerms: [String]?, scoredAt: Date?, scorerVersion: String?
            let complete = object { cursor, key in
                switch key {
                case "id": return Cursor.store(&id, cursor.string())
                case "project_id": return Cursor.store(&projectID, cursor.string())
                case "topic_id": return Cursor.store(&topicID, cursor.string())
                case "topic_name": return Cursor.store(&topicName, cursor.string())
                case "is_competitor": return Cursor.store(&isCompetitor, cursor.boolean())
                case "mention": return Cursor.store(&mention, cursor.mention())
                case "language": return Cursor.store(&language, cursor.string())
                case "sentiment": return Cursor.store(&sentiment, cursor.sentiment())
                case "intents": return Cursor.store(&intents, cursor.array { $0.intent() })
                case "influence": return Cursor.store(&influence, cursor.double())
                case "spam": return Cursor.store(&spam, cursor.spam())
                case "matched_terms": return Cursor.store(&matchedTerms, cursor.array { $0.string() })
                case "scored_at": return Cursor.store(&scoredAt, cursor.date())
                case "scorer_version": return Cursor.store(&scorerVersion, cursor.string())
                default: return cursor.skipValue()
                }
            }
            guard complete, let id, let projectID, let topicID, let topicName, let isCompetitor, let mention,
                let language, let sentiment,
                let intents, let influence, let spam, let matchedTerms, let scoredAt, let scorerVersion
            else { return nil }
            var scored = ScoredMention(
                projectID: projectID, topicID: topicID, topicName: topicName, isCompetitor: isCompetitor,
                mention: mention,
                language: language, sentiment: sentiment, intents: intents, influence: influence, spam: spam,
                matchedTerms: matchedTerms,
                scoredAt: scoredAt, scorerVersion: scorerVersion)
            scored.id = id
            return scored
        }

        mutating func sentiment() -> ScoredMention.Sentiment? {
            var score: Double?, label: ScoredMention.Sentiment.Label?, supported: Bool?, drivers: [String]?
            let complete = object { cursor, key in
                switch key {
                case "score": return Cursor.store(&score, cursor.double())
                case "label":
                    return Cursor.store(&label, cursor.string().flatMap(ScoredMention.Sentiment.Label.init(rawValue:)))
                case "supported": return Cursor.store(&supported, cursor.boolean())
                case "drivers": return Cursor.store(&drivers, cursor.array { $0.string() })
                default: return cursor.skipValue()
                }
            }
            guard complete, let score, let label, let supported, let drivers else { return nil }
            return ScoredMention.Sentiment(score: score, label: label, supported: supported, drivers: drivers)
        }

        mutating func intent() -> ScoredMention.Intent? {
            var name: String?, confidence: Double?
            let complete = object { cursor, key in
                switch key {
                case "name": return Cursor.store(&name, cursor.string())
                case "confidence": return Cursor.store(&confidence, cursor.double())
                default: return cursor.skipValue()
                }
            }
            guard complete, let name, let confidence else { return nil }
            return ScoredMention.Intent(name: name, confidence: confidence)
        }

        mutating func spam() -> ScoredMention.Spam? {
            var isSpam: Bool?, reasons: [String]?
            let complete = object { cursor, key in
                switch key {
                case "is_spam": return Cursor.store(&isSpam, cursor.boolean())
                case "reasons": return Cursor.store(&reasons, cursor.array { $0.string() })
                default: return cursor.skipValue()
                }
            }
            guard complete, let isSpam, let reasons else { return nil }
            return ScoredMention.Spam(isSpam: isSpam, reasons: reasons)
        }

        // MARK: Fields

        /// Stores a field's value; `false` (give up) when the value did not read or the key came twice (which
        /// `JSONDecoder` resolves its own way).
        static func store<T>(_ field: inout T?, _ value: T?) -> Bool {
            guard field == nil, let value else { return false }
            field = value
            return true
        }

        /// `null` as `.some(nil)`, a value as `.some(value)`, nothing readable as `nil`.
        mutating func optional<T>(_ read: (inout Cursor) -> T?) -> T?? {
            if literal("null") { return .some(nil) }
            return read(&self).map { .some($0) }
        }

        mutating func date() -> Date? { string().flatMap(EventCodec.parseDate) }

        mutating func boolean() -> Bool? {
            if literal("true") { return true }
            if literal("false") { return false }
            return nil
        }

        /// An integer written as one (no fraction, no exponent) that fits an `Int`.
        mutating func integer() -> Int? {
            skipWhitespace()
            guard let (start, end, isInteger) = numberExtent(), isInteger, end - start <= 18 else { return nil }
            var value = 0
            var position = start
            let negative = bytes[position] == 45
            if negative { position += 1 }
            while position < end {
                value = value * 10 + Int(bytes[position] - 48)
                position += 1
            }
            index = end
            return negative ? -value : value
        }

        mutating func double() -> Double? {
            skipWhitespace()
            guard let (start, end, _) = numberExtent(),
                let value = Double(
                    Substring(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)),
                value.isFinite
            else { return nil }
            // A number too small for a Double ("1e-400") becomes 0 here, and JSONDecoder refuses it: give up.
            if value == 0,
                bytes[start..<end].prefix(while: { $0 | 0x20 != 101 }).contains(where: { $0 >= 49 && $0 <= 57 })
            {
                return nil
            }
            index = end
            return value
        }

        /// The extent of a JSON number at the cursor (RFC 8259's grammar) and whether it is written as an integer.
        func numberExtent() -> (Int, Int, Bool)? {
            var position = index
            func digits() -> Int {
                let start = position
                while position < bytes.count, bytes[position] >= 48, bytes[position] <= 57 { position += 1 }
                return position - start
            }
            if position < bytes.count, bytes[position] == 45 { position += 1 }
            guard position < bytes.count else { return nil }
            if bytes[position] == 48 {
                position += 1
            } else {
                guard digits() > 0 else { return nil }
            }
            var isInteger = true
            if position < bytes.count, bytes[position] == 46 {
                position += 1
                isInteger = false
                guard digits() > 0 else { return nil }
            }
            if position < bytes.count, bytes[position] | 0x20 == 101 {
                position += 1
                isInteger = false
                if position < bytes.count, bytes[position] == 43 || bytes[position] == 45 { position += 1 }
                guard digits() > 0 else { return nil }
            }
            // A number runs into a letter or a digit after a leading zero ("01", "1x"): not JSON.
            if position < bytes.count,
                bytes[position] >= 48 && bytes[position] <= 57
                    || bytes[position] | 0x20 >= 97 && bytes[position] | 0x20 <= 122
            {
                return nil
            }
            return (index, position, isInteger)
        }

        /// A string: validated UTF-8, escapes decoded, no raw control character.
        mutating func string() -> String? {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 34 else { return nil }
            let start = index + 1
            var position = start
            // Most strings have no escape: one scan, one validation.
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 34 {
                    index = position + 1
                    return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                }
                if byte == 92 { break }
                if byte < 0x20 { return nil }
                position += 1
            }
            var scalars = Array(bytes[start..<position])
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 34 {
                    index = position + 1
                    return String(validating: scalars, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                guard byte == 92 else {
                    scalars.append(byte)
                    position += 1
                    continue
                }
                guard position + 1 < bytes.count else { return nil }
                position += 2
                if let byte = JSONEscape.byte(escapedAs: bytes[position - 1]) {
                    scalars.append(byte)
                    continue
                }
                switch bytes[position - 1] {
                case 117:
                    guard var code = hex4(at: position) else { return nil }
                    position += 4
                    if (0xD800..<0xDC00).contains(code) {
                        // A high surrogate needs its low one.
                        guard position + 6 <= bytes.count, bytes[position] == 92, bytes[position + 1] == 117,
                            let low = hex4(at: position + 2),
                            (0xDC00..<0xE000).contains(low)
                        else { return nil }
                        position += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(code) {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    scalars.append(contentsOf: UTF8.encode(scalar)!)
                default: return nil
                }
            }
            return nil
        }

        func hex4(at position: Int) -> UInt32? {
            guard position + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[position..<position + 4] {
                let digit: UInt32
                switch byte {
                case 48...57: digit = UInt32(byte - 48)
                case 65...70: digit = UInt32(byte - 55)
                case 97...102: digit = UInt32(byte - 87)
                default: return nil
                }
                value = value << 4 | digit
            }
            return value
        }

        /// An array whose every element `read` reads.
        mutating func array<T>(_ read: (inout Cursor) -> T?) -> [T]? {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 91 else { return nil }
            index += 1
            var elements: [T] = []
            skipWhitespace()
            if index < bytes.count, bytes[index] == 93 {
                index += 1
                return elements
            }
            while true {
                guard let element = read(&self) else { return nil }
                elements.append(element)
                skipWhitespace()
                guard index < bytes.count else { return nil }
                if bytes[index] == 44 {
                    index += 1
                    continue
                }
                guard bytes[index] == 93 else { return nil }
                index += 1
                return elements
            }
        }

        /// A key as its bytes (no string is made: records have a dozen keys).
        struct Key {
            let bytes: UnsafeBufferPointer<UInt8>
            static func ~= (pattern: StaticString, key: Key) -> Bool {
                pattern.utf8CodeUnitCount == key.bytes.count
                    && memcmp(pattern.utf8Start, key.bytes.baseAddress!, key.bytes.count) == 0
            }
        }

        /// A key: a string without escapes (one with escapes, which `JSONDecoder` would unescape, gives up).
        mutating func key() -> Key? {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 34 else { return nil }
            let start = index + 1
            var position = start
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 34 {
                    let key = Key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<position]))
                    // Validated as a string would be (a key is rarely more than ASCII).
                    if key.bytes.contains(where: { $0 >= 0x80 }), String(validating: key.bytes, as: UTF8.self) == nil {
                        return nil
                    }
                    index = position + 1
                    return key
                }
                if byte == 92 || byte < 0x20 { return nil }
                position += 1
            }
            return nil
        }

        /// An object: `field` reads the value of each key (and returns `false` to give up).
        mutating func object(_ field: (inout Cursor, Key) -> Bool) -> Bool {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 123 else { return false }
            index += 1
            skipWhitespace()
            if index < bytes.count, bytes[index] == 125 {
                index += 1
                return true
            }
            while true {
                guard let key = key() else { return false }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == 58 else { return false }
                index += 1
                guard field(&self, key) else { return false }
                skipWhitespace()
                guard index < bytes.count else { return false }
                if bytes[index] == 44 {
                    index += 1
                    continue
                }
                guard bytes[index] == 125 else { return false }
                index += 1
                return true
            }
        }

        /// Any JSON value, as ``JSONValue`` decodes it.
        mutating func value() -> JSONValue? {
            skipWhitespace()
            guard index < bytes.count else { return nil }
            if bytes[index] == 91 || bytes[index] == 123 {
                guard depth < Self.maximumDepth else { return nil }
                depth += 1
                defer { depth -= 1 }
                return container()
            }
            switch bytes[index] {
            case 110: return literal("null") ? .null : nil
            case 116, 102: return boolean().map { .bool($0) }
            case 34: return string().map { .string($0) }
            default: return double().map { .number($0) }
            }
        }

        /// An array or an object of a payload (``value()`` counts its depth).
        mutating func container() -> JSONValue? {
            switch bytes[index] {
            case 91: return array { $0.value() }.map { .array($0) }
            default:
                // A payload's keys are any strings (escapes decoded), unlike a record's.
                index += 1
                var members: [String: JSONValue] = [:]
                skipWhitespace()
                if index < bytes.count, bytes[index] == 125 {
                    index += 1
                    return .object(members)
                }
                while true {
                    skipWhitespace()
                    guard let name = string(), members[name] == nil else { return nil }
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == 58 else { return nil }
                    index += 1
                    guard let value = value() else { return nil }
                    members[name] = value
                    skipWhitespace()
                    guard index < bytes.count else { return nil }
                    if bytes[index] == 44 {
                        index += 1
                        continue
                    }
                    guard bytes[index] == 125 else { return nil }
                    index += 1
                    return .object(members)
                }
            }
        }

        /// Skips a value of a key no record has (as `JSONDecoder` ignores it), checking that it is JSON.
        mutating func skipValue() -> Bool { value() != nil }

        mutating func literal(_ word: StaticString) -> Bool {
            skipWhitespace()
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            // "nullx", "true1": not a literal.
            if index + count < bytes.count, bytes[index + count] | 0x20 >= 97 && bytes[index + count] | 0x20 <= 122 {
                return false
            }
            index += count
            return true
        }

        mutating func skipWhitespace() {
            while index < bytes.count,
                bytes[index] == 32 || bytes[index] == 10 || bytes[index] == 13 || bytes[index] == 9
            { index += 1 }
        }
    }
}

/// The two-character escapes of JSON strings (`\n` is a line feed…), for the reader and the writer.
enum JSONEscape {
    /// (the letter after the backslash, the byte it stands for)
    static let pairs: [(letter: UInt8, byte: UInt8)] = [
        (34, 34), (92, 92), (47, 47), (98, 8), (102, 12), (110, 10), (114, 13), (116, 9),
    ]

    static func byte(escapedAs letter: UInt8) -> UInt8? { pairs.first { $0.letter == letter }?.byte }

    /// The letter of `byte`'s short escape; `JSONEncoder` (without escaping slashes) uses one for `"`, `\\` and
    /// five control characters, `\u00XX` for the other control characters.
    static func letter(escaping byte: UInt8) -> UInt8? { byte == 47 ? nil : pairs.first { $0.byte == byte }?.letter }
}
