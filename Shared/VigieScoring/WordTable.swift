/// A read-only open-addressing table from folded words to values, probed with the word's FNV-1a hash — which the
/// tokenizer computes while it folds, so that looking a token up costs no second pass over its bytes (Swift's
/// `Dictionary` hashes every key again with SipHash, the largest cost of scoring before this table).
///
/// A slot holds the whole 64-bit hash of its word next to the value, and a word is recognised by its hash: a lookup
/// reads one place in memory (mostly a cache miss on the vocabulary's table, the tokenizer's largest cost). The
/// keys are not kept. Two keys that share a hash (FNV-1a is no cryptographic hash: words can be made to collide) get
/// the values combined, for tables whose values are candidates checked afterwards (the query index, cue phrases);
/// the vocabulary, built from the bundled lists, refuses to build. An unknown word shares the hash of a known one
/// with a probability of about one in 10¹⁵ (16 000 words in 2⁶⁴ hashes).
struct WordTable<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        /// ``WordHash`` of the slot's word; 0 for an empty slot (``WordHash/finish(_:)`` never gives 0).
        var hash: UInt64
        var value: Value
    }
    private var slots: [Slot]
    private let mask: Int

    /// `filler` is the value of empty slots (never returned); `combining` merges the values of keys sharing a hash
    /// (without it, such keys stop the program). `hashing` is ``WordHash/of(_:)`` but in tests of collisions.
    /// `mostlyMissed`: a table probed mostly for keys it lacks (phrases by their first two words) keeps at most half
    /// its slots used — a miss walks its run to an empty slot, about 6 slots at 70 % full against 2.5 at 50 %.
    init(
        _ entries: [String: Value], filler: Value, combining: ((Value, Value) -> Value)? = nil,
        mostlyMissed: Bool = false, hashing: (String) -> UInt64 = WordHash.of
    ) {
        // At most three slots in four used: runs of linear probing stay short, the table small.
        var capacity = 16
        while capacity * 3 < entries.count * 4 || (mostlyMissed && capacity < entries.count * 2) { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: Slot(hash: 0, value: filler), count: capacity)
        for (key, value) in entries {
            let hash = WordHash.finish(hashing(key))
            var slot = Self.slot(hash, mask)
            while slots[slot].hash != 0 && slots[slot].hash != hash { slot = (slot + 1) & mask }
            if slots[slot].hash == hash {
                guard let combining else { preconditionFailure("WordTable: two keys share the hash of \(key)") }
                slots[slot].value = combining(slots[slot].value, value)
            } else {
                slots[slot] = Slot(hash: hash, value: value)
            }
        }
    }

    /// The value of the word whose ``WordHash`` is `hash`.
    @inline(__always) func value(hash: UInt64) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(hash, mask)
            while true {
                let found = slots[slot].hash
                if found == hash { return slots[slot].value }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    func value(for word: String) -> Value? { value(hash: Self.hash(word)) }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    static func hash(_ word: String) -> UInt64 { WordHash.of(word) }
}

extension WordTable where Value == [Int] {
    /// Candidates (positions) by word: words sharing a hash share their candidates, which the caller checks.
    init(_ entries: [String: [Int]]) { self.init(entries, filler: [], combining: +) }
}

/// FNV-1a (64 bits) of a folded word's UTF-8 bytes, never 0.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// One FNV-1a step.
    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    /// The final value (0 marks an empty slot of a ``WordTable``).
    @inline(__always) static func finish(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    static func of(_ word: String) -> UInt64 {
        var hash = seed
        for byte in word.utf8 { hash = step(hash, byte) }
        return finish(hash)
    }
}

/// A bitmap of word hashes (one bit per hash, 16 KiB: it stays in the processor's first-level cache) that says
/// when a word is certainly not in a table, so that the common case — a word of the text that is in no query —
/// costs a bit test instead of a cache-missing probe of the table.
struct HashFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: HashFilter.words)
    private static let words = 2048
    private static let mask = UInt64(words * 64 - 1)

    init(_ hashes: some Sequence<UInt64>) {
        for hash in hashes {
            let bit = Self.bit(hash)
            bits[Int(bit >> 6)] |= 1 << (bit & 63)
        }
    }

    /// `false`: no hash given to ``init(_:)`` equals `hash`; `true`: one may.
    @inline(__always) func mayContain(_ hash: UInt64) -> Bool {
        let bit = Self.bit(hash)
        return bits.withUnsafeBufferPointer { $0[Int(bit >> 6)] } & (1 << (bit & 63)) != 0
    }

    /// High bits of the hash: the table's slot comes from the low ones.
    @inline(__always) private static func bit(_ hash: UInt64) -> UInt64 { (hash >> 40) & mask }
}

/// A set of folded words asked about tokens: a bit filter of their hashes answers most misses with one bit test, before
/// the set hashes the string (rules that look at every scored word's neighbours ask it several times a word).
struct FilteredWordSet: Sendable {
    let words: Set<String>
    private let filter: HashFilter
    /// The words by ``WordHash``: a word the filter lets through (a member, mostly) is confirmed by one probe of the
    /// hash the tokenizer computed, not by hashing its text again (as the vocabulary is: two words sharing a 64-bit
    /// hash would be refused when the table is built).
    private let table: WordTable<Bool>

    init(_ words: Set<String>) {
        self.words = words
        filter = HashFilter(words.map(WordHash.of))
        table = WordTable(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }), filler: false)
    }

    // (No `contains(_ token:)`: a token passed by value is copied, strings and all — a tenth of the scorer's time once,
    // measured with `perf` in the thirtieth session. Ask by `tokens[i].hash`.)

    @inline(__always) func contains(hash: UInt64) -> Bool {
        filter.mayContain(hash) && table.value(hash: hash) != nil
    }

    /// The position of the first token that is one of the words, read by index and hash (as ``containsAny(of:)``).
    func firstIndex(in tokens: [TextNormalizer.Token]) -> Int? {
        tokens.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where contains(hash: buffer[index].hash) { return index }
            return nil
        }
    }

    /// Whether any of the tokens is one of the words — read by index and hash (`contains(where:)` on the array copied
    /// every token, strings and all, to its closure: 2 % of scoring in a check run on every text).
    func containsAny(of tokens: [TextNormalizer.Token]) -> Bool {
        firstIndex(in: tokens) != nil
    }
}
