/// A project topic's boolean query, parsed.
///
/// Syntax (operators in capitals; adjacent terms are joined by AND):
/// - `word` — a word, case- and accent-insensitive (`annule` matches "Annulé"); `#tag` and `@handle` match the word.
/// - `"several words"` — a phrase: the words in this order, next to each other.
/// - `annul*` — a prefix (at least 3 letters): `annulé`, `annulation`…
/// - `a AND b`, `a OR b`, `NOT a`, `( … )`.
/// - `a NEAR/3 b` — both within 3 words of each other (either order); operands are words, prefixes or phrases.
/// - Fields: `lang:fr`, `source:twitter`, `author:handle`, `country:fr`, `site:lemonde.fr` (the mention URL's host
///   or a parent domain), `followers:>10000` (also `>=`, `<`, `<=`, `=`).
///
/// A query must contain at least one positive word: `NOT x` alone is refused.
public indirect enum QueryNode: Sendable, Hashable {
    case term(String)
    case prefix(String)
    case phrase([String])
    case near(QueryNode, QueryNode, Int)
    case field(QueryField, String)
    case followers(QueryComparison, Int)
    case and([QueryNode])
    case or([QueryNode])
    case not(QueryNode)
}

public enum QueryField: String, Sendable, Hashable, CaseIterable {
    case lang, source, author, country, site
}

public enum QueryComparison: String, Sendable, Hashable {
    case greater = ">", greaterOrEqual = ">=", less = "<", lessOrEqual = "<=", equal = "="
}

/// Why a query does not parse, and where (1-based character position).
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    public let position: Int
    public let reason: String
    public init(position: Int, reason: String) {
        self.position = position
        self.reason = reason
    }
    public var description: String { "at character \(position): \(reason)" }
}

/// A parsed query.
public struct Query: Sendable, Hashable {
    public let root: QueryNode
    public let source: String

    /// Parses `text`.
    /// - Throws: ``QueryError`` with the position and the reason.
    public init(_ text: String) throws(QueryError) {
        var parser = QueryParser(text)
        root = try parser.parse()
        source = text
    }

    /// Every positive word, prefix and phrase of the query (for indexing and for reporting what matched).
    public var positiveTerms: [QueryNode] {
        var result: [QueryNode] = []
        func walk(_ node: QueryNode, negated: Bool) {
            switch node {
            case .term, .prefix, .phrase: if !negated { result.append(node) }
            case .near(let a, let b, _):
                walk(a, negated: negated)
                walk(b, negated: negated)
            case .and(let nodes), .or(let nodes): nodes.forEach { walk($0, negated: negated) }
            case .not(let inner): walk(inner, negated: !negated)
            case .field, .followers: break
            }
        }
        walk(root, negated: false)
        return result
    }
}

struct QueryParser {
    enum Token: Equatable {
        case word(String), phrase(String), open, close, and, or, not, near(Int), end
    }

    let scalars: [Unicode.Scalar]
    var index = 0
    var tokens: [(Token, Int)] = []
    var position = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func parse() throws(QueryError) -> QueryNode {
        try lex()
        guard tokens.count > 1 else { throw QueryError(position: 1, reason: "the query is empty") }
        let node = try parseOr()
        if case (let token, let at) = tokens[position], token != .end {
            throw QueryError(position: at, reason: token == .close ? "unbalanced ')'" : "unexpected \(describe(token))")
        }
        guard hasPositive(node, negated: false) else {
            throw QueryError(position: 1, reason: "the query needs at least one word that is not negated (NOT alone would match everything else)")
        }
        return node
    }

    private func hasPositive(_ node: QueryNode, negated: Bool) -> Bool {
        switch node {
        case .term, .prefix, .phrase, .near: return !negated
        case .field, .followers: return false
        case .and(let nodes), .or(let nodes): return nodes.contains { hasPositive($0, negated: negated) }
        case .not(let inner): return hasPositive(inner, negated: !negated)
        }
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .word(let word): "'\(word)'"
        case .phrase(let phrase): "\"\(phrase)\""
        case .open: "'('"
        case .close: "')'"
        case .and: "AND"
        case .or: "OR"
        case .not: "NOT"
        case .near(let distance): "NEAR/\(distance)"
        case .end: "end of query"
        }
    }

    // MARK: Lexer

    mutating func lex() throws(QueryError) {
        while index < scalars.count {
            let scalar = scalars[index]
            let at = index + 1
            if scalar.properties.isWhitespace {
                index += 1
            } else if scalar == "(" {
                tokens.append((.open, at))
                index += 1
            } else if scalar == ")" {
                tokens.append((.close, at))
                index += 1
            } else if scalar == "\"" || scalar == "“" || scalar == "”" {
                index += 1
                var text = String.UnicodeScalarView()
                while index < scalars.count, scalars[index] != "\"", scalars[index] != "”", scalars[index] != "“" {
                    text.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else { throw QueryError(position: at, reason: "unterminated quote") }
                index += 1
                tokens.append((.phrase(String(text)), at))
            } else {
                var text = String.UnicodeScalarView()
                while index < scalars.count, !scalars[index].properties.isWhitespace, scalars[index] != "(", scalars[index] != ")",
                    scalars[index] != "\""
                {
                    text.append(scalars[index])
                    index += 1
                }
                let word = String(text)
                switch word {
                case "AND": tokens.append((.and, at))
                case "OR": tokens.append((.or, at))
                case "NOT": tokens.append((.not, at))
                default:
                    if word.hasPrefix("NEAR/") {
                        guard let distance = Int(word.dropFirst(5)), (1...50).contains(distance) else {
                            throw QueryError(position: at, reason: "NEAR needs a distance from 1 to 50, like NEAR/3")
                        }
                        tokens.append((.near(distance), at))
                    } else {
                        tokens.append((.word(word), at))
                    }
                }
            }
        }
        tokens.append((.end, scalars.count + 1))
    }

    // MARK: Grammar

    var current: (Token, Int) { tokens[position] }

    mutating func parseOr() throws(QueryError) -> QueryNode {
        var nodes = [try parseAnd()]
        while current.0 == .or {
            position += 1
            nodes.append(try parseAnd())
        }
        return nodes.count == 1 ? nodes[0] : .or(nodes)
    }

    mutating func parseAnd() throws(QueryError) -> QueryNode {
        var nodes = [try parseNear()]
        while true {
            switch current.0 {
            case .and:
                position += 1
                nodes.append(try parseNear())
            case .word, .phrase, .open, .not:
                nodes.append(try parseNear())  // implicit AND
            default:
                return nodes.count == 1 ? nodes[0] : .and(nodes)
            }
        }
    }

    mutating func parseNear() throws(QueryError) -> QueryNode {
        let left = try parseUnary()
        guard case .near(let distance) = current.0 else { return left }
        let at = current.1
        position += 1
        let right = try parseUnary()
        for operand in [left, right] {
            switch operand {
            case .term, .prefix, .phrase: continue
            default: throw QueryError(position: at, reason: "NEAR joins words, prefixes or phrases")
            }
        }
        return .near(left, right, distance)
    }

    mutating func parseUnary() throws(QueryError) -> QueryNode {
        if current.0 == .not {
            position += 1
            return .not(try parseUnary())
        }
        return try parsePrimary()
    }

    mutating func parsePrimary() throws(QueryError) -> QueryNode {
        let (token, at) = current
        switch token {
        case .open:
            position += 1
            if current.0 == .close { throw QueryError(position: at, reason: "empty parentheses") }
            let node = try parseOr()
            guard current.0 == .close else { throw QueryError(position: at, reason: "unbalanced '(': missing ')'") }
            position += 1
            return node
        case .phrase(let text):
            position += 1
            let words = TextNormalizer.tokenize(text).map(\.text)
            guard !words.isEmpty else { throw QueryError(position: at, reason: "empty phrase") }
            return words.count == 1 ? .term(words[0]) : .phrase(words)
        case .word(let word):
            position += 1
            return try parseWord(word, at: at)
        case .end:
            throw QueryError(position: at, reason: "the query ends where a word was expected")
        default:
            throw QueryError(position: at, reason: "\(describe(token)) where a word was expected")
        }
    }

    func parseWord(_ word: String, at: Int) throws(QueryError) -> QueryNode {
        if let colon = word.firstIndex(of: ":"), colon != word.startIndex {
            let name = word[..<colon].lowercased()
            let value = String(word[word.index(after: colon)...])
            guard !value.isEmpty else { throw QueryError(position: at, reason: "field '\(name):' has no value") }
            if name == "followers" {
                for comparison in [QueryComparison.greaterOrEqual, .lessOrEqual, .greater, .less, .equal] where value.hasPrefix(comparison.rawValue) {
                    guard let number = Int(value.dropFirst(comparison.rawValue.count)), number >= 0 else { break }
                    return .followers(comparison, number)
                }
                if let number = Int(value), number >= 0 { return .followers(.equal, number) }
                throw QueryError(position: at, reason: "followers needs a comparison like followers:>10000")
            }
            guard let field = QueryField(rawValue: name) else {
                throw QueryError(
                    position: at, reason: "unknown field '\(name)' (fields: \(QueryField.allCases.map(\.rawValue).joined(separator: ", ")), followers)")
            }
            var folded = TextNormalizer.fold(value)
            if field == .author, folded.hasPrefix("@") { folded.removeFirst() }
            return .field(field, folded)
        }
        if word.hasSuffix("*") {
            let stem = TextNormalizer.tokenize(String(word.dropLast())).map(\.text)
            guard stem.count == 1, stem[0].count >= 3 else {
                throw QueryError(position: at, reason: "a wildcard needs at least 3 letters before '*' (like annul*)")
            }
            return .prefix(stem[0])
        }
        let words = TextNormalizer.tokenize(word).map(\.text)
        guard !words.isEmpty else { throw QueryError(position: at, reason: "'\(word)' has no letters or digits") }
        return words.count == 1 ? .term(words[0]) : .phrase(words)
    }
}
