/// A read-only open-addressing table from folded words to values, probed with the word's FNV-1a hash — which the
/// tokenizer computes while it folds, so that looking a token up costs no second pass over its bytes (Swift's
/// `Dictionary` hashes every key again with SipHash, the largest cost of scoring before this table).
struct WordTable<Value: Sendable>: Sendable {
    /// Open addressing: each slot packs the upper half of a key's hash and its entry's position + 1 (0: empty), so a
    /// probe reads 8 bytes; the entry keeps its key and value side by side. A lookup that finds its word touches two
    /// places in memory, not four (the tokenizer's lookups are mostly cache misses on a table this size).
    private var slots: [UInt64]
    private var entries: [Entry]
    private let mask: Int

    private struct Entry: Sendable {
        let key: String
        let value: Value
    }

    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slots = Array(repeating: 0, count: capacity)
        self.entries = []
        self.entries.reserveCapacity(entries.count)
        for (key, value) in entries {
            let hash = Self.hash(key)
            var slot = Self.slot(hash, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.pack(hash, entry: self.entries.count)
            self.entries.append(Entry(key: key, value: value))
        }
    }

    /// The value of `word`, whose ``hash(_:)`` is `hash`.
    func value(for word: String, hash: UInt64) -> Value? { probe(hash) { $0 == word } }

    /// The value of the word whose UTF-8 is `bytes` and whose ``hash(_:)`` is `hash` (no `String` built).
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? { probe(hash) { $0.utf8.elementsEqual(bytes) } }

    /// The value of the key with `hash` for which `isKey` holds: the fingerprint skips other slots, the key decides.
    @inline(__always) private func probe(_ hash: UInt64, _ isKey: (String) -> Bool) -> Value? {
        let fingerprint = hash >> 32
        var slot = Self.slot(hash, mask)
        while true {
            let packed = slots[slot]
            if packed == 0 { return nil }
            if packed >> 32 == fingerprint {
                let entry = entries[Int(packed & 0xFFFF_FFFF) - 1]
                if isKey(entry.key) { return entry.value }
            }
            slot = (slot + 1) & mask
        }
    }

    func value(for word: String) -> Value? { value(for: word, hash: Self.hash(word)) }

    private static func pack(_ hash: UInt64, entry: Int) -> UInt64 { (hash >> 32) << 32 | UInt64(entry + 1) }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask }

    static func hash(_ word: String) -> UInt64 { WordHash.of(word) }
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
