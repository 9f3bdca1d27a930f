/// A read-only open-addressing table from folded words to values, probed with the word's FNV-1a hash — which the
/// tokenizer computes while it folds, so that looking a token up costs no second pass over its bytes (Swift's
/// `Dictionary` hashes every key again with SipHash, the largest cost of scoring before this table).
struct WordTable<Value: Sendable>: Sendable {
    /// Open addressing over the hashes (0: empty slot), each slot pointing into the dense `keys` and `values`: the
    /// probed array is small (8 bytes a slot) and the entries are not spread over twice as many slots as they fill,
    /// so more of the table stays in the cache.
    private var hashes: [UInt64]
    private var entries: [Int32]
    private var keys: [String]
    private var values: [Value]
    private let mask: Int

    init(_ entries: [String: Value]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity *= 2 }
        mask = capacity - 1
        hashes = Array(repeating: 0, count: capacity)
        self.entries = Array(repeating: -1, count: capacity)
        keys = []
        values = []
        keys.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        for (key, value) in entries {
            let hash = Self.hash(key)
            var slot = Self.slot(hash, mask)
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            self.entries[slot] = Int32(keys.count)
            keys.append(key)
            values.append(value)
        }
    }

    /// The value of `word`, whose ``hash(_:)`` is `hash`.
    func value(for word: String, hash: UInt64) -> Value? {
        var slot = Self.slot(hash, mask)
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash {
                let entry = Int(entries[slot])
                if keys[entry] == word { return values[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value of the word whose UTF-8 is `bytes` and whose ``hash(_:)`` is `hash` (no `String` built).
    func value(forBytes bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        var slot = Self.slot(hash, mask)
        while true {
            let stored = hashes[slot]
            if stored == 0 { return nil }
            if stored == hash {
                let entry = Int(entries[slot])
                if keys[entry].utf8.elementsEqual(bytes) { return values[entry] }
            }
            slot = (slot + 1) & mask
        }
    }

    func value(for word: String) -> Value? { value(for: word, hash: Self.hash(word)) }

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
