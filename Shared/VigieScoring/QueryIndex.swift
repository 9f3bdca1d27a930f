/// Many queries compiled into one matcher: a mention is tested only against the queries that one of its words can
/// satisfy, so the cost per mention grows with its words, not with the number of projects.
///
/// Each query gets anchors — words (or prefixes) of which at least one must be in any matching text: a term anchors
/// on itself, a phrase on its first word, `a AND b` on the anchors of one operand, `a OR b` on the anchors of both.
/// A query that can match without any word (e.g. `acme OR lang:fr`) has no anchor and is always tested.
public struct QueryIndex<Payload: Sendable>: Sendable {
    public let entries: [(query: Query, payload: Payload)]
    private var words = WordTable<[Int]>([:])
    private var prefixes: [String: [Int]] = [:]
    private var prefixLengths: [Int] = []
    private var unanchored: [Int] = []

    public init(_ entries: [(query: Query, payload: Payload)]) {
        self.entries = entries
        var lengths = Set<Int>()
        var words: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            guard let anchors = Self.anchors(entry.query.root) else {
                unanchored.append(index)
                continue
            }
            for anchor in anchors {
                switch anchor {
                case .word(let word): words[word, default: []].append(index)
                case .prefix(let stem):
                    prefixes[stem, default: []].append(index)
                    lengths.insert(stem.count)
                }
            }
        }
        prefixLengths = lengths.sorted()
        self.words = WordTable(words)
    }

    enum Anchor: Hashable {
        case word(String)
        case prefix(String)
    }

    /// The anchors of a node, or `nil` when it can match without any word.
    static func anchors(_ node: QueryNode) -> Set<Anchor>? {
        switch node {
        case .term(let word): return [.word(word)]
        case .prefix(let stem): return [.prefix(stem)]
        case .phrase(let words): return words.first.map { [.word($0)] }
        case .near(let left, _, _): return anchors(left)
        case .field, .followers, .not: return nil
        case .and(let nodes):
            // Any required operand will do: take the one with the fewest anchors.
            return nodes.compactMap(anchors).min { $0.count < $1.count }
        case .or(let nodes):
            var union = Set<Anchor>()
            for node in nodes {
                guard let set = anchors(node) else { return nil }
                union.formUnion(set)
            }
            return union
        }
    }

    /// Indices of the entries that may match `document`, in order.
    public func candidates(_ document: MatchDocument) -> [Int] {
        var found = Set<Int>(unanchored)
        for (word, hash) in zip(document.words, document.hashes) {
            if let hits = words.value(for: word, hash: hash) { found.formUnion(hits) }
            if let shortest = prefixLengths.first, word.utf8.count >= shortest {
                let characters = word.count
                for length in prefixLengths where length <= characters {
                    if let hits = prefixes[String(word.prefix(length))] { found.formUnion(hits) }
                }
            }
        }
        return found.sorted()
    }

    /// The entries matching `document`, with the terms that matched.
    public func matches(_ document: MatchDocument) -> [(payload: Payload, matched: [String])] {
        candidates(document).compactMap { index in
            var matched: [String] = []
            guard entries[index].query.matches(document, matched: &matched) else { return nil }
            return (entries[index].payload, matched)
        }
    }
}
