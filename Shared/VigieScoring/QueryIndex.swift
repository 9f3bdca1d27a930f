/// Many queries compiled into one matcher: a mention is tested only against the queries that one of its words can
/// satisfy, so the cost per mention grows with its words, not with the number of projects.
///
/// Each query gets anchors — words (or prefixes) of which at least one must be in any matching text: a term anchors
/// on itself, a phrase on its first word, `a AND b` on the anchors of one operand, `a OR b` on the anchors of both.
/// A query that can match without any word (e.g. `acme OR lang:fr`) has no anchor and is always tested.
///
/// Entries are known by their position in the array given to ``init(_:)`` (the caller keeps what they stand for):
/// the index is not generic, so matching runs specialised code, with no generic metadata looked up per mention.
/// A class: matching through a reference held elsewhere does not copy (retain and release) its tables each time.
public final class QueryIndex: Sendable {
    public let queries: [Query]
    private let words: WordTable<[Int]>
    private let prefixes: WordTable<[Int]>
    /// The hashes of the words and stems: most words of a text are in no query, and most are ruled out here.
    private let wordFilter: HashFilter
    private let prefixFilter: HashFilter
    /// The stems' lengths in UTF-8 bytes, ascending.
    private let prefixLengths: [Int]
    private let unanchored: [Int]

    public init(_ queries: [Query]) {
        self.queries = queries
        var unanchored: [Int] = []
        var lengths = Set<Int>()
        var words: [String: [Int]] = [:]
        var prefixes: [String: [Int]] = [:]
        for (index, query) in queries.enumerated() {
            guard let anchors = Self.anchors(query.root) else {
                unanchored.append(index)
                continue
            }
            for anchor in anchors {
                switch anchor {
                case .word(let word): words[word, default: []].append(index)
                case .prefix(let stem):
                    prefixes[stem, default: []].append(index)
                    lengths.insert(stem.utf8.count)
                }
            }
        }
        self.unanchored = unanchored
        prefixLengths = lengths.sorted()
        self.words = WordTable(words)
        self.prefixes = WordTable(prefixes)
        wordFilter = HashFilter(words.keys.map(WordHash.of))
        prefixFilter = HashFilter(prefixes.keys.map(WordHash.of))
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

    /// Indices of the entries that may match `document`, in order. Words and stems are probed with their
    /// ``WordHash``: a stem's hash is the word's hash part-way through its bytes, so prefixes cost no new string.
    public func candidates(_ document: MatchDocument) -> [Int] {
        var found = unanchored
        let shortest = prefixLengths.first ?? Int.max
        for index in document.tokens.indices {
            var word = document.word(index)
            let hash = document.hash(index)
            if wordFilter.mayContain(hash), let hits = words.value(hash: hash) { found.append(contentsOf: hits) }
            guard word.utf8.count >= shortest else { continue }
            word.withUTF8 { bytes in
                var partial = WordHash.seed
                var hashed = 0
                for length in prefixLengths {
                    guard length <= bytes.count else { break }
                    while hashed < length {
                        partial = WordHash.step(partial, bytes[hashed])
                        hashed += 1
                    }
                    let stemHash = WordHash.finish(partial)
                    guard prefixFilter.mayContain(stemHash) else { continue }
                    if let hits = prefixes.value(hash: stemHash) { found.append(contentsOf: hits) }
                }
            }
        }
        guard found.count > 1 else { return found }
        found.sort()
        var unique = 0
        for index in found.indices where index == 0 || found[index] != found[unique - 1] {
            found[unique] = found[index]
            unique += 1
        }
        found.removeLast(found.count - unique)
        return found
    }

    /// The entries (positions in ``queries``) matching `document`, in order, with the terms that matched.
    public func matches(_ document: MatchDocument) -> [(entry: Int, matched: [String])] {
        var result: [(entry: Int, matched: [String])] = []
        for index in candidates(document) {
            var matched: [String] = []
            if queries[index].matches(document, matched: &matched) { result.append((index, matched)) }
        }
        return result
    }
}
