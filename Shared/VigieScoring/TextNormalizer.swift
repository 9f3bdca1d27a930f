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
    }

    /// Lower case without accents.
    public static func fold(_ text: String) -> String {
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

    /// Splits a text into word tokens (letters and digits, with `#`/`@` prefixes noted). Apostrophes split French
    /// elisions (`l'avion` → `l`, `avion`) but keep English negative contractions whole (`can't`).
    public static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        var original = String.UnicodeScalarView()
        var prefix: Unicode.Scalar?
        var upper = 0
        var lower = 0
        var clause = 0

        func flush() {
            guard !current.isEmpty else {
                prefix = nil
                return
            }
            tokens.append(
                Token(
                    text: String(current), original: String(original), isHashtag: prefix == "#", isHandle: prefix == "@",
                    isUpperCase: upper >= 2 && lower == 0, index: tokens.count, clause: clause))
            current = String.UnicodeScalarView()
            original = String.UnicodeScalarView()
            prefix = nil
            upper = 0
            lower = 0
        }

        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                if scalar.value < 0x80 {
                    if scalar.value >= 65 && scalar.value <= 90 { upper += 1 } else if scalar.value >= 97 && scalar.value <= 122 { lower += 1 }
                } else if scalar.properties.isUppercase {
                    upper += 1
                } else if scalar.properties.isLowercase {
                    lower += 1
                }
                appendFolded(scalar, to: &current)
                original.append(scalar)
            } else if (scalar == "'" || scalar == "’"), !current.isEmpty, index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                // English "n't": keep the contraction whole so negation sees it.
                let next = scalars[index + 1]
                let afterNext = index + 2 < scalars.count ? scalars[index + 2] : " "
                if (next == "t" || next == "T"), !isWordScalar(afterNext), current.last == "n" {
                    current.append(contentsOf: "'t".unicodeScalars)
                    original.append(scalar)
                    original.append(next)
                    index += 2
                    continue
                }
                flush()
            } else if (scalar == "#" || scalar == "@"), current.isEmpty {
                prefix = scalar
            } else {
                flush()
                if scalar == "," || scalar == "." || scalar == ";" || scalar == ":" || scalar == "!" || scalar == "?" || scalar == "\n" {
                    clause += 1
                }
            }
            index += 1
        }
        flush()
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let v = scalar.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 95
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || (0x0300...0x036F).contains(scalar.value)
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
}
