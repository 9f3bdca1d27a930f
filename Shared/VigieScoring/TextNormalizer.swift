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
        /// Clause number: punctuation (`, . ; : ! ?`) starts a new clause; negation does not cross it.
        public var clause: Int = 0
        /// What the scorer knows about the word (one lookup, at tokenisation).
        public var facts = WordFacts()
        /// A letter of the folded word is repeated three times or more ("trooop").
        public var isElongated = false
        /// ``WordHash`` of `text`, for the scorer's tables.
        var hash: UInt64 = 0
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

    /// Appends the folded UTF-8 of a non-ASCII scalar.
    static func appendFolded(nonASCII scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value >= 0xC0 && value < 0x180, let folded = latinFoldingBytes[Int(value - 0xC0)] {
            bytes.append(contentsOf: folded)
            return
        }
        if let folded = latinFolding[value] {
            bytes.append(contentsOf: folded.utf8)
            return
        }
        if (0x0300...0x036F).contains(value) { return }  // combining accents
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { bytes.append(contentsOf: UTF8.encode(lower)!) }
    }

    /// Splits a text into word tokens (letters and digits, with `#`/`@` prefixes noted), each with the
    /// ``WordFacts`` the scorer knows about it. Apostrophes split French elisions (`l'avion` → `l`, `avion`) but
    /// keep English negative contractions whole (`can't`).
    public static func tokenize(_ text: String) -> [Token] { tokenize(text, annotate: true) }

    /// The folded words of a text, without looking them up (what the vocabulary itself is built with).
    static func foldedWords(_ text: String) -> [String] { tokenize(text, annotate: false).map(\.text) }

    /// One pass over the UTF-8 bytes: ASCII is folded in place, other scalars are decoded and folded one by one.
    static func tokenize(_ text: String, annotate: Bool) -> [Token] {
        var text = text
        return text.withUTF8 { bytes -> [Token] in
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5 + 1)
            var folded: [UInt8] = []
            folded.reserveCapacity(32)
            var start = -1  // bytes of the word as written
            var end = -1
            var asWritten = true  // the folded bytes are the written ones
            var prefix: UInt8 = 0
            var hash = WordHash.seed
            var elongated = false
            var upper = 0
            var lower = 0
            var clause = 0
            let count = bytes.count

            func flush() {
                guard !folded.isEmpty else {
                    prefix = 0
                    start = -1
                    return
                }
                let word = String(decoding: folded, as: UTF8.self)
                let original = asWritten ? word : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                hash = WordHash.finish(hash)
                if !elongated, folded.count >= 3, folded.contains(where: { $0 >= 0x80 }) { elongated = hasElongation(word) }
                tokens.append(
                    Token(
                        text: word, original: original, isHashtag: prefix == 35, isHandle: prefix == 64, isUpperCase: upper >= 2 && lower == 0,
                        index: tokens.count, clause: clause, facts: annotate ? Vocabulary.facts(of: word, hash: hash) : WordFacts(),
                        isElongated: elongated, hash: hash))
                folded.removeAll(keepingCapacity: true)
                hash = WordHash.seed
                elongated = false
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
                guard length > 1, offset + length <= count else { return ("\u{FFFD}", 1) }
                var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
                for next in 1..<length { value = value << 6 | (UInt32(bytes[offset + next]) & 0x3F) }
                return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
            }

            var offset = 0
            while offset < count {
                let byte = bytes[offset]
                let (current, length) = byte < 0x80 ? (Unicode.Scalar(byte), 1) : scalar(at: offset)
                if byte < 0x80 ? isASCIIWordByte(byte) : isWordScalar(current) {
                    if start < 0 { start = offset }
                    end = offset + length
                    if byte < 0x80 {
                        var lowered = byte
                        if byte >= 65 && byte <= 90 {
                            upper += 1
                            asWritten = false
                            lowered = byte + 32
                        } else if byte >= 97 && byte <= 122 {
                            lower += 1
                        }
                        // Three equal ASCII letters in a row (other scripts are checked on the whole word).
                        let size = folded.count
                        if size >= 2, folded[size - 1] == lowered, folded[size - 2] == lowered { elongated = true }
                        folded.append(lowered)
                        hash = WordHash.step(hash, lowered)
                    } else {
                        if current.properties.isUppercase { upper += 1 } else if current.properties.isLowercase { lower += 1 }
                        asWritten = false
                        let size = folded.count
                        appendFolded(nonASCII: current, to: &folded)
                        for index in size..<folded.count {
                            if index >= 2, folded[index - 1] == folded[index], folded[index - 2] == folded[index], folded[index] < 0x80 { elongated = true }
                            hash = WordHash.step(hash, folded[index])
                        }
                    }
                } else if byte == 0x27 || current == "\u{2019}" {
                    // English "n't": keep the contraction whole so negation sees it.
                    let next = offset + length < count ? scalar(at: offset + length) : (" ", 1)
                    let afterNext = offset + length + next.1 < count ? scalar(at: offset + length + next.1).0 : " "
                    if !folded.isEmpty, next.0 == "t" || next.0 == "T", !isWordScalar(afterNext), folded.last == 110 {
                        folded.append(0x27)
                        folded.append(116)
                        hash = WordHash.step(WordHash.step(hash, 0x27), 116)
                        if byte != 0x27 || next.0 == "T" { asWritten = false }
                        end = offset + length + 1
                        offset = end
                        continue
                    }
                    flush()
                } else if (byte == 35 || byte == 64), folded.isEmpty {
                    prefix = byte
                } else {
                    flush()
                    // , . ; : ! ? and a new line end a clause.
                    if byte == 44 || byte == 46 || byte == 59 || byte == 58 || byte == 33 || byte == 63 || byte == 10 { clause += 1 }
                }
                offset += length
            }
            flush()
            return tokens
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
