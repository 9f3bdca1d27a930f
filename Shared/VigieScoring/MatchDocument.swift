/// A mention prepared once for matching against every query: folded words with their positions, and the fields.
public struct MatchDocument: Sendable {
    /// The text's tokens (their folded words and hashes are what queries read: no copy of them per mention).
    let tokens: [TextNormalizer.Token]
    /// The folded words (built on demand).
    public var words: [String] { tokens.map(\.text) }
    /// The folded word at `index`.
    @inline(__always) func word(_ index: Int) -> String { tokens[index].text }
    /// ``WordHash`` of the word at `index`.
    @inline(__always) func hash(_ index: Int) -> UInt64 { tokens[index].hash == 0 ? WordHash.of(tokens[index].text) : tokens[index].hash }
    /// The words from `start` through `end`, separated by spaces.
    func span(_ start: Int, _ end: Int) -> String { (start...end).map { tokens[$0].text }.joined(separator: " ") }
    public var language: String?
    public var source: String?
    public var authorHandle: String?
    public var country: String?
    /// The URL's host, lower case (`www.` removed).
    public var site: String?
    public var followers: Int

    public init(
        text: String, language: String? = nil, source: String? = nil, authorHandle: String? = nil, country: String? = nil,
        url: String? = nil, followers: Int = 0
    ) {
        self.init(tokens: TextNormalizer.tokenize(text), language: language, source: source, authorHandle: authorHandle, country: country, url: url, followers: followers)
    }

    public init(
        tokens: [TextNormalizer.Token], language: String? = nil, source: String? = nil, authorHandle: String? = nil,
        country: String? = nil, url: String? = nil, followers: Int = 0
    ) {
        self.tokens = tokens
        self.language = language.map(TextNormalizer.fold)
        self.source = source.map(TextNormalizer.fold)
        self.authorHandle = authorHandle.map { TextNormalizer.fold($0.hasPrefix("@") ? String($0.dropFirst()) : $0) }
        self.country = country.map(TextNormalizer.fold)
        self.site = url.flatMap(MatchDocument.host(of:))
        self.followers = followers
    }

    static func host(of url: String) -> String? {
        let scalars = Array(url.utf8)
        var start = -1
        for index in 0..<max(0, scalars.count - 2) where scalars[index] == 58 && scalars[index + 1] == 47 && scalars[index + 2] == 47 {
            start = index + 3
            break
        }
        guard start >= 0 else { return nil }
        var host = url.utf8.dropFirst(start).split(separator: 47, maxSplits: 1).first.map { String(decoding: $0, as: UTF8.self) }?.prefix { $0 != "?" && $0 != "#" && $0 != ":" }.lowercased() ?? ""
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }

    /// Positions where `node` (a word, prefix or phrase) starts, with the span it covers. A mention has tens of
    /// words: a scan costs less than an index of positions built for every mention.
    func occurrences(of node: QueryNode) -> [(start: Int, end: Int)] {
        switch node {
        case .term(let word):
            return tokens.indices.filter { tokens[$0].text == word }.map { ($0, $0) }
        case .prefix(let stem):
            return tokens.indices.filter { tokens[$0].text.hasPrefix(stem) }.map { ($0, $0) }
        case .phrase(let sequence):
            guard let first = sequence.first else { return [] }
            return tokens.indices.filter { tokens[$0].text == first }.filter { start in
                start + sequence.count <= tokens.count && sequence.indices.allSatisfy { tokens[start + $0].text == sequence[$0] }
            }.map { ($0, $0 + sequence.count - 1) }
        default:
            return []
        }
    }
}

extension Query {
    /// Whether the document matches; `matched` receives the positive words, prefixes and phrases that were found.
    public func matches(_ document: MatchDocument, matched: inout [String]) -> Bool {
        Query.evaluate(root, document, &matched)
    }

    /// Whether the document matches.
    public func matches(_ document: MatchDocument) -> Bool {
        var ignored: [String] = []
        return matches(document, matched: &ignored)
    }

    static func evaluate(_ node: QueryNode, _ document: MatchDocument, _ matched: inout [String]) -> Bool {
        switch node {
        case .term, .prefix, .phrase:
            let found = document.occurrences(of: node)
            guard let first = found.first else { return false }
            matched.append(document.span(first.start, first.end))
            return true
        case .near(let left, let right, let distance):
            let a = document.occurrences(of: left)
            let b = document.occurrences(of: right)
            for x in a {
                for y in b {
                    let gap = y.start > x.end ? y.start - x.end : x.start - y.end
                    if gap > 0 && gap <= distance {
                        matched.append(document.span(x.start, x.end))
                        matched.append(document.span(y.start, y.end))
                        return true
                    }
                }
            }
            return false
        case .field(let field, let value):
            switch field {
            case .lang: return document.language == value
            case .source: return document.source == value
            case .author: return document.authorHandle == value
            case .country: return document.country == value
            case .site:
                guard let site = document.site else { return false }
                return site == value || site.hasSuffix("." + value)
            }
        case .followers(let comparison, let number):
            switch comparison {
            case .greater: return document.followers > number
            case .greaterOrEqual: return document.followers >= number
            case .less: return document.followers < number
            case .lessOrEqual: return document.followers <= number
            case .equal: return document.followers == number
            }
        case .and(let nodes):
            var local: [String] = []
            for node in nodes where !evaluate(node, document, &local) { return false }
            matched += local
            return true
        case .or(let nodes):
            var any = false
            for node in nodes where evaluate(node, document, &matched) { any = true }
            return any
        case .not(let inner):
            var ignored: [String] = []
            return !evaluate(inner, document, &ignored)
        }
    }
}
