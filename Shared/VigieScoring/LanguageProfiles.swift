/// Character n-gram frequencies (one to three letters, a word's edges included) of the languages of
/// ``LanguageDetector/supported``, from langdetect's Wikipedia profiles (`scripts/generate-language-profiles.py`):
/// a naive Bayes reading of the letters, for the texts whose function words do not decide — the short ones
/// ("Pésimo servicio", "Klantenservice is waardeloos"), which have few or none.
///
/// Like langdetect, letters are lower-cased but keep their accents, anything else is a word's edge, and an n-gram
/// never spans two words (" ab", "abc", "bc "). Handles, hashtags and links are left out: names and English tags
/// say nothing of the language of the sentence around them.
struct LanguageProfiles: Sendable {
    static let shared = LanguageProfiles(LanguageProfileData.ngrams)

    /// Open addressing by packed n-gram (0: empty slot); `values[slot]` holds the n-gram's log frequency in each
    /// language (one vector: a found n-gram is one addition).
    private var keys: [UInt64]
    private var values: [SIMD8<Float>]
    private let mask: Int
    static let languages = LanguageDetector.supported.count
    /// Texts are read up to this many bytes (a long text's first sentences tell its language).
    static let readLimit = 1_000

    init(_ data: String) {
        var entries: [(UInt64, SIMD8<Float>)] = []
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let logs = fields[1].split(separator: " ").compactMap { Int($0).map { Float($0) / 1000 } }
            precondition(
                logs.count == Self.languages && Self.languages <= 8,
                "LanguageProfiles: \(line) does not have \(Self.languages) values")
            var vector = SIMD8<Float>(repeating: 0)
            for (index, log) in logs.enumerated() { vector[index] = log }
            var key: UInt64 = 0
            for scalar in fields[0].unicodeScalars { key = Self.append(scalar == "_" ? 0x20 : scalar.value, to: key) }
            entries.append((key, vector))
        }
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        mask = capacity - 1
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: SIMD8(repeating: 0), count: capacity)
        for (key, vector) in entries {
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = vector
        }
    }

    /// An n-gram as an integer: 21 bits per scalar, the first one highest (never 0, so " a" and "a" differ).
    @inline(__always) static func append(_ scalar: UInt32, to key: UInt64) -> UInt64 { key << 21 | UInt64(scalar) }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Adds to `totals` (one per language) the log likelihood of the text's n-grams that some profile keeps.
    /// - Returns: How many such n-grams the text has, and how many letters were read.
    func score(_ text: String, into totals: UnsafeMutableBufferPointer<Double>) -> (ngrams: Int, letters: Int) {
        var text = text
        let latinLetters = Self.latinLetters  // read once (each read of a global checks that it is initialised)
        let (sum, found, letters) = text.withUTF8 { bytes in
            keys.withUnsafeBufferPointer { keys in
                values.withUnsafeBufferPointer { values in
                    latinLetters.withUnsafeBufferPointer { latin in
                        Self.read(bytes.prefix(Self.readLimit), keys: keys, values: values, mask: mask, latin: latin)
                    }
                }
            }
        }
        for index in 0..<Self.languages { totals[index] += Double(sum[index]) }
        return (found, letters)
    }

    /// The sum of the log frequencies of the n-grams of `bytes` found in the table, their count, and the letters read.
    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>.SubSequence, keys: UnsafeBufferPointer<UInt64>,
        values: UnsafeBufferPointer<SIMD8<Float>>,
        mask: Int, latin: UnsafeBufferPointer<UInt32>
    ) -> (SIMD8<Float>, Int, Int) {
        var sum = SIMD8<Float>(repeating: 0)
        var found = 0
        var letters = 0
        @inline(__always) func add(_ key: UInt64) {
            var slot = Self.slot(key, mask)
            while true {
                let candidate = keys[slot]
                if candidate == key {
                    sum += values[slot]
                    found += 1
                    return
                }
                if candidate == 0 { return }
                slot = (slot + 1) & mask
            }
        }
        /// The n-grams that end at a word's edge after `second` (and `first`).
        @inline(__always) func edge(_ first: UInt32, _ second: UInt32) {
            add(Self.append(0x20, to: UInt64(second)))
            if first != 0 { add(Self.append(0x20, to: Self.append(second, to: UInt64(first)))) }
        }
        let base = UnsafeBufferPointer(rebasing: bytes)
        // The last two characters read (0x20: a word's edge; 0: none yet).
        var first: UInt32 = 0
        var second: UInt32 = 0x20
        var skipping = false
        var previousWasSpace = true
        var offset = 0
        while offset < base.count {
            let (scalar, size) = Self.scalar(in: base, at: offset)
            let isSpace =
                scalar < 0x80
                ? (scalar == 32 || (scalar >= 9 && scalar <= 13))
                : Unicode.Scalar(scalar)?.properties.isWhitespace ?? false
            if previousWasSpace && !isSpace {
                // A handle, a hashtag or a link is skipped whole.
                skipping = scalar == 64 || scalar == 35 || Self.startsLink(base, at: offset)
            }
            previousWasSpace = isSpace
            offset += size
            if isSpace { skipping = false }
            let character = skipping || isSpace ? 0x20 : Self.letter(scalar, latin: latin)
            if character == 0x20 {
                if second == 0x20 { continue }  // one edge between two words, however many spaces
                edge(first, second)
                first = 0
                second = 0x20
                continue
            }
            letters += 1
            add(UInt64(character))
            add(Self.append(character, to: UInt64(second)))
            if first != 0 { add(Self.append(character, to: Self.append(second, to: UInt64(first)))) }
            first = second
            second = character
        }
        if second != 0x20 { edge(first, second) }
        return (sum, found, letters)
    }

    /// The scalar at `offset` of valid UTF-8 (a `String`'s) and its length in bytes.
    @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        guard offset + length <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
        for next in 1..<length { value = value << 6 | (UInt32(bytes[offset + next]) & 0x3F) }
        return (value, length)
    }

    /// `http` or `www.` at `offset` (any case).
    static func startsLink(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        func matches(_ word: StaticString) -> Bool {
            guard offset + word.utf8CodeUnitCount <= bytes.count else { return false }
            for index in 0..<word.utf8CodeUnitCount where bytes[offset + index] | 0x20 != word.utf8Start[index] {
                return false
            }
            return true
        }
        return matches("http") || matches("www.")
    }

    /// The lower case of a letter (accents kept), 0x20 (a word's edge) for anything else; `latin` is ``latinLetters``.
    @inline(__always) static func letter(_ value: UInt32, latin: UnsafeBufferPointer<UInt32>) -> UInt32 {
        if value < 0x80 {
            if value >= 97 && value <= 122 { return value }
            if value >= 65 && value <= 90 { return value + 32 }
            return 0x20
        }
        if value < 0x250 { return latin[Int(value)] }
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return 0x20 }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : value
    }

    /// ``letter(_:latin:)`` of U+0000…U+024F (ASCII and the Latin letters of Western languages), looked up.
    static let latinLetters: [UInt32] = (0..<0x250).map { (value: UInt32) -> UInt32 in
        guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return 0x20 }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : value
    }
}
