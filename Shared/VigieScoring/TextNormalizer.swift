/// Case- and accent-folding and tokenisation shared by matching, language detection and sentiment.
///
/// Folding lower-cases and removes the accents of Latin letters (é → e, ç → c, œ → oe, ß → ss), so queries and
/// lexicons match however people type on their phones.
public enum TextNormalizer {
    /// A word of a text.
    public struct Token: Sendable, Hashable {
        /// Folded text: lower case, no accents. English negative contractions keep their `n't` (`don't`).
        public var text: String
        /// The word as written.
        public var original: String
        /// Written `#word`.
        public var isHashtag: Bool
        /// Written `@word`.
        public var isHandle: Bool
        /// Written in capitals (at least two letters, all upper case).
        public var isUpperCase: Bool
        /// Position among the text's tokens.
        public var index: Int
        /// Clause number: punctuation (`, . ; : ! ? ( )`) starts a new clause; negation does not cross it.
        public var clause: Int = 0
        /// The punctuation that started the token's clause was a comma (a list may go on across it: "not clean,
        /// quiet or safe").
        public var clauseAfterComma = false
        /// What the scorer knows about the word (one lookup, at tokenisation).
        public var facts = WordFacts()
        /// A letter of the folded word is repeated three times or more ("trooop").
        public var isElongated = false
        /// A piece of a link (`https://example.com/awful-review`: every word from `https` or `www.` to the next space),
        /// which says nothing of the writer's language or mood.
        public var isLink = false
        /// ``WordHash`` of `text`, for the scorer's tables.
        var hash: UInt64 = 0
        /// The word starts with a digit ("45min", "2", "1h30"): a count or a duration, looked for on every word.
        public var startsWithDigit = false
    }

    /// Lower case without accents.
    public static func fold(_ text: String) -> String {
        // Most fields (languages, sources, handles) are lower-case ASCII already: nothing to build.
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 65 && $0 <= 90) }) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &result) }
        return String(result)
    }

    static func appendFolded(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
        let value = scalar.value
        if value < 0x80 {
            if value >= 65 && value <= 90 {
                result.append(Unicode.Scalar(value + 32)!)
            } else {
                result.append(scalar)
            }
            return
        }
        if let folded = latinFolding[value] {
            result.append(contentsOf: folded.unicodeScalars)
            return
        }
        if (0x0300...0x036F).contains(value) { return }  // combining accents
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { result.append(lower) }
    }

    /// Splits a text into word tokens (letters and digits, with `#`/`@` prefixes noted), each with the
    /// ``WordFacts`` the scorer knows about it. Apostrophes split French elisions (`l'avion` → `l`, `avion`) but
    /// keep English negative contractions whole (`can't`).
    public static func tokenize(_ text: String) -> [Token] { tokenize(text, annotate: true) }

    /// The folded words of a text, without looking them up (what the vocabulary itself is built with).
    static func foldedWords(_ text: String) -> [String] { tokenize(text, annotate: false).map(\.text) }

    /// One pass over the UTF-8 bytes: ASCII is folded in place, other scalars are decoded and folded one by one.
    /// The folded words are written one after the other into one scratch buffer (no array grows per byte).
    static func tokenize(_ text: String, annotate: Bool) -> [Token] {
        var text = text
        return text.withUTF8 { bytes -> [Token] in
            // Folding makes a word at most 1.5 times longer (a 2-byte letter whose lower case takes 3 bytes).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2 + 16) { scratch -> [Token] in
                var tokenizer = Tokenizer(bytes: bytes, scratch: scratch, annotate: annotate)
                tokenizer.run()
                return tokenizer.tokens
            }
        }
    }

    /// The state of ``tokenize(_:annotate:)`` (a struct, so that it lives in registers, not in closure boxes).
    private struct Tokenizer {
        let bytes: UnsafeBufferPointer<UInt8>
        let scratch: UnsafeMutableBufferPointer<UInt8>
        let annotate: Bool
        var tokens: [Token] = []
        /// Bytes of the current word in `scratch` (which has room for twice the text: a byte that would not fit is
        /// dropped, though folding cannot produce that many).
        var length = 0
        var start = -1  // bytes of the word as written
        var end = -1
        var asWritten = true  // the folded bytes are the written ones
        var prefix: UInt8 = 0
        var hash = WordHash.seed
        var elongated = false
        var upper = 0
        var lower = 0
        var clause = 0
        var clauseAfterComma = false
        var hasNonASCII = false
        /// Inside a link, until the next space (``Token/isLink``).
        var inLink = false
        /// Where the current run of non-space bytes started: a link starts there.
        var chunkStart = 0

        init(bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>, annotate: Bool) {
            self.bytes = bytes
            self.scratch = scratch
            self.annotate = annotate
            tokens.reserveCapacity(bytes.count / 5 + 1)
        }

        @inline(__always) mutating func append(_ byte: UInt8) {
            guard length < scratch.count else { return }
            scratch[length] = byte
            length += 1
            hash = WordHash.step(hash, byte)
        }

        mutating func flush() {
            guard length > 0 else {
                prefix = 0
                start = -1
                return
            }
            let folded = UnsafeBufferPointer(rebasing: scratch[0..<length])
            let word = String(decoding: folded, as: UTF8.self)
            let original = asWritten ? word : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            hash = WordHash.finish(hash)
            if !elongated, length >= 3, hasNonASCII { elongated = hasElongation(word) }
            // Any negative contraction negates, listed or not ("mightn't"): read here, on the bytes, not on the word.
            let endsInNt =
                length >= 3 && scratch[length - 3] == 110 && scratch[length - 2] == 0x27 && scratch[length - 1] == 116
            tokens.append(
                Token(
                    text: word, original: original, isHashtag: prefix == 35, isHandle: prefix == 64, isUpperCase: upper >= 2 && lower == 0,
                    index: tokens.count, clause: clause, clauseAfterComma: clauseAfterComma,
                    facts: annotate ? Vocabulary.facts(hash: hash, endsInNt: endsInNt) : WordFacts(),
                    isElongated: elongated, isLink: inLink, hash: hash,
                    startsWithDigit: scratch[0] >= 48 && scratch[0] <= 57))
            length = 0
            hash = WordHash.seed
            elongated = false
            hasNonASCII = false
            start = -1
            asWritten = true
            prefix = 0
            upper = 0
            lower = 0
        }

        /// The scalar at `offset` and its length in bytes (U+FFFD, 1 for a stray byte).
        func scalar(at offset: Int) -> (Unicode.Scalar, Int) {
            let lead = bytes[offset]
            if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
            let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : (lead >= 0xC0 ? 2 : 1))
            guard length > 1, offset + length <= bytes.count else { return ("\u{FFFD}", 1) }
            var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            for next in 1..<length { value = value << 6 | (UInt32(bytes[offset + next]) & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }

        mutating func run() {
            let count = bytes.count
            var offset = 0
            while offset < count {
                let byte = bytes[offset]
                if byte < 0x80 {
                    if isASCIIWordByte(byte) {
                        if start < 0 {
                            start = offset
                            if offset == chunkStart, byte | 0x20 == 104 || byte | 0x20 == 119 { inLink = LanguageProfiles.startsLink(bytes, at: offset) }
                        }
                        end = offset + 1
                        var lowered = byte
                        if byte <= 90 && byte >= 65 {
                            upper += 1
                            asWritten = false
                            lowered = byte + 32
                        } else if byte >= 97 {
                            lower += 1
                        }
                        // Three equal ASCII letters in a row (other scripts are checked on the whole word).
                        if length >= 2, scratch[length - 1] == lowered, scratch[length - 2] == lowered { elongated = true }
                        append(lowered)
                        // The rest of a run of lower-case letters and digits, the common case, with nothing else to decide.
                        var next = offset + 1
                        while next < count, length < scratch.count {
                            let byte = bytes[next]
                            guard (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) else { break }
                            if byte >= 97 { lower += 1 }
                            if scratch[length - 1] == byte, length >= 2, scratch[length - 2] == byte { elongated = true }
                            scratch[length] = byte
                            length += 1
                            hash = WordHash.step(hash, byte)
                            next += 1
                        }
                        end = next
                        offset = next
                        continue
                    } else if byte == 0x27 {
                        if contraction(at: offset, length: 1) {
                            offset = resume
                            continue
                        }
                        flush()
                    } else if (byte == 35 || byte == 64), length == 0 {
                        prefix = byte
                    } else {
                        flush()
                        if byte == 32 || (byte >= 9 && byte <= 13) {
                            inLink = false
                            chunkStart = offset + 1
                        }
                        // , . ; : ! ? ( ) and a new line end a clause (a parenthesis is an aside of its own).
                        if byte == 44 || byte == 46 || byte == 59 || byte == 58 || byte == 33 || byte == 63 || byte == 10 || byte == 40 || byte == 41 {
                            clause += 1
                            clauseAfterComma = byte == 44
                        }
                    }
                    offset += 1
                    continue
                }
                let (current, size) = scalar(at: offset)
                if isWordScalar(current) {
                    if start < 0 { start = offset }
                    end = offset + size
                    if current.properties.isUppercase { upper += 1 } else if current.properties.isLowercase { lower += 1 }
                    asWritten = false
                    let before = length
                    appendFolded(nonASCII: current)
                    for index in before..<length {
                        if scratch[index] >= 0x80 {
                            hasNonASCII = true
                        } else if index >= 2, scratch[index - 1] == scratch[index], scratch[index - 2] == scratch[index] {
                            elongated = true
                        }
                    }
                } else if current == "\u{2019}" {
                    if contraction(at: offset, length: size) {
                        offset = resume
                        continue
                    }
                    flush()
                } else {
                    flush()
                }
                offset += size
            }
            flush()
        }

        /// English "n't" at the apostrophe at `offset`: keeps the contraction whole so negation sees it, and moves
        /// `offset`'s reader past it (returns `true`).
        mutating func contraction(at offset: Int, length: Int) -> Bool {
            let count = bytes.count
            let next = offset + length < count ? scalar(at: offset + length) : (" ", 1)
            let afterNext = offset + length + next.1 < count ? scalar(at: offset + length + next.1).0 : " "
            guard self.length > 0, next.0 == "t" || next.0 == "T", !isWordScalar(afterNext), scratch[self.length - 1] == 110 else {
                return false
            }
            append(0x27)
            append(116)
            if bytes[offset] != 0x27 || next.0 == "T" { asWritten = false }
            end = offset + length + 1
            resume = end
            return true
        }
        /// Where ``run()`` goes on after a contraction.
        var resume = 0

        /// Appends the folded UTF-8 of a non-ASCII scalar.
        mutating func appendFolded(nonASCII scalar: Unicode.Scalar) {
            let value = scalar.value
            if value >= 0xC0 && value < 0x180, let folded = latinFoldingBytes[Int(value - 0xC0)] {
                for byte in folded { append(byte) }
                return
            }
            if let folded = latinFolding[value] {
                for byte in folded.utf8 { append(byte) }
                return
            }
            if (0x0300...0x036F).contains(value) { return }  // combining accents
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                for byte in UTF8.encode(lower)! { append(byte) }
            }
        }
    }

    static func isASCIIWordByte(_ v: UInt8) -> Bool {
        (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || (0x0300...0x036F).contains(scalar.value)
    }

    /// Whether a byte of `text`'s UTF-8 satisfies `predicate` (a scan of contiguous bytes, not of a `String` view).
    @inline(__always) public static func containsByte(_ text: String, where predicate: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? text.utf8.contains(where: predicate)
    }

    /// How many bytes of `text`'s UTF-8 are `byte`.
    public static func count(_ byte: UInt8, in text: String) -> Int {
        func count(_ bytes: some Sequence<UInt8>) -> Int {
            var total = 0
            for candidate in bytes where candidate == byte { total += 1 }
            return total
        }
        return text.utf8.withContiguousStorageIfAvailable(count) ?? count(text.utf8)
    }

    /// Whether `text` contains the ASCII `needle` (byte search, no Unicode segmentation); `ignoringCase` folds A–Z.
    public static func containsASCII(_ text: String, _ needle: String, ignoringCase: Bool = false) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        func lower(_ byte: UInt8) -> UInt8 { ignoringCase && byte >= 65 && byte <= 90 ? byte + 32 : byte }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where lower(bytes[start]) == first {
                var offset = 1
                while offset < pattern.count, lower(bytes[start + offset]) == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            return false
        }
    }

    /// Collapses letters repeated three times or more (`trooop` → `trop`, `nuuuul` → `nul`); `nil` when nothing was.
    public static func collapsingElongation(_ word: String) -> String? {
        guard hasElongation(word) else { return nil }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        var run = 0
        var changed = false
        for scalar in word.unicodeScalars {
            if scalar == previous {
                run += 1
                if run >= 2 {
                    changed = true
                    continue
                }
            } else {
                run = 0
            }
            previous = scalar
            result.append(scalar)
        }
        guard changed else { return nil }
        return String(result)
    }

    /// Whether a letter is repeated three times or more (no allocation: most words are not elongated).
    static func hasElongation(_ word: String) -> Bool {
        var previous: Unicode.Scalar = "\u{0}"
        var run = 0
        for scalar in word.unicodeScalars {
            if scalar == previous {
                run += 1
                if run >= 2 { return true }
            } else {
                run = 0
                previous = scalar
            }
        }
        return false
    }

    /// Spellings an elongated word may stand for: repeats cut to two letters (`coool` → `cool`), then to one
    /// (`trooop` → `trop`). Empty when the word has no letter repeated three times.
    public static func elongationVariants(_ word: String) -> [String] {
        guard let doubled = collapsingElongation(word) else { return [] }
        var single = String.UnicodeScalarView()
        for scalar in doubled.unicodeScalars where single.last != scalar { single.append(scalar) }
        let singled = String(single)
        return singled == doubled ? [doubled] : [doubled, singled]
    }

    static let latinFolding: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"), ("ďđ", "d"), ("ĎĐ", "d"),
            ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "g"), ("ĥħ", "h"), ("ĤĦ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("ĵ", "j"), ("Ĵ", "j"), ("ķ", "k"), ("Ķ", "k"), ("ĺļľŀł", "l"),
            ("ĹĻĽĿŁ", "l"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "n"), ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗř", "r"),
            ("ŔŖŘ", "r"), ("śŝşš", "s"), ("ŚŜŞŠ", "s"), ("ţťŧ", "t"), ("ŢŤŦ", "t"), ("ùúûüũūŭůűų", "u"),
            ("ÙÚÛÜŨŪŬŮŰŲ", "u"), ("ŵ", "w"), ("Ŵ", "w"), ("ýÿŷ", "y"), ("ÝŸŶ", "y"), ("źżž", "z"), ("ŹŻŽ", "z"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = base }
        }
        table[0x00E6] = "ae"
        table[0x00C6] = "ae"
        table[0x0153] = "oe"
        table[0x0152] = "oe"
        table[0x00DF] = "ss"
        table[0x2019] = "'"
        return table
    }()

    /// ``latinFolding`` for U+00C0…U+017F as UTF-8, indexed by `scalar - 0xC0`.
    static let latinFoldingBytes: [[UInt8]?] = (0xC0..<0x180).map { value in latinFolding[UInt32(value)].map { Array($0.utf8) } }
}
