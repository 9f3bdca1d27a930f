/// Lexicon-based sentiment for French and English, in the manner of VADER (Hutto & Gilbert, 2014).
///
/// Each word of the lexicon has a valence (-4…4). The valence is raised by intensifiers ("très", "trop", "grave",
/// "very", "so") and lowered by attenuators ("un peu", "barely"), flipped and damped by negation ("ne… pas",
/// "jamais", "pas du tout", "not", "n't", "never"), weighted after a contrast ("mais", "pourtant", "but": what comes
/// after counts more), raised for words in capitals ("NUL") and for elongated words ("trooop nul"). Emoji and
/// emoticons have valences too. The sum is squashed into [-1, 1] with `s / sqrt(s² + 15)`.
/// The words that drove the score are reported, strongest first.
public struct SentimentAnalyzer: Sendable {
    public struct Result: Sendable, Hashable {
        /// In [-1, 1].
        public var score: Double
        public var label: Label
        /// Words (as written) that drove the score, strongest first (at most 5).
        public var drivers: [String]
    }

    public enum Label: String, Sendable { case positive, neutral, negative }

    let lexicons: [String: [String: Double]]
    /// Multi-word entries of each lexicon ("save your money", "marche pas"), by first word.
    let phrases: [String: Phrases]

    /// The shared analyzer with the bundled French and English lexicons.
    public static let shared = SentimentAnalyzer()

    public init() {
        var lexicons: [String: [String: Double]] = [:]
        var phrases: [String: Phrases] = [:]
        for (language, data) in [("en", LexiconData.english), ("fr", LexiconData.french)] {
            let entries = Self.parse(data)
            lexicons[language] = entries.filter { !$0.key.contains(" ") }
            phrases[language] = Phrases(entries.filter { $0.key.contains(" ") })
        }
        self.lexicons = lexicons
        self.phrases = phrases
    }

    /// Phrases (several folded words) with their valence, found by their first word.
    /// A class: the scorer takes a language's phrases once per text and asks them at every word that may start one —
    /// as a struct of three collections, each ask copied it (three retains and releases).
    final class Phrases: Sendable {
        struct Candidate: Sendable {
            let words: [String]
            /// ``WordHash`` of each word: most comparisons with a text's words fail on the first integer.
            let hashes: [UInt64]
            let value: Double
        }
        let byFirstWord: [String: [Candidate]]
        /// Indices in ``candidates`` by the hash of their first two words (``pairHash(_:_:)``), longest first: probed
        /// with the tokens' hashes. A word as common as "not", "the" or "de" starts hundreds of phrases; keyed by one
        /// word, every one of them was compared at each of its occurrences, and most attempts fail on the second word.
        private let table: WordTable<[Int]>
        private let candidates: [Candidate]

        init(_ entries: [String: Double]) {
            var byFirstWord: [String: [Candidate]] = [:]
            for (phrase, value) in entries {
                let words = phrase.split(separator: " ").map(String.init)
                guard words.count > 1 else { continue }
                byFirstWord[words[0], default: []].append(Candidate(words: words, hashes: words.map(WordHash.of), value: value))
            }
            // Longest first: "toujours pas de reponse" before "pas de reponse".
            var indices: [String: [Int]] = [:]
            var candidates: [Candidate] = []
            for key in byFirstWord.keys.sorted() {
                byFirstWord[key]?.sort { $0.words.count > $1.words.count }
                for candidate in byFirstWord[key] ?? [] {
                    indices[candidate.words[0] + " " + candidate.words[1], default: []].append(candidates.count)
                    candidates.append(candidate)
                }
            }
            self.byFirstWord = byFirstWord
            self.candidates = candidates
            table = WordTable(indices, filler: [], combining: +, mostlyMissed: true) { pair in
                let words = pair.split(separator: " ", maxSplits: 1)
                return Self.pairHash(WordHash.of(String(words[0])), WordHash.of(String(words[1])))
            }
        }

        /// One hash for two consecutive words (never 0, as a ``WordTable`` needs).
        @inline(__always) static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
            WordHash.finish((first &* 0x9E37_79B9_7F4A_7C15) ^ second)
        }

        var isEmpty: Bool { byFirstWord.isEmpty }

        /// The longest phrase starting at `index` within one clause, if any.
        func match(at index: Int, in tokens: [TextNormalizer.Token]) -> (count: Int, value: Double)? {
            guard index + 1 < tokens.count, tokens[index + 1].clause == tokens[index].clause,
                let ids = table.value(hash: Self.pairHash(tokens[index].hash, tokens[index + 1].hash))
            else { return nil }
            // (Each candidate read in place: a copy retains and releases its two arrays.)
            for id in ids {
                let count = candidates[id].words.count
                let end = index + count
                guard end <= tokens.count, tokens[end - 1].clause == tokens[index].clause else { continue }
                var offset = 0
                while offset < count, tokens[index + offset].hash == candidates[id].hashes[offset],
                    tokens[index + offset].text == candidates[id].words[offset]
                {
                    offset += 1
                }
                if offset == count { return (count, candidates[id].value) }
            }
            return nil
        }
    }

    static func parse(_ data: String) -> [String: Double] {
        var result: [String: Double] = [:]
        result.reserveCapacity(10_000)
        for line in data.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let value = Double(line[line.index(after: tab)...]) else { continue }
            let entry = String(line[..<tab])
            // A phrase is stored as its folded words separated by one space ("n'achetez pas" → "n achetez pas"); so is
            // a
            // word the tokenizer splits ("chef-d'oeuvre", "ras-le-bol"), which would otherwise never match. Emoticons
            // (":-d") are read from the raw text, not as words.
            let splits = entry.contains(where: { $0 == "-" || $0 == "'" || $0 == "’" })
                && entry.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" } && entry.filter(\.isLetter).count >= 4
            let word = entry.contains(" ") || splits ? TextNormalizer.foldedWords(entry).joined(separator: " ") : TextNormalizer.fold(entry)
            // Folding merges e.g. "déçu"/"decu": keep the stronger valence.
            if let existing = result[word], abs(existing) >= abs(value) { continue }
            result[word] = value
        }
        return result
    }

    /// The key of a project's override as ``analyze(text:tokens:language:overrides:)`` expects it: a folded word,
    /// or a phrase's folded words separated by one space ("rappel produit", "n'importe quoi" → "n importe quoi").
    public static func overrideKey(_ term: String) -> String {
        let words = TextNormalizer.foldedWords(term)
        return words.count == 1 ? words[0] : words.joined(separator: " ")
    }

    /// `true` for the languages with a lexicon.
    public func supports(_ language: String) -> Bool { Vocabulary.Lexicon(language) != nil }

    static let boosters: [String: Double] = {
        var table: [String: Double] = [:]
        // English intensifiers and dampeners (VADER's lists, with its increments).
        for word in [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
            "effing", "enormous",
            "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme", "extremely",
            "fabulously", "flipping",
            "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin",
            "fucking", "fuggin", "fugging",
            "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely", "major", "majorly",
            "more", "most",
            "particularly", "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total",
            "totally",
            "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
        ] { table[word] = 0.293 }
        for word in [
            "almost", "barely", "hardly", "kinda", "kindof", "less", "little", "marginal", "marginally", "occasional",
            "occasionally", "partly",
            "scarce", "scarcely", "slight", "slightly", "somewhat", "sorta", "sortof",
        ] { table[word] = -0.293 }
        // French intensifiers and attenuators.
        for word in [
            "tres", "trop", "vraiment", "grave", "tellement", "hyper", "ultra", "extremement", "completement",
            "totalement", "absolument",
            "carrement", "vachement", "particulierement", "incroyablement", "terriblement", "hautement", "profondement",
        ] { table[word] = 0.293 }
        table["franchement"] = 0.2
        table["si"] = 0.2
        for word in ["peu", "legerement", "presque", "moyennement", "vaguement", "guere"] { table[word] = -0.293 }
        table["plutot"] = -0.15
        table["assez"] = -0.1
        table["too"] = 0.2
        table["fairly"] = -0.15
        // "huge fan", "huge problem": a size that intensifies (VADER rates it +1.3, which made "a huge exam tomorrow"
        // glad and "a huge problem" milder).
        table["huge"] = 0.293
        // "une énorme erreur", "un énorme merci" (and, ending a clause, praise: ``praiseIntensifiers``).
        table["enorme"] = 0.293
        table["enormes"] = 0.293
        return table
    }()

    /// Intensifiers of VADER's list that are praise on their own (VADER gives them no valence).
    /// With `predicativeOnly`, praise only ending a clause ("c'était énorme !", "that's huge") or opening one before
    /// an article ("énorme la mise à jour") — not "un énorme partiel demain", "a huge exam tomorrow".
    static let praiseIntensifiers: [String: (value: Double, predicativeOnly: Bool)] = [
        "incredible": (2.5, false), "exceptional": (2.5, false), "tremendous": (2.2, false), "enorme": (2.0, true),
        "enormes": (2.0, true), "huge": (1.3, true),
    ]

    /// VADER's negations, with and without apostrophes (reviews and tweets often drop them).
    static let englishNegations: Set<String> = [
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "without", "cannot", "aint",
        "arent", "cant",
        "couldnt", "darent", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt",
        "neednt", "oughtnt",
        "shant", "shouldnt", "wasnt", "werent", "wont", "wouldnt", "rarely", "seldom", "despite", "nope", "uhuh",
    ]
    static let frenchNegations: Set<String> = ["pas", "jamais", "rien", "aucun", "aucune", "sans", "non", "ni", "personne", "nullement"]
    /// A harm avoided is a good thing: "the advisor avoided me a big mistake", "m'a évité une grosse bêtise",
    /// "prevented a disaster" deny the harm as a negation does (and "prevented me from enjoying it" the pleasure). Past
    /// forms only: "avoid this hotel" advises.
    static let preventionWords: Set<String> = [
        "avoided", "prevented", "evite", "evitee", "evites", "evitees", "empeche", "empechee", "empeches", "empechees",
    ]
    static let preventions = FilteredWordSet(preventionWords)
    /// Whether the prevention at `index` denies no word of sentiment in the three after it (same clause), and so keeps
    /// its own valence, as VADER reads it: "I would have paid the extra & avoided the zen".
    static func isIdlePrevention(_ index: Int, tokens: [TextNormalizer.Token], valence: (Int) -> Double?) -> Bool {
        // (A bit filter first: every negation word of every text asks.)
        guard preventions.contains(hash: tokens[index].hash) else { return false }
        let clause = tokens[index].clause
        var position = index + 1
        while position < min(tokens.count, index + 4), tokens[position].clause == clause {
            if valence(position) != nil { return false }
            position += 1
        }
        return true
    }
    static let frenchNe: Set<String> = ["ne", "n"]
    static let contrasts: Set<String> = [
        "but", "however", "yet", "though", "although", "mais", "pourtant", "cependant", "toutefois", "neanmoins",
    ]

    static let emoji: [Unicode.Scalar: Double] = [
        "😀": 2.2, "😃": 2.3, "😄": 2.3, "😁": 2.2, "😆": 2.0, "😊": 2.2, "🙂": 1.5, "😍": 3.0, "🥰": 3.0, "😘": 2.4,
        "😂": 1.8, "🤣": 1.8, "😉": 1.4, "😎": 1.8, "🤩": 2.8, "👍": 2.0, "👏": 2.2, "🙌": 2.2, "💪": 1.8, "🎉": 2.4,
        "❤": 2.8, "💕": 2.6, "💖": 2.6, "💯": 2.0, "🔥": 1.2, "✨": 1.4, "⭐": 1.6, "🙏": 1.2, "👌": 1.8, "🥳": 2.6,
        "😡": -3.0, "🤬": -3.2, "😠": -2.6, "😤": -0.8, "😞": -2.2, "😢": -2.2, "😭": -2.4, "😩": -2.2, "😫": -2.2,
        "😒": -1.8, "🙄": -1.6, "😕": -1.4, "🙁": -1.6, "☹": -1.8, "😔": -1.8, "😖": -2.0, "😣": -1.8, "😱": -2.0,
        "👎": -2.2, "💩": -2.4, "🤮": -2.8, "🤢": -2.4, "😴": -0.8, "💔": -2.4, "🌋": -0.8, "⚠": -1.0, "😐": -0.3,
        // Hearts, kisses and smiles that VADER reads through their names ("heart with arrow", "kiss mark"); the
        // strengths are ours (VADER's names give a die a sign, which is left out).
        "♥": 2.4, "❣": 2.4, "💘": 2.4, "💙": 2.4, "💚": 2.4, "💛": 2.4, "💜": 2.4, "🧡": 2.4, "🖤": 2.0, "💗": 2.6,
        "💓": 2.4, "💞": 2.6, "💝": 2.4, "💟": 2.2, "💌": 2.2, "💑": 2.2, "💋": 2.2, "💏": 2.2, "😗": 1.8, "😙": 2.0,
        "😚": 2.0, "😽": 2.0, "🤗": 2.0, "☺": 1.8, "😇": 1.6, "😻": 2.6, "😸": 2.0, "😺": 1.8, "😹": 1.8, "😌": 1.2,
        // ("😤", Apple's "face with look of triumph", closes a win as often as anger: "just aced my final, we move
        // 😤" — mild.)
        "😅": 0.8, "🥲": 0.6, "🥹": 1.2, "🏆": 1.8, "🥇": 1.6, "🏅": 1.6, "✌": 1.0, "✅": 1.0, "🤝": 1.4, "🫶": 2.4, "🆒": 1.2,
        "😨": -1.8, "😰": -1.8, "😧": -1.6, "😦": -1.2, "😟": -1.6, "😓": -1.4, "😬": -1.0, "😪": -1.2, "😵": -1.0,
        "👿": -2.2, "💢": -1.8, "🗯": -1.4, "🤥": -1.6, "😿": -2.0, "🙀": -1.4, "🤦": -1.6, "🤡": -1.4, "❌": -1.0,
        // Flowers, sun and rainbow: the tweets' "spring is finally here 🌸", "love this weather ☀️" (mild: a weather
        // report uses the sun too).
        "🌸": 1.2, "🌷": 1.0, "🌻": 1.2, "🌺": 1.0, "🌼": 1.0, "💐": 1.6, "🌈": 1.2, "☀": 1.0, "🌞": 1.6,
        // Food savoured, tongues out, a toast and a party (twenty-seventh session, set FW: "that new sauce tho 😋").
        "😋": 2.0, "🤤": 1.2, "😜": 1.4, "😝": 1.4, "😛": 1.2, "🤘": 1.4, "🍾": 1.8, "🥂": 1.8, "🎊": 2.2, "🍻": 1.6,
    ]
    static let emoticons: [(String, Double)] = [
        (":)", 1.8), (":-)", 1.8), (":d", 2.2), (":-d", 2.2), (";)", 1.4), (":p", 1.2), ("<3", 2.6), ("xd", 1.8), ("^^", 1.6),
        (":(", -1.9), (":-(", -1.9), (":'(", -2.2), (">:(", -2.6), (":/", -1.2), (":-/", -1.2), (":|", -0.6), ("</3", -2.4),
    ]
    static let emoticonBytes: [[UInt8]] = emoticons.map { Array($0.0.utf8) }
    /// Emoticons read only as a whole word between spaces (VADER's way): their characters are too common in other
    /// text to be looked for anywhere ("(see below):", "id=D4"). Lower case; none holds one of ``emoticons``, none
    /// starts with a letter or a digit (the scan would read every word). Valences from VADER's lexicon where it has
    /// them (`=(`, `-_-`, `^_^` are ours).
    static let standaloneEmoticons: [(String, Double)] = [
        ("=)", 2.2), ("(:", 2.2), ("(-:", 1.6), (":]", 2.2), ("=]", 1.6), ("[:", 1.3), (":')", 2.3), (":'-)", 2.7), (":*", 2.5),
        (":-*", 1.7), (";-*", 2.2), (":3", 2.3), ("=d", 2.3), ("=-d", 2.4), (":}", 2.1), (":>", 2.1), (":o)", 2.1), (":^)", 2.1),
        ("\\o/", 2.2), (";-)", 1.4), (";d", 0.8), (":-p", 1.5), ("=p", 1.3), ("(;", 1.1), ("^_^", 1.8),
        (":[", -2.0), (":-[", -1.6), (":@", -2.5), (":{", -1.9), ("):", -1.8), (")-:", -2.1), (":\\", -1.3), ("=/", -1.4),
        ("=\\", -1.2), (":s", -1.2), (":c", -2.1), (":<", -2.1), (">:[", -2.1), ("=(", -1.9), (":'-(", -2.4), ("-_-", -1.0),
        (">.<", -1.3), (";(", -1.9),
    ]
    /// ``standaloneEmoticons`` by their bytes packed into an integer (at most 5 bytes), to their position.
    static let standaloneKeys: [UInt64: Int] = Dictionary(
        uniqueKeysWithValues: standaloneEmoticons.enumerated().map { (packed(Array($0.element.0.utf8)[...]), $0.offset) })
    static let emoticonStart: UInt8 = 1
    static let standaloneStart: UInt8 = 2
    static let otherMark: UInt8 = 4
    /// What ``marks(of:)`` looks for at each byte: an emoticon's first byte (either case), a standalone one's, or `!`,
    /// `?` and an emoji's lead byte (0xE2 and above); 0 for the rest.
    static let byteClasses: [UInt8] = (0..<256).map { (byte: Int) in
        func starts(_ list: [(String, Double)]) -> Bool {
            list.contains { let first = Int($0.0.utf8.first!); return first == byte || (first >= 97 && first <= 122 && first - 32 == byte) }
        }
        return (starts(emoticons) ? emoticonStart : 0) | (starts(standaloneEmoticons) ? standaloneStart : 0)
            | (byte == 33 || byte == 63 || byte == 34 || byte == 0xC2 || byte >= 0xE2 ? otherMark : 0)
    }
    /// Up to 8 bytes, lower-cased, in one integer.
    @inline(__always) static func packed(_ bytes: some Collection<UInt8>) -> UInt64 {
        bytes.reduce(0) { ($0 << 8) | UInt64($1 >= 65 && $1 <= 90 ? $1 + 32 : $1) }
    }

    /// What the scorer reads in a text's bytes rather than its words, gathered in one pass.
    struct Marks {
        /// Bit `i`: ``emoticons``[i] is in the text.
        var emoticons: UInt32 = 0
        /// Bit `i`: ``standaloneEmoticons``[i] is a word of the text.
        var standalone: UInt64 = 0
        var exclamations = 0
        var questions = 0
        /// A byte at 0xE2 or above: the text may hold emoji (all at U+2000 and above).
        var mayHoldEmoji = false
        var upsideDownFace = false
        var eyeRoll = false
        /// The text ends with "/s" as its last word (after a space, or alone).
        var endsWithSarcasmTag = false
        /// A quotation mark (`"`, `“`, `«`) is in the text.
        var mayQuote = false

        /// The emoticons found (each once).
        var foundEmoticons: [(String, Double)] {
            guard emoticons != 0 || standalone != 0 else { return [] }
            return SentimentAnalyzer.emoticons.indices.filter { emoticons & (1 << UInt32($0)) != 0 }.map { SentimentAnalyzer.emoticons[$0] }
                + SentimentAnalyzer.standaloneEmoticons.indices.filter { standalone & (1 << UInt64($0)) != 0 }.map {
                    SentimentAnalyzer.standaloneEmoticons[$0]
                }
        }
    }

    /// The ``Marks`` of `text`. Emoticons are case-insensitive and can only start at one of : ; < > ^ x X; one that
    /// starts or ends with a letter must not touch another letter there ("xd" is not in "boxdrop", ":d" not in
    /// "note:done").
    static func marks(of text: String) -> Marks {
        var marks = Marks()
        var text = text
        // Static tables read once, not per byte (each read of a global is a `swift_once` check).
        let classes = byteClasses
        let patterns = emoticonBytes
        text.withUTF8 { bytes in
            func isLetter(_ offset: Int) -> Bool {
                guard offset >= 0 && offset < bytes.count else { return false }
                let byte = bytes[offset]
                return (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte >= 0x80
            }
            func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 13 || byte == 9 }
            for start in bytes.indices {
                let first = bytes[start]
                // Letters, digits and spaces, most of a text, are nothing here: one table read each.
                let kind = classes[Int(first)]
                if kind == 0 { continue }
                if first == 33 {
                    marks.exclamations += 1
                } else if first == 63 {
                    marks.questions += 1
                } else if first == 34 || (first == 0xC2 && start + 1 < bytes.count && bytes[start + 1] == 0xAB) {
                    marks.mayQuote = true
                } else if first >= 0xE2 {
                    marks.mayHoldEmoji = true
                    // “ (U+201C).
                    if first == 0xE2, start + 2 < bytes.count, bytes[start + 1] == 0x80, bytes[start + 2] == 0x9C { marks.mayQuote = true }
                    // 🙃 (U+1F643) in UTF-8.
                    if first == 0xF0, start + 3 < bytes.count, bytes[start + 1] == 0x9F, bytes[start + 2] == 0x99, bytes[start + 3] == 0x83 {
                        marks.upsideDownFace = true
                    }
                    // 🙄 (U+1F644): rolled eyes after praise ("bravo 🙄") say it is not meant, like 🙃.
                    if first == 0xF0, start + 3 < bytes.count, bytes[start + 1] == 0x9F, bytes[start + 2] == 0x99,
                        bytes[start + 3] == 0x84
                    {
                        marks.eyeRoll = true
                    }
                }
                // A word of 2 to 5 bytes between spaces (or the text's ends) that is a standalone emoticon.
                if kind & Self.standaloneStart != 0, start == 0 || isSpace(bytes[start - 1]) {
                    var end = start + 1
                    while end < bytes.count, end - start <= 5, !isSpace(bytes[end]) { end += 1 }
                    if end - start >= 2, end - start <= 5, let index = standaloneKeys[packed(bytes[start..<end])] {
                        marks.standalone |= 1 << UInt64(index)
                    }
                }
                guard kind & Self.emoticonStart != 0 else { continue }
                if (first == 120 || first == 88) && isLetter(start - 1) { continue }
                for (index, pattern) in patterns.enumerated() where start + pattern.count <= bytes.count {
                    var offset = 0
                    while offset < pattern.count {
                        let byte = bytes[start + offset]
                        if (byte >= 65 && byte <= 90 ? byte + 32 : byte) != pattern[offset] { break }
                        offset += 1
                    }
                    guard offset == pattern.count else { continue }
                    if pattern[offset - 1] >= 97 && isLetter(start + offset) { continue }
                    // "http://" is a link, not ":/".
                    if pattern[offset - 1] == 47, start + offset < bytes.count, bytes[start + offset] == 47 { continue }
                    marks.emoticons |= 1 << UInt32(index)
                }
            }
            var end = bytes.count
            while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
            marks.endsWithSarcasmTag = end >= 2 && bytes[end - 2] == 47 && bytes[end - 1] == 115 && (end == 2 || isSpace(bytes[end - 3]))
        }
        return marks
    }

    /// Scores `text` in `language` ("fr" or "en"); `overrides` are extra valences in [-1, 1] for folded words
    /// (a project's own vocabulary: "retard" is negative for an airline).
    /// - Returns: `nil` for a language without a lexicon.
    public func analyze(_ text: String, language: String, overrides: [String: Double] = [:]) -> Result? {
        analyze(text: text, tokens: TextNormalizer.tokenize(text), language: language, overrides: overrides)
    }

    /// Scores tokens made by ``TextNormalizer/tokenize(_:)``: every fact about a word comes from its token's
    /// ``WordFacts`` (one lookup at tokenisation), so the rules below compare flags, not strings.
    public func analyze(text: String, tokens: [TextNormalizer.Token], language: String, overrides: [String: Double] = [:]) -> Result? {
        tokens.withUnsafeBufferPointer { words in
            analyze(text: text, tokens: tokens, words: words, language: language, overrides: overrides)
        }
    }

    /// ``analyze(text:tokens:language:overrides:)`` with `words`, the tokens' storage, through which a token's field
    /// is read in place: in a function this long the optimizer reads the array through its getter, which copies the
    /// whole token (a retain and a release of each of its two strings) for every field read — a tenth of the
    /// enrichment's time, measured with `perf` (thirtieth session). The rules' own functions take the array.
    private func analyze(
        text: String, tokens: [TextNormalizer.Token], words: UnsafeBufferPointer<TextNormalizer.Token>, language: String,
        overrides: [String: Double]
    ) -> Result? {
        // The languages with a lexicon: their valences are in each token's facts.
        guard let lexicon = Vocabulary.Lexicon(language) else { return nil }
        var shouting = 0
        for index in tokens.indices where words[index].isUpperCase { shouting += 1 }
        let mostlyShouting = shouting * 2 > tokens.count
        var contributions: [(word: String, value: Double, index: Int)] = []
        contributions.reserveCapacity(8)
        let hasOverrides = !overrides.isEmpty  // most mentions: no override, no hashing for nothing

        func valence(at index: Int) -> (Double, elongated: Bool)? {
            // An account's name is who is addressed, not what is said of it ("@amazon", "@united", "@BestBuy").
            if words[index].isHandle { return nil }
            if hasOverrides, let value = overrides[words[index].text] { return (value * 4, false) }
            if let value = words[index].facts.valence(lexicon) { return (value, false) }
            if words[index].isHashtag, let value = hashtagValence(words[index].original, lexicon: lexicon, language: language) { return (value, false) }
            guard words[index].isElongated else { return nil }
            for variant in TextNormalizer.elongationVariants(words[index].text) {
                if hasOverrides, let value = overrides[variant] { return (value * 4, true) }
                if let value = Vocabulary.facts(of: variant).valence(lexicon) { return (value, true) }
            }
            return nil
        }

        /// `value` with the intensifiers and attenuators in the three words before `index`, weaker with distance.
        func boosted(_ value: Double, at index: Int) -> Double {
            var value = value
            for distance in 1...3 where index - distance >= 0 {
                let previous = index - distance
                if words[previous].facts.flags.contains(.of), previous - 1 >= 0, words[previous - 1].facts.flags.contains(.hedge) {
                    value += (value > 0 ? -0.293 : 0.293) * (distance == 1 ? 1.0 : 0.95)
                    continue
                }
                let base = words[previous].facts.booster
                    ?? (words[previous].isElongated
                        ? TextNormalizer.elongationVariants(words[previous].text).lazy.compactMap { Vocabulary.facts(of: $0).booster }.first : nil)
                guard var boost = base else { continue }
                if words[previous].isUpperCase && !mostlyShouting { boost *= 1.5 }
                let scale = distance == 1 ? 1.0 : (distance == 2 ? 0.95 : 0.9)
                value += (value > 0 ? boost : -boost) * scale
            }
            return value
        }

        let counterfactual = Self.counterfactualStarts(tokens)
        let pastClauses = lexicon == .french ? Self.clausesOfThePast(tokens) : nil
        // A project's multi-word overrides ("rappel produit") and the lexicon's phrases: the longest match wins, and
        // its words do not count again alone.
        let overridePhrases = hasOverrides
            ? Phrases(Dictionary(overrides.filter { $0.key.contains(" ") }.map { ($0.key, $0.value * 4) }) { a, _ in a }) : nil
        let lexiconPhrases = phrases[language]
        var coveredUntil = 0
        var defused: [Range<Int>] = []
        var negatingPhrases: [Range<Int>] = []
        // The word that says a bad thing is gone ("la douleur a disparu"): its own valence is not counted.
        var relief = -1
        // Most texts have no word of decline, ask no "who" and name no cost: one bit test per word says so.
        var rareRule = false
        for index in tokens.indices where words[index].facts.flags.contains(.rareRule) {
            rareRule = true
            break
        }
        let mayDecline = rareRule && Self.declineFilter.containsAny(of: tokens)
        let mayAskWho = rareRule && Self.whoWords.containsAny(of: tokens)
        let marks = Self.marks(of: text)
        var titleCase: Bool?
        var blameBoosts = -1
        // By index: copying a token would retain and release its two strings for every word.
        for index in tokens.indices {
            // A link's words are an address, not what the writer says ("https://example.com/awful-review").
            if index < coveredUntil || index == relief || words[index].isLink { continue }
            let flags = words[index].facts.flags
            // The marker's own words ("wish") carry no sentiment.
            // (Most texts have no marker: no hashing for nothing.)
            // (A phrase of praise longer than the marker is read whole: "should have done it years ago" praises a change
            // made.)
            let phrase = overridePhrases?.match(at: index, in: tokens)
                ?? (flags.contains(lexicon.phraseStart) ? lexiconPhrases?.match(at: index, in: tokens) : nil)
            if !counterfactual.isEmpty, let marker = counterfactual[words[index].clause], (marker.start...marker.end).contains(index),
                phrase.map({ index + $0.count <= marker.end + 1 || $0.value <= 0 }) ?? true
            {
                continue
            }
            if let phrase {
                coveredUntil = index + phrase.count
                if phrase.value != 0 {
                    // Boosted and negated like a word, from the words before it: "vraiment trop bien", "pas trop bien",
                    // "ce n'est pas un chef-d'oeuvre", "not exactly what I needed". A phrase that holds a negation is
                    // a negative construction of its own, whose "ne" comes before it ("ne vaut pas la peine",
                    // "je n'ai rien à redire", "ne fonctionne plus"): not negated again.
                    var value = boosted(phrase.value, at: index)
                    let holdsNegation = tokens[index..<coveredUntil].contains { !$0.facts.flags.isDisjoint(with: [.negation, .negationAfterVerb]) }
                    // Its negation does not negate a phrase after it ("do not buy this piece of junk"); it does negate
                    // the
                    // words after it, as a negation word alone would ("doesn't work well").
                    if holdsNegation { negatingPhrases.append(index..<coveredUntil) }
                    if !holdsNegation,
                        Self.isNegated(
                            index, tokens: tokens, language: language, defused: defused + negatingPhrases,
                            lookingAfter: false),
                        value > 0 || Self.remedyVerb(before: index, tokens: tokens) == nil
                    {
                        value *= Self.isStrongNegation(index, tokens: tokens) ? -1.0 : -0.74
                    }
                    if value < 0, Self.isRemedied(index, tokens: tokens) { value *= -0.74 }
                    contributions.append((tokens[index..<coveredUntil].map(\.original).joined(separator: " "), value, index))
                } else if !tokens[index..<coveredUntil].allSatisfy({ $0.facts.flags.isDisjoint(with: .negation) }) {
                    // A phrase of valence 0 with a negation word ("can't believe", "sans doute") negates nothing after
                    // it.
                    defused.append(index..<coveredUntil)
                }
                continue
            }
            // "too plastic", "trop cher": excess of something neutral is a complaint (excess of something good —
            // "trop bien" — stays an intensifier).
            if flags.contains(.excess), index + 1 < tokens.count, words[index + 1].clause == words[index].clause {
                let next = tokens[index + 1]
                if next.text.unicodeScalars.count >= 3, valence(at: index + 1) == nil, next.facts.booster == nil,
                    !next.facts.flags.contains(.contentStopword), !next.text.allSatisfy(\.isNumber), next.facts.flags.isDisjoint(with: .negation)
                {
                    // "not too steep", "pas trop compliqué": negated like a word.
                    let negated = Self.isNegated(index, tokens: tokens, language: language, defused: defused)
                    contributions.append((words[index].original + " " + next.original, negated ? 1.5 * 0.74 : -1.5, index))
                }
            }
            // "no" counts as a negative word unless it modifies the next word (VADER's rule).
            let isStandaloneNo = flags.contains(.no) && lexicon == .english && (index + 1 >= tokens.count || words[index + 1].facts.english == nil)
            if !flags.isDisjoint(with: .negation) && !isStandaloneNo && !Self.isIdlePrevention(index, tokens: tokens, valence: { valence(at: $0)?.0 }) {
                continue
            }
            // An intensifier that is also praise ("incredible") is praise when it intensifies no sentiment word after
            // it:
            // "the nurses were incredible with my dad", "incredible food".
            var praise: Double?
            if words[index].facts.booster != nil {
                // One lookup for every intensifier ("very", "so", "trop"…): most are no praise at all.
                guard let (value, predicativeOnly) = Self.praiseIntensifiers[words[index].text] else { continue }
                let endsClause = index + 1 >= tokens.count || words[index + 1].clause != words[index].clause
                // "énorme la mise à jour !": opening a clause before what it praises.
                let opensPraise = predicativeOnly && index + 1 < tokens.count
                    && PhraseSet.startsClause(index, in: tokens) && Self.frenchArticles.contains(words[index + 1].text)
                guard endsClause || opensPraise || (!predicativeOnly && valence(at: index + 1) == nil) else { continue }
                praise = value
            }
            // "merci de me rappeler", "merci de régler ça": a polite "please", not thanks.
            if flags.contains(.thanks), Self.isPoliteRequest(index, tokens: tokens) { continue }
            // "Star Wars", "Taylor Swift", "Amazon Prime": a capitalised word that goes on a name is the name, not an
            // opinion.
            if index > 0, Self.continuesAName(index, tokens: tokens, lexicon: lexicon) { continue }
            // "The Patriots play the Jets", "Nadal beats Federer", "Tottenham won 2-1": a fixture or a result, news.
            // (Not cheered: "The Cubs won the World Series!!!")
            if index > 0, marks.exclamations == 0, Self.isCapitalized(at: index - 1, in: tokens),
                Self.isFixture(index, tokens: tokens)
            {
                continue
            }
            // "feel like crap", "by like 10 seconds", "I'd like a refund": not the verb of liking.
            if flags.contains(.like), lexicon == .english, Self.isNotLiking(index, tokens: tokens) { continue }
            // "kind of", "sort of": a hedge, not the adjective "kind".
            if flags.contains(.hedge), index + 1 < tokens.count, words[index + 1].facts.flags.contains(.of) { continue }
            guard let (found, elongated) = praise.map({ ($0, false) }) ?? valence(at: index), found != 0 else { continue }
            // "nominated for Best Actor", "Love Island final is tonight", "Kill Bill is on AMC": a word of sentiment that
            // starts a name.
            // (Title case is read once per text, when first needed: not a pass over the text for each such word.)
            if Self.isCapitalized(at: index, in: tokens), Self.startsAName(index, tokens: tokens, language: language) {
                if titleCase == nil { titleCase = Self.isTitleCase(tokens) }
                if titleCase == false { continue }
            }
            // "d'une lenteur incroyable", "a delay that was unbelievable": amazement at a bad thing makes it worse.
            if found > 0, index > 0, let last = contributions.last, last.index == index - 1, last.value < 0,
                words[index - 1].clause == words[index].clause, Self.amazement.contains(words[index].text)
            {
                contributions[contributions.count - 1].value *= 1.3
                continue
            }
            // "a portrait of grief", "a meditation on memory and loss", "un film sur le deuil": what a work is about,
            // not what it is; "le film dure 2h10": a length, not hardship.
            if Self.isSubjectMatter(index, tokens: tokens, language: language, praise: found > 0)
                || Self.isALength(index, tokens: tokens) || Self.isAnAmple(index, tokens: tokens)
            {
                continue
            }
            // "a new law against food waste", "la lutte contre le cancer": what is fought, not what happened.
            if found < 0, Self.isOpposed(index, tokens: tokens, language: language) { continue }
            // "dangerously good", "ridiculously good", "scary good", "dangereusement bon": a word of blame right before
            // praise intensifies it.
            if found < 0, Self.mayIntensify(index, tokens: tokens), let next = valence(at: index + 1), next.0 > 0 {
                blameBoosts = index + 1
                continue
            }
            // "pas mal, sans être exceptionnel", "decent without being great": a ceiling conceded, not a fault.
            if found > 0, Self.isConcededCeiling(index, tokens: tokens) { continue }
            // "Enter to win 2 tickets… RT and follow", "Gagnez deux places, RT pour participer": a contest's prize is
            // what is offered, no one's joy.
            if found > 0, Self.contestWins.contains(hash: words[index].hash), Self.contestCues.containsAny(of: tokens) { continue }
            // "broke the opening weekend record", "a battu le record": a record broken is a success.
            var value = found < 0 && Self.breaksARecord(index, tokens: tokens) ? 1.5 : found
            // "assembled from other, better films", "d'autres films, meilleurs": what is better is something else.
            if found > 0, Self.isBetterOther(index, tokens: tokens) { value = -0.74 * found }
            // "the jokes land with all the grace of a dropped piano", "avec toute la finesse d'un éléphant": irony.
            if found > 0, Self.isIronicComparison(index, tokens: tokens) { value = -found }
            if words[index].isUpperCase && !mostlyShouting { value += value > 0 ? 0.733 : -0.733 }
            if elongated { value += value > 0 ? 0.3 : -0.3 }
            value = boosted(value, at: index)
            if index == blameBoosts { value += value > 0 ? 0.293 : -0.293 }
            // Laughter is not a claim a negation can deny: "I don't even mind haha", "pas grave mdr".
            if Self.isNegated(index, tokens: tokens, language: language, defused: defused),
                !Self.laughter.contains(words[index].text),
                value > 0 || Self.remedyVerb(before: index, tokens: tokens) == nil
            {
                // "never so disappointed", "jamais été aussi déçu": VADER's "never so" intensifies instead.
                // "couldn't be happier", "can't get any worse": a comparative that cannot be exceeded is at its
                // extreme.
                let intensifies = Self.isNeverSo(index, tokens: tokens) || Self.isNotSoSince(index, tokens: tokens)
                    || (lexicon == .english && Self.cannotBeExceeded(index, tokens: tokens))
                // "can't thank you enough": gratitude at its height, as strong as a word of devotion.
                let cannotDoEnough = value > 0 && Self.cannotDoEnough(index, tokens: tokens)
                value *= cannotDoEnough ? 2.0 : intensifies ? 1.25 : (Self.isStrongNegation(index, tokens: tokens) ? -1.0 : -0.74)
            }
            // "my back pain is gone", "la douleur a disparu": a bad thing gone is a relief.
            if value < 0, let gone = Self.goneWord(after: index, tokens: tokens) {
                value *= -0.74
                relief = gone
            }
            if value < 0, Self.isRemedied(index, tokens: tokens) { value *= -0.74 }
            // "le chômage baisse", "unemployment fell again in March": a bad thing that declines is good news (and the
            // word of decline is not scored again).
            if value < 0, mayDecline, relief != index, let decline = Self.declineWord(after: index, tokens: tokens) {
                value *= -0.74
                relief = decline
            }
            // "the show lost its charm", "la série a perdu (de) son charme": a good thing lost.
            if value > 0, index >= 2, words[index - 1].facts.flags.contains(.contentStopword), Self.isLost(index, tokens: tokens) {
                value *= -0.74
            }
            // "they eliminated the best singer", "ils ont supprimé la meilleure série": a good thing taken away.
            if value > 0, index >= 2, Self.isRemoved(index, tokens: tokens) { value *= -0.74 }
            // "the app used to be great", "used to love this place", "c'était mieux avant", "avant, c'était top": a
            // good thing in the past only — a decline.
            if value > 0, index >= 2, Self.isPraiseOfThePast(index, tokens: tokens, pastClauses: pastClauses) {
                value *= -0.74
            }
            // "Worked great for two weeks, then it died", "joli pendant une semaine, puis la peinture s'écaille": praise
            // that lasted a while and then ended is a decline too.
            if value > 0, Self.lastedAWhile(index, tokens: tokens) { value *= -0.74 }
            // "the least compelling", "le moins réussi": VADER's rule — "least" before a word turns it (not "at least",
            // "the very least", "au moins").
            if Self.isLeast(index - 1, tokens: tokens) { value *= -0.74 }
            // "a lack of respect", "quel manque de respect", "l'absence d'informations": a good thing missing is a
            // grievance (the word of lack alone is mild: "lack" −1.3, "manque" −0.3, and "respect" +2.1 outweighed it).
            if value > 0, Self.isLacking(index, tokens: tokens) { value = -value }
            // "Who decided meetings at 8am were a good idea", "qui a validé ce logo ?": who decided it, asked, says it
            // should not have been.
            if value > 0, mayAskWho, Self.isIndignantWho(index, tokens: tokens) { value = -value }
            // "more time chasing this than the item is worth": what it is worth, less than it cost.
            if value > 0, words[index].hash == Self.worthHash, Self.followsThan(index, tokens: tokens) {
                value *= -0.74
            }
            // "it would have been nice", "j'aurais aimé": a good thing that did not happen is a regret.
            // ("It was supposed to rain but it was sunny all day": a contrast after it ends it.)
            if value > 0, !counterfactual.isEmpty, let marker = counterfactual[words[index].clause], marker.end < index,
                !((marker.end + 1)..<index).contains(where: { words[$0].facts.flags.contains(.contrast) })
            {
                value *= -0.5
            }
            contributions.append((words[index].original, value, index))
        }

        // "le prix du gazole explose", "rents are skyrocketing": a cost that soars is a grievance; "Enfin un président
        // qui parle aux jeunes", "Finally a phone that lasts two days": praise.
        if rareRule, let rise = Self.costRise(tokens),
            !contributions.contains(where: { rise.range.contains($0.index) })
        {
            contributions.append((rise.words, -1.5, rise.range.lowerBound))
        }
        // "Spotify posts first annual profit, shares jump 12%", "les ventes chutent de 12 %", "hausse du chômage":
        // a measure of a business or an economy that moves is news with a sign — good when sales rise or
        // unemployment falls. What the words of the move said alone is replaced.
        if rareRule, let move = Self.metricMove(tokens) {
            contributions.removeAll { move.range.contains($0.index) }
            contributions.append((move.words, move.value, move.range.lowerBound))
        }
        // "Ils ont fermé la poste du quartier", "les urgences ferment une à une": a public service closed is a grievance,
        // one reopened a relief.
        if rareRule, let closure = Self.serviceClosure(tokens) {
            contributions.removeAll { closure.range.contains($0.index) }
            contributions.append((closure.words, closure.value, closure.range.lowerBound))
        }
        // "Our thermostat cut the heating bill by a third", "a réduit la facture de chauffage": a cost cut is a saving
        // (the cut's own blame, VADER's `cut` −1.1, is not counted).
        if rareRule, let cut = Self.costCut(tokens),
            !contributions.contains(where: { cut.range.contains($0.index) && $0.value > 0 })
        {
            contributions.removeAll { cut.range.contains($0.index) }
            contributions.append((cut.words, 1.5, cut.range.lowerBound))
        }
        // "still cuts tomatoes after a year", "ma liseuse a 6 ans et tient encore la charge", "still works after 5
        // years": a thing that still does its work after months or years has lasted.
        if let lasted = Self.stillWorksAfter(tokens, contributions: contributions, language: language) {
            contributions.removeAll { $0.index == lasted.index }
            contributions.append((lasted.words, 1.5, lasted.index))
        }
        // "recalled it early rather than waiting for someone to get hurt", "plutôt que d'attendre un accident": the
        // harm after "rather than", "instead of", "plutôt que", "au lieu de" is the course not taken; the good after
        // it is what did not come ("a réduit l'autonomie au lieu de l'améliorer", "rain instead of sunshine").
        if !contributions.isEmpty, Self.ratherWords.containsAny(of: tokens) {
            for index in tokens.indices.dropLast() where Self.ratherWords.contains(hash: words[index].hash) {
                let word = words[index].text
                let next = words[index + 1].text
                guard (word == "rather" && next == "than") || (word == "instead" && next == "of")
                    || (word == "plutot" && next == "que") || (word == "plutot" && next == "qu")
                    || (word == "lieu" && index > 0 && words[index - 1].text == "au" && (next == "de" || next == "d"))
                else { continue }
                // (To the clause's end, eight words at most, not past "and", "but", "et", "mais": "instead of a refund
                // and the hotel was awful" still blames the hotel.)
                let clause = words[index].clause
                var end = index + 2
                while end < tokens.count, end <= index + 9, words[end].clause == clause,
                    !Self.courseEnds.contains(words[end].text)
                {
                    end += 1
                }
                contributions.removeAll { $0.value < 0 && $0.index > index + 1 && $0.index < end }
                Self.denyPraise(in: (index + 2)..<end, &contributions)
            }
        }
        // (Not twice: "Finally home!" is a phrase of the lexicon already.)
        if let finally = Self.finallyOneThat(tokens, exclaimed: marks.exclamations > 0),
            !contributions.contains(where: { $0.value < 0 || ($0.index == 0 && $0.value > 0) })
        {
            contributions.append((finally, 1.5, 0))
        }
        // "would watch it again", "won't watch it again", "je le reverrai avec plaisir", "je ne le relirai pas": the
        // reviewer's own verdict, whether to do it again (where no phrase of the lexicons said it already).
        // A plan is no verdict unless denied: "I'll come again tomorrow", "je le referai demain" (but "I won't come
        // again").
        if let again = Self.doItAgain(tokens),
            !contributions.contains(where: { again.range.contains($0.index) && $0.word.utf8.contains(32) })
        {
            let negated = Self.isNegated(again.verb, tokens: tokens, language: language, defused: defused)
            if negated || !again.isAPlan { contributions.append((again.words, negated ? -1.8 : 1.5, again.verb)) }
        }
        // "why is the line at Chipotle always 30 people deep", "pourquoi c'est toujours les mêmes qui paient": a why
        // asked of what always happens blames; so does the year said before what still happens ("Its 2016 and
        // airlines still charge for checked bags").
        if let blamed = (rareRule ? Self.indignantWhy(tokens) : nil) ?? Self.stillInTheYear(tokens),
            !contributions.contains(where: { blamed.range.contains($0.index) && $0.value > 0 })
        {
            contributions.append((blamed.words, -1.2, blamed.range.lowerBound))
        }
        // Emoji and emoticons: read from the raw text.
        for (symbol, value) in Self.symbols(of: text, marks: marks) { contributions.append((symbol, value, tokens.count)) }

        // Contrast: before "but"/"mais" counts half, after it one and a half. "Pourtant" turns only where a clause
        // starts ("…, pourtant le film est réussi"); inside one it concedes ("un premier épisode pourtant réussi").
        // So does "though" ("a good book, though the middle drags"; not "great phone though"), when something is said
        // after it ("the picture is perfect, although I'm not watching on an HDTV" concedes nothing).
        // "Great hotel, shame about the breakfast", "Super film, dommage que la fin soit bâclée": a regret that opens a
        // clause is a "but" too.
        if let pivot = tokens.indices.last(where: { index in
            (words[index].facts.flags.contains(.contrast)
                || (Self.regrets.contains(hash: words[index].hash) && Self.opensARegret(index, tokens: tokens)))
                && (!Self.contrastsAtClauseStart.contains(words[index].text)
                    || PhraseSet.startsClause(index, in: tokens) || words[index - 1].text == "et"
                    || words[index - 1].text == "mais")
                && (words[index].text == "pourtant" || !Self.contrastsAtClauseStart.contains(words[index].text)
                    || contributions.contains { $0.index > index && $0.index < tokens.count })
        }) {
            for index in contributions.indices { contributions[index].value *= contributions[index].index < pivot ? 0.5 : 1.5 }
        }
        // "Loved it, even though I'm not a fan of horror", "super film, même si un peu long": what a concession says
        // counts half (to the end of its clause).
        // (Where each clause's concession starts, then one pass over the words: a text of thousands of "even though"
        // must not walk every word from each.)
        var concededFrom: [Int: Int] = [:]
        let concessionStarts = Self.concessionStarts
        for index in tokens.indices.dropLast() where concessionStarts.contains(hash: words[index].hash) {
            let clause = words[index].clause
            guard words[index + 1].clause == clause, concededFrom[clause] == nil,
                Self.concessions.contains(where: { $0.0 == words[index].text && $0.1 == words[index + 1].text })
            else { continue }
            concededFrom[clause] = index + 2
        }
        if !concededFrom.isEmpty {
            for position in contributions.indices where contributions[position].index < tokens.count {
                let index = contributions[position].index
                if let from = concededFrom[words[index].clause], index >= from { contributions[position].value *= 0.5 }
            }
        }
        // "2/5, would not buy again", "4 out of 5", "12/20", "One star.": the writer's own rating — after the contrast,
        // which weighs reasons, not the verdict. A middling one ("3/5", "6/10") is a middling verdict (below).
        // It weighs as a strong word (a praise after a "but" does not outweigh "2/5"), and stands for the lexicons'
        // own phrases of stars ("one star", "5 stars").
        let rating = Self.rating(of: text, tokens: tokens, language: language)
        if let rating, rating.share < 0.5 || rating.share >= 0.7 {
            contributions.removeAll { rating.range.contains($0.index) }
            contributions.append((rating.words, rating.share < 0.5 ? -3.0 : 3.0, tokens.count))
        }

        // `the "waterproof" watch died after one swim`, `la mairie dit qu'elle est « potable »`: a word of praise in
        // scare quotes — one or two words, not a capitalised title (`loved "Perfect"`) — is not meant.
        // (Read once, only where a quotation mark is: the distrust cue below asks too.)
        let quoted = marks.mayQuote ? Self.scareQuoted(text) : []
        var scareQuote: String?
        if !quoted.isEmpty, contributions.contains(where: { $0.value > 0 }) {
            for index in contributions.indices
            where contributions[index].value > 0 && contributions[index].index < tokens.count
                && quoted.contains(tokens[contributions[index].index].text)
            {
                contributions[index].value.negate()
                scareQuote = "\"" + contributions[index].word + "\""
            }
        }
        // "…and the council says it's safe. sure", "…la mairie dit qu'elle est potable. Bien sûr": a claim reported,
        // then disbelieved alone at the end, is sarcasm — what it praises is not meant.
        let disbelief = Self.disbelievedClaim(tokens)
        if disbelief != nil {
            for index in contributions.indices where contributions[index].value > 0 { contributions[index].value.negate() }
        }
        // Thanks for a bad thing ("thanks for losing my bag", "merci pour ce retard") are not thanks: the word of
        // thanks counts as negative as it was positive, and the text is ironic (below).
        let sarcasticThanks = Self.sarcasticThanks(tokens, lexicon: lexicon)
        if let sarcasticThanks {
            for index in contributions.indices where contributions[index].index == sarcasticThanks.index && contributions[index].value > 0 {
                contributions[index].value.negate()
            }
        }
        // "3 weeks and still no reply. brilliant.": praise alone at the end of a complaint is sarcasm.
        let sarcasticClosure = Self.sarcasticClosure(tokens, contributions: contributions, marks: marks)
        if let sarcasticClosure {
            for index in contributions.indices where contributions[index].index >= sarcasticClosure.start && contributions[index].value > 0 {
                contributions[index].value.negate()
            }
        }
        // "Bravo la SNCF, encore 45 minutes de retard": the same, opening a grievance.
        let sarcasticOpening = sarcasticClosure == nil
            ? Self.sarcasticOpening(tokens, contributions: contributions)
                ?? Self.sarcasticInterjection(tokens, contributions: contributions, marks: marks)
            : nil
        if let sarcasticOpening {
            for index in contributions.indices where contributions[index].index < sarcasticOpening.end && contributions[index].value > 0 {
                contributions[index].value.negate()
            }
        }
        // "Rien de tel que d'attendre 45 min au téléphone…", "There's nothing like a 3 hour delay to start the
        // holidays": nothing rivals a grievance — sarcasm.
        if let unrivalled = Self.unrivalledGrievance(tokens, contributions: contributions) {
            contributions[unrivalled].value = -abs(contributions[unrivalled].value)
        }
        // "let's gooo", "LET'S GO RANGERS", "allez les Bleus !": a cheer.
        if let cheer = Self.cheer(tokens, marks: marks) { contributions.append((cheer.words, 1.8, cheer.index)) }
        Self.turnBlamedAnticipation(&contributions, tokens: tokens, lexicon: lexicon)
        Self.weighConsolations(&contributions, tokens: tokens)
        Self.turnTearsOfJoy(&contributions, tokens: tokens)
        Self.dropLaughterBesideGrievance(&contributions, tokens: tokens)
        // "I love how Spotify plays the same 5 songs on shuffle": love of how a thing repeats itself is sarcasm.
        // (The love may be a phrase's end: "j'adore quand…" is `j adore`.)
        if let love = Self.sarcasticLoveHow(tokens, contributions: contributions) {
            for index in contributions.indices
            where (love - 1...love).contains(contributions[index].index) && contributions[index].value > 0 {
                contributions[index].value.negate()
            }
        }
        // "What a great day to get a flat tire", "Quelle belle journée pour tomber en panne": praise of a time for a
        // grievance is sarcasm.
        if Self.praisesAGrievance(tokens, contributions: contributions) {
            for index in contributions.indices where contributions[index].value > 0 { contributions[index].value.negate() }
        }
        // "Great job on the new logo, said no one ever": the marker turns what was said before it.
        // (One hash compare per contribution: its first word must be "said".)
        if let marker = contributions.first(where: {
            $0.index < tokens.count && words[$0.index].hash == Self.saidHash
                && Self.saidNoOneEver.contains(TextNormalizer.fold($0.word))
        }) {
            for index in contributions.indices where contributions[index].value > 0 && contributions[index].index < marker.index {
                contributions[index].value.negate()
            }
        }
        // "Le drive de Carrefour c'est top, plus jamais les courses le samedi": never again the old chore, after
        // praise of the new way, is relief.
        Self.dropNeverAgainTheOldWay(&contributions, tokens: tokens)
        Self.intensifyBlameBeforeAstonishment(&contributions, tokens: tokens)
        // "why does shuffle keep playing the same 10 songs": the verb of a failure asked about is no praise (and with
        // no other word, the text leans negative as a complaint, below).
        if let asked = IntentDetector.askedRepetition(in: tokens) {
            contributions.removeAll { $0.index == asked.upperBound - 1 && $0.value > 0 }
        }
        // "will my ticket be valid tomorrow if today's train is cancelled?", "does my policy cover a cracked
        // windscreen?", "mon contrat couvre-t-il un pare-brise fissuré ?": a misfortune supposed or insured against, in
        // a question, is what is asked about, not what happened.
        let supposing = marks.questions > 0 && marks.exclamations == 0 && Self.endsWithQuestion(text)
        if supposing {
            contributions.removeAll {
                $0.value < 0 && $0.value > -2.5 && $0.index < tokens.count && Self.isSupposed($0.index, tokens: tokens)
            }
        }
        // "is the store open on bank holidays?", "Is it worth upgrading to the 15?": a question asking for information,
        // whose one mildly positive word is what it asks about, says nothing of the writer's mood. (A mildly negative
        // one does: "is my unit defective?" is a worry.) It may be asked in two questions ("Qui a testé la box ? Ça
        // vaut le coup ?"), not with "??" ("is it good?? I need to know" is eager).
        if contributions.count == 1, contributions[0].value > 0, contributions[0].index < tokens.count,
            contributions[0].value < Self.askedAboutLimit || Self.askedAboutAttributes.contains(tokens[contributions[0].index].text),
            marks.questions == 1 || (marks.questions == 2 && !text.contains("??")), marks.exclamations == 0,
            Self.asksForInformation(tokens),
            // ("Has anyone tried the new Thai place? Best curry I've had in years", "Did you see that catch? Unreal":
            // strong praise said after the question is no part of it; "…? Je me demande si c'est accepté" still asks.)
            Self.endsWithQuestion(text) || tokens[contributions[0].index].clause != words[tokens.count - 1].clause
                || contributions[0].value < Self.askedAboutLimit
        {
            contributions.removeAll()
        }
        // "Grève des contrôleurs aériens prévue le 12", "the rail strike will continue until thursday", "est-ce que les
        // trains circulent demain malgré la grève ?": a disruption announced or asked about, in no one's own voice,
        // is news (the crisis intent still flags it).
        let announcedDisruption = Self.isAnnouncedDisruption(tokens, contributions: contributions, marks: marks, language: language)
        if announcedDisruption { contributions.removeAll() }
        // "The winner of The Voice will be announced tonight", "La cérémonie d'hommage aura lieu jeudi": an event
        // announced for a time, whose words of sentiment name it.
        if Self.isAnnouncedEvent(tokens, contributions: contributions, marks: marks, language: language) {
            contributions.removeAll()
        }
        // "Je cherche des conseils sur les quartiers… pas trop chers et calmes", "I'm comparing flights… the direct
        // one is cheaper": a choice asked about or weighed; its mild words of praise are what is looked for.
        if !contributions.isEmpty, marks.exclamations == 0,
            contributions.allSatisfy({ $0.value > 0 && $0.value < Self.askedAboutLimit }), Self.weighsAChoice(tokens)
        {
            contributions.removeAll()
        }
        // "Google Pixel vs iPhone 7: which camera is better?", "quel est le meilleur forfait ?": which is better, asked.
        if !contributions.isEmpty, marks.questions > 0, marks.exclamations == 0,
            let asked = Self.askedWhichIsBetter(tokens),
            contributions.allSatisfy({ $0.value > 0 && ($0.value < Self.askedAboutLimit || $0.index == asked) })
        {
            contributions.removeAll()
        }
        // "poll: 52% of voters support the measure", "Selon un sondage Ifop, 42% des Français font confiance au
        // candidat": opinions a poll reports, in no one's own voice and none strong, are news. A figure reported says
        // so more firmly ("Sondage : 52% des Français favorables à la réforme": `favorables` +2.1).
        // (The limit is read once: a long text of many opinions must not rescan its words for each.)
        if !contributions.isEmpty, marks.exclamations == 0, Self.pollWords.containsAny(of: tokens),
            !Self.personalVoice.containsAny(of: tokens), case let limit = Self.pollLimit(tokens),
            contributions.allSatisfy({ abs($0.value) < limit && $0.index < tokens.count })
        {
            contributions.removeAll()
        }
        // "had a great trailer and absolutely nothing else", "une super bande-annonce et rien d'autre": the praise is
        // all there was — a lack.
        // (The first "nothing" / "rien" found once, by hash: a closure over the tokens would copy each one.)
        let nothingAt = Self.nothingWords.firstIndex(in: tokens)
        if let nothingAt, let nothing = Self.nothingElse(tokens, nothing: nothingAt) {
            Self.denyPraise(in: max(0, nothing - 8)..<nothing, &contributions)
        }
        // "Battery lasts maybe 20 minutes, not the 2 hours advertised", "loin des 2 heures annoncées": a claim unmet.
        if let claim = Self.unmetClaim(tokens) ?? Self.claimDeniedByName(tokens) {
            let position = contributions.firstIndex(where: { $0.index > claim }) ?? contributions.count
            contributions.insert((words[claim].original, Self.unmetClaimValue, claim), at: position)
        }
        // "Handsome to look at and utterly empty inside", "Superbe à regarder et complètement creux", "great on
        // paper, dull on screen": praise of the surface or of the plan, conceded before the blame that judges.
        if let conceded = Self.concededSurface(tokens, contributions: contributions) {
            contributions.remove(at: conceded)
        }
        // "Loyalty means nothing", "la fidélité ne vaut rien": the good thing named is worth nothing.
        if let nothingAt, let worthless = Self.meansNothing(tokens, nothing: nothingAt) {
            Self.denyPraise(in: (worthless - 1)..<worthless, &contributions)
        }
        // "Three stars.", "Avis mitigé :", "ni plus ni moins.": the writer's own verdict is middling; the praise and
        // blame around it are its reasons, and only a text far to one side keeps that side. The verdict's own words
        // are the verdict, not a sentiment ("ne vous attendez pas à des miracles").
        let middlingRating = rating.flatMap { $0.share >= 0.5 && $0.share < 0.7 ? $0 : nil }
        let verdict = contributions.isEmpty
            ? nil
            : Self.middlingVerdict(tokens) ?? Self.partitionedVerdict(tokens, contributions: contributions)
                ?? Self.faintPraiseWithAReservation(tokens, contributions: contributions)
                ?? middlingRating.map { ($0.words, 0..<0, Self.middlingSetPhraseWeight) }
                ?? (sarcasticThanks == nil && sarcasticClosure == nil && sarcasticOpening == nil
                    ? Self.mixedList(tokens, contributions: contributions) : nil)
        if let verdict { contributions.removeAll { verdict.range.contains($0.index) } }
        var sum = Self.punctuated(contributions.reduce(0) { $0 + $1.value }, marks: marks)
        if let verdict { sum *= verdict.weight }
        // An explicit irony marker (#sarcasm, #ironie, a final #not or /s, 🙃, sarcastic thanks) says the praise is not
        // meant: a positive sum turns negative, a text with no sentiment word leans negative, a negative one stays.
        let irony = Self.ironyMarker(tokens: tokens, marks: marks) ?? sarcasticThanks?.words ?? sarcasticClosure?.words
            ?? sarcasticOpening?.words ?? disbelief ?? scareQuote
        if irony != nil, sum >= 0 { sum = sum > 0 ? -sum : -1.0 }
        // A complaint with no sentiment word ("where is my bag", "wifi down since this morning", "toujours pas reçu")
        // is not neutral: it leans negative, explained by its cue (not by a mere subject of complaints: "customer
        // service", "remboursement").
        // (A middling verdict whose own words were the only ones stays middling: "Not the worst airline.") So does one
        // whose only words of sentiment are mild blame ("j'ai attendu le technicien toute la journée et personne n'est
        // venu": `attendu` alone weighed −0.1).
        // So does a claim put in scare quotes, told flat (`the "unlimited" plan slows to 2G after 20gb`, `la ligne
        // "24h/24" ferme à 18h`; not asked — `my parcel is "in transit" since Monday, is that normal?` — nor a word
        // named: `le mot « résilience »`). A misfortune supposed in a question is no cue (above).
        var complaintCue: String?
        if irony == nil, verdict == nil, !announcedDisruption, sum > -1.0,
            contributions.allSatisfy({ $0.value <= 0 }),
            let cue = (quoted.first.flatMap { word in
                marks.questions == 0 && !tokens.indices.contains(where: { Self.mentionWords.contains(words[$0].text) })
                    ? "\"" + word + "\"" : nil
            })
                ?? IntentDetector.firstGrievance(in: tokens).flatMap({ cue in
                    supposing && cue.lowerBound < tokens.count && Self.isSupposed(cue.lowerBound, tokens: tokens)
                        ? nil : words[cue].map(\.original).joined(separator: " ")
                })
        {
            complaintCue = cue
            sum = -1.0
        }
        let score = Self.squashed(sum)
        let label = Self.label(of: score)
        var drivers = contributions.count <= 1 ? contributions.map(\.word) : contributions.sorted { abs($0.value) > abs($1.value) }.prefix(5).map(\.word)
        if let irony, label == .negative { drivers = Array(([irony] + drivers.filter { $0 != irony }).prefix(5)) }
        if let complaintCue { drivers = Array(([complaintCue] + drivers).prefix(5)) }
        if let verdict { drivers = Array(([verdict.words] + drivers.filter { $0 != verdict.words }).prefix(5)) }
        return Result(score: score, label: label, drivers: Array(drivers))
    }

    /// What is left of a text's sum under a middling verdict: praise and blame worth less than ~2.4 (one strong word)
    /// end neutral (0.1 left `Joli design, performances moyennes` positive by a hair; 0.08 was 0.001 better on the
    /// 73 sets and the same on the development set).
    static let middlingVerdictWeight = 0.08
    /// The same for a verdict said in a set phrase ("Worth a rental.", "Mixed feelings.", "Trois étoiles."), which
    /// judges the whole: a moderate word made stronger by a contrast ("the plot drags, but the ending is good") is
    /// one of its reasons too. (A part rated average or faint praise — "Average price, great food." — is weighed by
    /// ``middlingVerdictWeight``: strong praise of another part still shows.)
    static let middlingSetPhraseWeight = 0.05

    /// The words of a middling verdict of the writer's own (``middlingVerdicts``), as written; nil when there is none.
    static func middlingVerdict(
        _ tokens: [TextNormalizer.Token]
    ) -> (words: String, range: Range<Int>, weight: Double)? {
        // (Found once, from the end, when a denied verdict first asks: each verdict reading the rest of the text would
        // be quadratic on a text made of them.)
        var lastInsistence: Int?? = nil
        for start in tokens.indices where middlingVerdictStarts.contains(hash: tokens[start].hash) {
            for candidate in middlingVerdictsByFirstWord.value(hash: tokens[start].hash) ?? [] {
                let (words, placement) = middlingVerdicts[candidate]
                guard start + words.count <= tokens.count else { continue }
                let end = start + words.count
                let clause = tokens[start].clause
                // By the tokens' hashes (no string compared).
                let hashes = middlingVerdictHashes[candidate]
                // ("Pas mal, mais un peu cher": a comma may come before the contrast that ends the verdict.)
                let contrastAfterComma = end - 1 > start && tokens[end - 1].facts.flags.contains(.contrast)
                    && tokens[end - 1].clauseAfterComma && tokens[end - 1].clause == tokens[end - 2].clause + 1
                guard (start..<end).allSatisfy({
                        (tokens[$0].clause == clause || ($0 == end - 1 && contrastAfterComma))
                            && tokens[$0].hash == hashes[$0 - start]
                    })
                else { continue }
                // "nothing more" ends its clause as a verdict ("does what it says, nothing more."), not in "nothing
                // more frustrating than…"; "sans plus" not in "sans plus attendre".
                let endsClause = end == tokens.count || tokens[end].clause != clause
                if [.clauseEnd, .wholeClause, .sentence].contains(placement), !endsClause { continue }
                // "Passable." is a verdict as a sentence of its own; "Fine for a short stay." begins its sentence
                // ("works fine for me" praises).
                let startsClause = start == 0 || tokens[start - 1].clause != clause
                if [.clauseStart, .wholeClause, .sentence].contains(placement), !startsClause { continue }
                // "It's fine." and "So-so." as a sentence of their own, not "it's fine, I love you anyway" nor "good
                // phone, so-so service".
                if placement == .sentence,
                    tokens[start].clauseAfterComma || (end < tokens.count && tokens[end].clauseAfterComma)
                {
                    continue
                }
                // "only 3 stars", "seulement trois étoiles": a rating held as too low.
                if start > 0, tokens[start - 1].clause == clause, ratingRestrictions.contains(tokens[start - 1].text) {
                    continue
                }
                // "Not bad for the price, not bad at all", "pas mal pour le prix, pas mal du tout": a denial insisted
                // on after it ("at all", "du tout") is praise, not a middling verdict.
                if !tokens[start].facts.flags.isDisjoint(with: [.negation, .negationAfterVerb]) {
                    if lastInsistence == nil { lastInsistence = .some(Self.lastInsistence(tokens)) }
                    if let insisted = lastInsistence ?? nil, insisted >= end { continue }
                }
                let written = tokens[start..<end].map(\.original).joined(separator: " ")
                return (written, start..<end, middlingSetPhraseWeight)
            }
        }
        return ratedMiddling(tokens).map { ($0.words, $0.range, middlingVerdictWeight) }
    }

    /// Where the last insistence on a denial ("at all", "du tout") or its taking back ("but close", "mais pas loin")
    /// starts: after a middling verdict, it makes the verdict no verdict ("Not bad for the price, not bad at all",
    /// "Not the worst film I've seen this year but close", "pas le pire, mais pas loin").
    static func lastInsistence(_ tokens: [TextNormalizer.Token]) -> Int? {
        var position = tokens.count - 2
        while position >= 0 {
            if tokens[position].facts.flags.contains(.strongNegationStart),
                tokens[position + 1].text == "all" || tokens[position + 1].text == "tout"
            {
                return position
            }
            if tokens[position].text == "but" && tokens[position + 1].text == "close" { return position }
            if position + 2 < tokens.count, tokens[position].text == "mais", tokens[position + 1].text == "pas",
                tokens[position + 2].text == "loin"
            {
                return position
            }
            position -= 1
        }
        return nil
    }

    /// The writer's rating, as a share of the scale (0…1) and as written: "3/5", "7,5/10", "12/20" (French), "4 out
    /// of 5", "8 sur 10", or stars ending their clause ("One star.", "4 étoiles, très bien"; not "a 5 star hotel").
    /// A number over 5, 10 or 20 (100 is a share of something else), written from 0 to the scale, standing where a
    /// verdict stands — opening the text or a clause, or closing one — and not after a word of time or place ("on
    /// 3/5", "le 12/10": a date; "12/10/2024" is one anyway: a digit or a slash may not touch the rating).
    static func rating(
        of text: String, tokens: [TextNormalizer.Token], language: String = "en"
    ) -> (share: Double, words: String, range: Range<Int>)? {
        if let stars = starRating(tokens) ?? wordedRating(tokens) { return stars }
        var text = text
        return text.withUTF8 { bytes -> (share: Double, words: String, range: Range<Int>)? in
            func isDigit(_ offset: Int) -> Bool {
                offset >= 0 && offset < bytes.count && bytes[offset] >= 48 && bytes[offset] <= 57
            }
            // A Latin letter (ASCII, or the lead byte of an accented one); an emoji touching a rating ("5/5🔥") is
            // no letter.
            func isLetter(_ offset: Int) -> Bool {
                guard offset >= 0 && offset < bytes.count else { return false }
                let byte = bytes[offset] | 0x20
                return (byte >= 97 && byte <= 122) || (bytes[offset] >= 0xC3 && bytes[offset] <= 0xC5)
            }
            for slash in bytes.indices where bytes[slash] == 47 {
                // The scale after the slash (a space allowed), then neither a digit, a slash nor a letter.
                var end = slash + 1
                if end < bytes.count, bytes[end] == 32 { end += 1 }
                var scale = 0
                let scaleStart = end
                while isDigit(end), end - scaleStart < 3 {
                    scale = scale * 10 + Int(bytes[end] - 48)
                    end += 1
                }
                // (Over 20 in French only, where grades are given so and "4/20" is no date.)
                guard end > scaleStart, scale == 5 || scale == 10 || (scale == 20 && language == "fr"),
                    !isDigit(end), !isLetter(end),
                    end >= bytes.count || bytes[end] != 47
                else { continue }
                // The number before it: digits, with a decimal point or comma, a space allowed before the slash.
                var start = slash - 1
                if start >= 0, bytes[start] == 32 { start -= 1 }
                let numberEnd = start + 1
                while start >= 0, isDigit(start) || ((bytes[start] == 46 || bytes[start] == 44) && isDigit(start - 1)) {
                    start -= 1
                }
                start += 1
                guard start < numberEnd, isDigit(start), start == 0 || (bytes[start - 1] != 47 && !isLetter(start - 1)),
                    let value = Double(
                        String(decoding: bytes[start..<numberEnd].map { $0 == 44 ? 46 : $0 }, as: UTF8.self)),
                    value <= Double(scale)
                else { continue }
                guard standsAsAVerdict(bytes, start: start, end: end) else { continue }
                // (Its digits carry no valence: no token to take back.)
                return (value / Double(scale), String(decoding: bytes[start..<end], as: UTF8.self), 0..<0)
            }
            return nil
        }
    }

    /// Whether the bytes `start..<end` open the text or a clause, or close one, and do not follow a word of time or
    /// place ("on 3/5", "le 12/10", "until 5/10").
    static func standsAsAVerdict(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        func isMark(_ byte: UInt8) -> Bool { [44, 46, 59, 58, 33, 63, 10, 40, 41, 45].contains(byte) }
        var before = start - 1
        while before >= 0, bytes[before] == 32 { before -= 1 }
        var after = end
        while after < bytes.count, bytes[after] == 32 { after += 1 }
        let opens = before < 0 || isMark(bytes[before])
        // An emoji or a symbol after it closes it too ("Loved it 5/5 🔥": bytes from 0xE2 lead them).
        let closes = after >= bytes.count || isMark(bytes[after]) || bytes[after] >= 0xE2
        guard opens || closes else { return false }
        guard !opens else { return true }
        // The word before it.
        var wordStart = before
        while wordStart > 0, bytes[wordStart - 1] != 32, !isMark(bytes[wordStart - 1]) { wordStart -= 1 }
        let word = TextNormalizer.fold(String(decoding: bytes[wordStart...before], as: UTF8.self))
        return !ratingDateWords.contains(word)
    }
    static let ratingDateWords: Set<String> = [
        "on", "until", "till", "from", "since", "by", "before", "after", "le", "du", "au", "depuis", "jusqu'au",
        "avant", "apres", "des", "the", "of", "at", "en", "vers", "pour", "for",
    ]

    /// "One star.", "2 stars", "4 étoiles, très bien": stars from 1 to 5 that end their clause.
    static func starRating(_ tokens: [TextNormalizer.Token]) -> (share: Double, words: String, range: Range<Int>)? {
        for index in tokens.indices.dropFirst() where starWords.contains(hash: tokens[index].hash) {
            guard let count = starCounts[tokens[index - 1].text], tokens[index - 1].clause == tokens[index].clause,
                index + 1 == tokens.count || tokens[index + 1].clause != tokens[index].clause
            else { continue }
            // "only 4 stars", "que deux étoiles": a rating held as too low.
            if index >= 2, tokens[index - 2].clause == tokens[index].clause,
                ratingRestrictions.contains(tokens[index - 2].text)
            {
                let words = tokens[(index - 2)...index].map(\.original).joined(separator: " ")
                return (0.2, words, (index - 2)..<(index + 1))
            }
            let words = tokens[(index - 1)...index].map(\.original).joined(separator: " ")
            return (Double(count) / 5, words, (index - 1)..<(index + 1))
        }
        return nil
    }
    static let starWords = FilteredWordSet(["star", "stars", "etoile", "etoiles"])

    /// "4 out of 5", "8 sur 10", "15 sur 20" opening or closing their clause.
    static func wordedRating(_ tokens: [TextNormalizer.Token]) -> (share: Double, words: String, range: Range<Int>)? {
        for index in tokens.indices where tokens[index].startsWithDigit {
            let outOf = index + 2 < tokens.count && tokens[index + 1].text == "out" && tokens[index + 2].text == "of"
            let over = index + 1 < tokens.count && tokens[index + 1].text == "sur" ? 1 : (outOf ? 2 : 0)
            let last = index + over + 1
            guard over > 0, last < tokens.count, let value = Int(tokens[index].text),
                let scale = Int(tokens[last].text),
                [5, 10, 20].contains(scale), value <= scale,
                tokens[index...last].allSatisfy({ $0.clause == tokens[index].clause }),
                PhraseSet.startsClause(index, in: tokens)
                    || last + 1 == tokens.count || tokens[last + 1].clause != tokens[last].clause
            else { continue }
            let words = tokens[index...last].map(\.original).joined(separator: " ")
            return (Double(value) / Double(scale), words, index..<(last + 1))
        }
        return nil
    }
    static let starCounts: [String: Int] = [
        "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "un": 1, "une": 1,
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "zero": 0, "0": 0,
    ]

    /// "Some dishes were excellent, others bland", "Certains plats étaient excellents, d'autres fades": parts split by
    /// "some … others" / "certains … d'autres", each clause opening one, judged on opposite sides — a mixed verdict,
    /// weighed as a set phrase is. (Both sides praised, or one side only, is no verdict: "some were great, others
    /// even better".)
    static func partitionedVerdict(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)]
    ) -> (words: String, range: Range<Int>, weight: Double)? {
        guard
            let some = tokens.indices.first(where: {
                partitionStarts.contains(hash: tokens[$0].hash) && PhraseSet.startsClause($0, in: tokens)
            }),
            let others = tokens.indices.first(where: { index in
                index > some && tokens[index].clause > tokens[some].clause && PhraseSet.startsClause(index, in: tokens)
                    && (tokens[index].text == "others"
                        || (tokens[index].text == "d" && index + 1 < tokens.count
                            && tokens[index + 1].text == "autres"))
            })
        else { return nil }
        let othersClause = tokens[others].clause
        var first = 0.0
        var second = 0.0
        for contribution in contributions where contribution.index < tokens.count {
            let clause = tokens[contribution.index].clause
            if clause >= tokens[some].clause && clause < othersClause { first += contribution.value }
            if clause == othersClause { second += contribution.value }
        }
        guard first * second < 0 else { return nil }
        let othersWritten = tokens[others].text == "d"
            ? tokens[others].original + "'" + tokens[others + 1].original : tokens[others].original
        let words = tokens[some].original + " … " + othersWritten
        return (words, some..<(some + 1), middlingSetPhraseWeight)
    }
    static let partitionStarts = FilteredWordSet(["some", "certains", "certaines"])

    /// Faint praise opening the text, then a mild reservation after "but" / "mais" or a comma: "Competent but
    /// forgettable.", "Honnête mais vite oublié.", "Sympa mais un peu long." — a middling verdict, weighed as a part
    /// rated average.
    /// The praise is one of a few faint words, in a clause of three words at most; what follows the contrast is mild
    /// blame and nothing else — under 2 with the contrast's weight (`forgettable`, `un peu long`; not `the battery died
    /// after a week`).
    static func faintPraiseWithAReservation(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)]
    ) -> (words: String, range: Range<Int>, weight: Double)? {
        // The reservation may follow a comma instead: "Decent popcorn entertainment, forgettable by the next morning."
        // (A text of emoji alone has no words: `1..<0` had crashed the scorer on "😡😡😡" sent with a language.)
        guard tokens.count >= 2, tokens.count <= 12, let pivot = (1..<min(4, tokens.count)).first(where: { index in
                (tokens[index].facts.flags.contains(.contrast) && ["but", "mais"].contains(tokens[index].text))
                    || (tokens[index].clauseAfterComma && tokens[index].clause != tokens[index - 1].clause)
            }),
            let praise = (0..<pivot).first(where: { faintPraise.contains(hash: tokens[$0].hash) })
        else { return nil }
        let afterComma = !tokens[pivot].facts.flags.contains(.contrast)
        // After the contrast it weighs one and a half; before it, half. Another word of praise may come with the faint
        // one ("decent popcorn entertainment"), none strong.
        let before = contributions.filter { $0.index < pivot }
        let after = contributions.filter { $0.index > pivot || (afterComma && $0.index == pivot) }
        guard before.contains(where: { $0.index == praise }), before.allSatisfy({ $0.value > 0 }),
            before.reduce(0, { $0 + $1.value }) <= (afterComma ? 4.0 : 2.0), !after.isEmpty,
            after.allSatisfy({ $0.value < 0 && $0.index < tokens.count }),
            after.reduce(0, { $0 + $1.value }) > -2.0
        else { return nil }
        let words = afterComma ? tokens[praise].original : tokens[praise].original + " " + tokens[pivot].original
        return (words, praise..<(praise + 1), middlingVerdictWeight)
    }
    static let faintPraise = FilteredWordSet([
        "competent", "decent", "fine", "ok", "okay", "correct", "correcte", "honnete", "sympa", "pleasant",
        "agreable", "solid", "solide", "passable", "acceptable", "watchable", "regardable", "bon", "bonne", "good",
    ])

    /// A review told as a list of short parts judged on both sides — "Clean, functional, forgettable.", "Hôtel bien
    /// placé, chambres petites, petit-déjeuner basique." — is a mixed verdict, weighed as a part rated average (strong
    /// praise of most parts still shows). A list: three clauses or more of five words at most, each after the first
    /// opened by a comma; no contrast in the text (which says itself which side counts).
    static func mixedList(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)]
    ) -> (words: String, range: Range<Int>, weight: Double)? {
        // (Most texts are longer, or have fewer than three clauses: one comparison each says so.)
        guard tokens.count <= 40, !tokens.isEmpty, tokens[tokens.count - 1].clause - tokens[0].clause >= 2,
            !tokens.indices.contains(where: { tokens[$0].facts.flags.contains(.contrast) })
        else { return nil }
        var runStart = 0
        var clauses = 0
        var index = 0
        while index < tokens.count {
            // The clause starting at `index`, and the run of short clauses joined by commas it belongs to.
            var end = index
            while end < tokens.count, tokens[end].clause == tokens[index].clause { end += 1 }
            let short = end - index <= 5
            if !short || (index > runStart && !tokens[index].clauseAfterComma) {
                runStart = short ? index : end
                clauses = short ? 1 : 0
            } else {
                clauses += 1
            }
            if short, clauses >= 3, end == tokens.count || !tokens[end].clauseAfterComma {
                // Every word of sentiment in the list (no emoji, no praise or blame around it), a part on each side.
                guard contributions.allSatisfy({ $0.index >= runStart && $0.index < end }) else { return nil }
                var sums: [Int: Double] = [:]
                for part in contributions { sums[tokens[part.index].clause, default: 0] += part.value }
                if sums.values.contains(where: { $0 > 0 }), sums.values.contains(where: { $0 < 0 }) {
                    let words = tokens[runStart..<end].map(\.original).joined(separator: " ")
                    return (words, 0..<0, middlingVerdictWeight)
                }
            }
            index = end
        }
        return nil
    }

    /// Middling verdicts told through a rating word rather than a set phrase: a part rated average ("Nice design,
    /// average performance", "performances moyennes"; not "the average price", "en moyenne", "le Moyen Âge"), faint
    /// praise with "enough" or "assez" ("Comfortable enough, but…", "Clean enough for one night", "Assez confortable,
    /// mais…"; not "not good enough", "good enough to eat", "pas assez confortable"), and a short sentence of adequacy
    /// ("Produit correct.").
    static func ratedMiddling(_ tokens: [TextNormalizer.Token]) -> (words: String, range: Range<Int>)? {
        for index in tokens.indices where middlingRatings.contains(hash: tokens[index].hash) {
            let token = tokens[index]
            let sameClauseBefore = index > 0 && tokens[index - 1].clause == token.clause
            switch token.text {
            case "average", "moyen", "moyenne", "moyens", "moyennes":
                if sameClauseBefore, notRatingBefore.contains(tokens[index - 1].text) { continue }
                // Intensified, it is a litotes for bad: "franchement moyen", "très moyen", "really average" ("plutôt
                // moyen", "pretty average" stay middling).
                if sameClauseBefore, litotesIntensifiers.contains(tokens[index - 1].text) { continue }
                if index + 1 < tokens.count, ["age", "orient"].contains(tokens[index + 1].text) { continue }
                return (token.original, index..<(index + 1))
            case "assez":
                // "Assez confortable, mais…": faint praise (not "pas assez confortable", "j'en ai assez").
                guard index + 1 < tokens.count, tokens[index + 1].clause == token.clause,
                    (tokens[index + 1].facts.french ?? 0) > 0
                else { continue }
                if sameClauseBefore, !tokens[index - 1].facts.flags.isDisjoint(with: [.negation, .negationAfterVerb]) {
                    continue
                }
                return (tokens[index...(index + 1)].map(\.original).joined(separator: " "), index..<(index + 2))
            case "enough":
                // Opening its clause: "Comfortable enough, but…" ("it is easy enough for my grandmother to use"
                // praises), or after its article: "A pleasant enough film".
                guard sameClauseBefore, (tokens[index - 1].facts.english ?? 0) > 0,
                    PhraseSet.startsClause(index - 1, in: tokens)
                        || (index >= 2 && ["a", "an"].contains(tokens[index - 2].text)
                            && PhraseSet.startsClause(index - 2, in: tokens)),
                    !enoughIdioms.contains(tokens[index - 1].text)
                else { continue }
                if index + 1 < tokens.count, tokens[index + 1].text == "to" { continue }
                return (tokens[(index - 1)...index].map(\.original).joined(separator: " "), (index - 1)..<(index + 1))
            case "fine":
                // A part said to be fine, ending its clause: "Material is fine.", "The food was fine, the view
                // stunning." ("works fine" praises; "It's fine." is a set phrase.)
                guard sameClauseBefore, finePartVerbs.contains(tokens[index - 1].text), index >= 2,
                    tokens[index - 2].clause == token.clause, !["it", "that", "this"].contains(tokens[index - 2].text),
                    index + 1 == tokens.count || tokens[index + 1].clause != token.clause
                else { continue }
                return (tokens[(index - 1)...index].map(\.original).joined(separator: " "), (index - 1)..<(index + 1))
            default:
                // "correct", "correcte" in a sentence of one or two words ("Produit correct.", "Correct."; not "…,
                // correct, …" in a list).
                let clauseStart = index - tokens[..<index].reversed().prefix { $0.clause == token.clause }.count
                let clauseLength = tokens[clauseStart...].prefix { $0.clause == token.clause }.count
                let clauseEnd = clauseStart + clauseLength
                guard clauseLength <= 2, !tokens[clauseStart].clauseAfterComma,
                    clauseEnd == tokens.count || !tokens[clauseEnd].clauseAfterComma
                else { continue }
                return (token.original, index..<(index + 1))
            }
        }
        return nil
    }
    static let contrastsAtClauseStart: Set<String> = ["pourtant", "though", "although"]
    static let regrets = FilteredWordSet(["shame", "pity", "dommage"])
    /// Whether the regret at `index` opens its clause ("a" and "what a" allowed before it) and says what it is about:
    /// "shame about the service", "(a) pity that it rained", "dommage pour l'attente", "dommage que…". Not "Shame on
    /// you", "what a shame", "c'est dommage" alone.
    static func opensARegret(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].clause == tokens[index].clause,
            regretObjects.contains(hash: tokens[index + 1].hash)
        else { return false }
        var start = index
        while start > 0, index - start < 2, tokens[start - 1].clause == tokens[index].clause,
            tokens[start - 1].text == "a" || tokens[start - 1].text == "what"
        {
            start -= 1
        }
        return PhraseSet.startsClause(start, in: tokens)
    }
    static let regretObjects = FilteredWordSet(["about", "that", "pour", "que", "qu"])
    /// "Sure enough, …", "Funny enough, …": a way of telling, not faint praise.
    static let enoughIdioms: Set<String> = ["sure", "funny", "interestingly", "ironically"]
    static let litotesIntensifiers: Set<String> = [
        "tres", "vraiment", "franchement", "trop", "super", "hyper", "really", "very", "so", "extremely", "incredibly",
        "totally",
    ]
    static let middlingRatings = FilteredWordSet([
        "average", "moyen", "moyenne", "moyens", "moyennes", "enough", "assez", "correct", "correcte", "fine",
    ])
    static let finePartVerbs: Set<String> = ["is", "was", "are", "were"]
    /// Before "average" or "moyen": a noun's determiner or a comparison ("the average", "above average", "en moyenne",
    /// "un moyen de…", "plus moyen").
    static let notRatingBefore: Set<String> = [
        "on", "an", "a", "the", "above", "below", "than", "of", "my", "your", "his", "her", "our", "their", "its",
        "with", "en", "au", "le",
        "la", "un", "une", "des", "de", "d", "l", "dessus", "dessous", "mon", "ma", "mes", "ton", "ta", "tes", "son",
        "sa", "ses", "notre",
        "nos", "votre", "vos", "leur", "leurs", "les", "plus", "moins", "par", "aucun", "no", "any", "this", "that",
        "ce", "cet", "cette",
        "classe", "classes", "age",
    ]
    enum VerdictPlacement { case anywhere, clauseStart, clauseEnd, wholeClause, sentence }
    /// Middling verdicts (folded words), and where in its clause one counts.
    static let middlingVerdicts: [(words: [String], placement: VerdictPlacement)] = [
        (["mixed", "feelings"], .anywhere), (["mixed", "bag"], .anywhere), (["three", "stars"], .anywhere),
        (["3", "stars"], .anywhere),
        (["middle", "of", "the", "road"], .anywhere), (["nothing", "more", "nothing", "less"], .clauseEnd),
        (["no", "more", "no", "less"], .clauseEnd), (["nothing", "more"], .clauseEnd), (["avis", "mitige"], .anywhere),
        (["avis", "mitiges"], .anywhere), (["mitige"], .anywhere), (["mitigee"], .anywhere), (["mitiges"], .anywhere),
        (["mitigees"], .anywhere), (["trois", "etoiles"], .anywhere), (["3", "etoiles"], .anywhere),
        (["ni", "plus", "ni", "moins"], .clauseEnd), (["sans", "plus"], .clauseEnd), (["couci", "couca"], .anywhere),
        (["mi", "figue", "mi", "raisin"], .anywhere), (["ni", "bon", "ni", "mauvais"], .anywhere),
        (["ni", "chef", "d", "oeuvre", "ni", "navet"], .anywhere), (["ni", "bonne", "ni", "mauvaise"], .anywhere),
        // Expectations lowered ("Decent for the price, don't expect miracles", "ne vous attendez pas à des
        // miracles"), faint praise and its reservation ("Not bad but a bit pricey", "Pas mal mais un peu cher").
        (["expect", "miracles"], .anywhere), (["pas", "a", "des", "miracles"], .anywhere),
        (["not", "bad", "but"], .anywhere),
        (["pas", "mal", "mais"], .anywhere), (["neither", "good", "nor", "bad"], .anywhere),
        (["ni", "bien", "ni", "mal"], .anywhere),
        // A one-word sentence: "Passable." ("Average.", "Moyen." are read by ``ratedMiddling(_:)``; "Meh." and "Bof."
        // lean negative in tweets: "meh. monday. rain. no coffee.")
        (["passable"], .wholeClause),
        // "It's fine. Does what it says, nothing special.", "Emplacement correct, rien d'exceptionnel." ("nothing
        // special
        // about this phone" keeps its blame), "Nothing special, nothing terrible."
        (["nothing", "special"], .clauseEnd), (["rien", "d", "exceptionnel"], .clauseEnd),
        // "Chambre propre, sans charme particulier.", "Rien de particulier."
        (["sans", "charme", "particulier"], .clauseEnd), (["rien", "de", "particulier"], .clauseEnd),
        // Adequacy: "Fine for a short stay.", "Okay for the price.", "Suffisant pour un court séjour."; a price held
        // too high for it ("Worth a watch on streaming, not at full price", "pas au prix fort"); time passed ("it
        // passes
        // the time", "on passe le temps").
        (["fine", "for"], .clauseStart), (["okay", "for"], .clauseStart), (["ok", "for"], .clauseStart),
        (["suffisant", "pour"], .clauseStart), (["not", "at", "full", "price"], .anywhere),
        (["pas", "au", "prix", "fort"], .anywhere),
        (["passes", "the", "time"], .anywhere), (["passe", "le", "temps"], .anywhere),
        // The basics done: "Does the basics well.", "Fait l'essentiel correctement."
        (["does", "the", "basics"], .anywhere), (["fait", "l", "essentiel"], .anywhere),
        (["ok", "product"], .wholeClause), (["okay", "product"], .wholeClause), (["produit", "ok"], .wholeClause),
        (["it", "s", "fine"], .sentence), (["its", "fine"], .sentence), (["it", "s", "okay"], .sentence),
        (["it", "s", "ok"], .sentence),
        (["so", "so"], .sentence), (["ca", "va"], .sentence),
        // The job done, closing its clause ("Decent blender, a little noisy, does the job.", "Les acteurs font le
        // travail."; "does the job perfectly" praises).
        (["does", "the", "job"], .clauseEnd), (["did", "the", "job"], .clauseEnd), (["do", "the", "job"], .clauseEnd),
        (["gets", "the", "job", "done"], .clauseEnd), (["got", "the", "job", "done"], .clauseEnd),
        (["fait", "le", "job"], .clauseEnd), (["font", "le", "job"], .clauseEnd),
        (["fait", "le", "travail"], .clauseEnd),
        (["font", "le", "travail"], .clauseEnd), (["fait", "l", "affaire"], .clauseEnd),
        // "Not their best album, not their worst", "Honestly not the worst airline", "pas le pire resto du quartier".
        (["not", "the", "worst"], .anywhere), (["not", "their", "worst"], .anywhere),
        (["not", "its", "worst"], .anywhere),
        (["not", "his", "worst"], .anywhere), (["not", "her", "worst"], .anywhere), (["pas", "le", "pire"], .anywhere),
        (["pas", "la", "pire"], .anywhere),
        // Watchable, readable: "Ça se regarde.", "Se laisse lire."
        (["ca", "se", "regarde"], .sentence), (["ca", "se", "lit"], .sentence),
        (["se", "laisse", "regarder"], .anywhere),
        (["se", "laisse", "lire"], .anywhere),
        // A verdict put off: "Time will tell.", "À voir à l'usage.", "Haven't used it much yet, will update."
        (["time", "will", "tell"], .anywhere), (["remains", "to", "be", "seen"], .anywhere),
        (["a", "voir", "a", "l", "usage"], .anywhere), (["a", "voir", "dans", "le", "temps"], .anywhere),
        (["reste", "a", "voir"], .anywhere), (["will", "update"], .clauseEnd),
        // Worth it at a lower price only: "Worth a rental, not a cinema ticket.", "Wait for a sale.", "Attendez les
        // soldes."
        (["worth", "a", "rental"], .anywhere), (["wait", "for", "a", "sale"], .anywhere),
        (["wait", "for", "the", "sale"], .anywhere), (["wait", "for", "streaming"], .anywhere),
        (["attendez", "les", "soldes"], .anywhere), (["attendez", "une", "promo"], .anywhere),
        (["attendre", "les", "soldes"], .anywhere), (["attendre", "une", "promo"], .anywhere),
        // Faint praise held to a budget or a use: "Not bad for a budget model.", "Pas mal pour le prix.", "Bien pour un
        // usage occasionnel." ("Bien pour toi !" congratulates: a determiner must follow.)
        (["not", "bad", "for"], .clauseStart), (["pas", "mal", "pour"], .clauseStart),
        (["bien", "pour", "un"], .clauseStart), (["bien", "pour", "une"], .clauseStart),
        (["bien", "pour", "le"], .clauseStart), (["bien", "pour", "la"], .clauseStart),
        (["bien", "pour", "les"], .clauseStart), (["bien", "pour", "l"], .clauseStart),
        (["bien", "pour", "des"], .clauseStart), (["bien", "pour", "du"], .clauseStart),
        // Twenty-fourth session (sets CY, CZ): "It fits, it protects, nothing remarkable about it.", "Sound is fine for
        // the price.", "The app is a bit clunky but it works.", "Breakfast was just ok.", "L'ensemble est inégal.",
        // "Hit and miss." ("works just fine" praises: "just ok" ends its clause.)
        (["nothing", "remarkable"], .anywhere), (["rien", "de", "remarquable"], .anywhere),
        (["fine", "for", "the", "price"], .anywhere), (["ok", "for", "the", "price"], .anywhere),
        (["okay", "for", "the", "price"], .anywhere), (["but", "it", "works"], .clauseEnd),
        (["mais", "ca", "marche"], .clauseEnd), (["mais", "ca", "fonctionne"], .clauseEnd),
        (["just", "ok"], .clauseEnd), (["just", "okay"], .clauseEnd), (["juste", "correct"], .clauseEnd),
        (["juste", "ok"], .clauseEnd), (["inegal"], .clauseEnd), (["inegale"], .clauseEnd),
        (["hit", "and", "miss"], .anywhere), (["hit", "or", "miss"], .anywhere),
        // "Nothing to complain about, nothing to rave about.", "Rien à redire, rien d'extraordinaire non plus."
        (["nothing", "to", "rave", "about"], .anywhere), (["rien", "d", "extraordinaire"], .anywhere),
        // Praise limited to a use or an audience: "Fun for a weekend.", "Sympa pour un week-end.", "Covers the basics
        // well.", "Not my favourite, but fans will enjoy it.", "Pas encore testé." (a verdict put off).
        (["fun", "for", "a"], .clauseStart), (["fun", "for", "an"], .clauseStart),
        (["sympa", "pour", "un"], .clauseStart), (["sympa", "pour", "une"], .clauseStart),
        (["covers", "the", "basics"], .anywhere), (["couvre", "bien", "les", "bases"], .anywhere),
        (["couvre", "les", "bases"], .anywhere), (["fans", "will", "enjoy"], .anywhere),
        (["les", "fans", "apprecieront"], .anywhere), (["pas", "encore", "teste"], .anywhere),
        (["pas", "encore", "testee"], .anywhere), (["pas", "encore", "essaye"], .anywhere),
        (["pas", "encore", "utilise"], .anywhere), (["haven", "t", "tried", "it", "yet"], .anywhere),
        // Neither side: "Not cheap, not expensive.", "Ni cher ni donné.", "Nothing stood out, good or bad.", "Rien de
        // marquant, ni en bien ni en mal.", "Does what you'd expect from a mid-range hotel."; a fault and "works
        // though" ("No instructions. Works though.", "Ça marche quand même.").
        (["not", "cheap", "not", "expensive"], .anywhere), (["ni", "cher", "ni", "donne"], .anywhere),
        (["nothing", "stood", "out"], .anywhere), (["rien", "de", "marquant"], .anywhere),
        (["ni", "en", "bien", "ni", "en", "mal"], .anywhere), (["does", "what", "you", "d", "expect"], .anywhere),
        (["ce", "qu", "on", "attend", "d", "un"], .anywhere), (["works", "though"], .clauseEnd),
        // ("Smaller than it looks in the pictures. Does what it needs to.")
        (["does", "what", "it", "needs", "to"], .sentence),
        (["ca", "marche", "quand", "meme"], .clauseEnd),
        // A verdict hedged: "it's ok I guess", "Starts slow, picks up in the second half."
        (["ok", "i", "guess"], .clauseEnd), (["okay", "i", "guess"], .clauseEnd), (["fine", "i", "guess"], .clauseEnd),
        (["picks", "up", "in", "the", "second", "half"], .anywhere),
        (["whether", "i", "like", "it"], .anywhere),
        // Twenty-fifth session (set EA): "Série sympathique…, sans grande ambition.", "Une série honnête.", "Idéal pour
        // passer le temps.", "À voir la suite." (a verdict put off)
        (["sans", "grande", "ambition"], .anywhere), (["without", "much", "ambition"], .anywhere),
        (["serie", "honnete"], .clauseEnd), (["film", "honnete"], .clauseEnd), (["roman", "honnete"], .clauseEnd),
        (["pour", "passer", "le", "temps"], .anywhere), (["to", "pass", "the", "time"], .anywhere),
        (["a", "voir", "la", "suite"], .anywhere),
        // Set EB: praise held to an audience ("Fans of the books will find plenty to enjoy"), a comparison that lands
        // in
        // the middle ("Not as good as the first one, but not bad either").
        (["fans", "of", "the"], .clauseStart), (["not", "bad", "either"], .clauseEnd),
    ]
    static let middlingVerdictStarts = FilteredWordSet(Set(middlingVerdicts.map(\.words[0])))
    static let middlingVerdictHashes = middlingVerdicts.map { $0.words.map(WordHash.of) }
    /// The verdicts (positions in ``middlingVerdicts``) by the hash of their first word: a common first word ("not",
    /// "pas") is not compared with every verdict.
    static let middlingVerdictsByFirstWord = WordTable<[Int]>(
        Dictionary(grouping: middlingVerdicts.indices) { middlingVerdicts[$0].words[0] })
    static let ratingRestrictions: Set<String> = ["only", "just", "seulement", "que", "juste"]

    /// The first words of a question asking for information (after account handles): auxiliaries and question words,
    /// not "why", which as often complains ("why is my bill higher this month?") — nor "y", its text-speak, although
    /// French asks with it ("y a des places ?").
    static let informationQuestionStarts: Set<String> = [
        "is", "are", "was", "were", "does", "do", "did", "can", "could", "will", "would", "should", "has", "have",
        "what", "whats",
        "when", "where", "which", "who", "whos", "how", "anyone", "anybody", "any", "est", "quand", "ou", "comment",
        "quel", "quelle",
        "quels", "quelles", "qui", "combien", "quelqu", "faut", "peut", "peux", "pouvez",
        // Asking for a recommendation: "looking for a good budget laptop, any suggestions?"
        "looking", "recommend", "recommendations", "suggestions", "need", "cherche", "conseil", "conseils",
        "conseillez", "conseilles", "recommandez", "recommandes", "connaissez", "connais", "savez", "sais",
        // "Ça vaut le coup de passer à l'iPhone 15 ?" ("ça" is skipped as a subject).
        "vaut", "valait",
        // French asks in the order of a statement: "la ligne 13 est rétablie ?", "ma commande est bien partie ?".
        "la", "le", "les", "l", "mon", "ma", "mes", "votre", "vos", "ce", "cette",
    ]
    /// Who asks, before the question's first word ("I'm looking for…", "je cherche…", "vous conseillez quoi… ?").
    static let askingSubjects: Set<String> = ["i", "m", "im", "am", "je", "j", "ca", "c", "vous", "tu"]
    /// A positive word rated under this in a question asking for information is what it asks about ("holidays" 1.6,
    /// "worth" 0.9, "good" 1.9); stronger ones are the writer's ("does anyone else love this song?").
    static let askedAboutLimit = 2.0
    /// What a question asks for, however strongly the lexicon rates it: "what's the best plan for…?", "is the free
    /// trial still available?", "quel est le meilleur forfait ?".
    static let askedAboutAttributes: Set<String> = [
        "best", "better", "free", "perfect", "ideal", "meilleur", "meilleure", "mieux", "gratuit", "gratuite",
        // "is the deluxe edition worth it?", "ça vaut le coup ?"
        "worth", "vaut",
        // "Who won the game last night?", "Did the Lakers win?", "Qui a gagné le match hier soir ?": a result asked for.
        "won", "win", "gagne", "gagnee", "gagnes",
    ]

    /// Whether the text's only sentiment is a disruption (a strike, an outage, traffic disrupted, a meeting put off),
    /// told in no one's own voice (no "I", "my", "on", "we", "lol"…, nothing again or counted: "third outage this
    /// week"), without an exclamation, either announced for a time ("prévue le 12", "until thursday", "cette nuit")
    /// or asked about for information.
    static func isAnnouncedDisruption(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)], marks: Marks,
        language: String
    ) -> Bool {
        guard !contributions.isEmpty, marks.exclamations == 0,
            contributions.allSatisfy({
                $0.index < tokens.count && $0.value > -2.5
                    && (disruptions.contains(hash: tokens[$0.index].hash) || reportedDisruptions.contains(hash: tokens[$0.index].hash))
            }),
            !contributions.contains(where: { reportedDisruptions.contains(hash: tokens[$0.index].hash) })
                || causeWords.containsAny(of: tokens) || reportingVerbs.containsAny(of: tokens),
            // ("will meet on Monday to try to end the strike": English "on" is a preposition of time, as for events.)
            !tokens.indices.contains(where: { isPersonalVoice(at: $0, in: tokens, language: language) })
        else { return false }
        if marks.questions > 0 { return asksForInformation(tokens) }
        // ("Day 3 of the outage and not a single text from them": a grievance told beside it is no announcement.)
        // ("The company says the outage was caused by a faulty configuration change": its cause, reported.)
        // ("La circulation est interrompue suite à un incident technique": a cause given is a report too.)
        guard tokens.indices.contains(where: {
            tokens[$0].startsWithDigit || timeReferences.contains(hash: tokens[$0].hash) || reportingVerbs.contains(hash: tokens[$0].hash)
                || causeWords.contains(hash: tokens[$0].hash)
        }) else { return false }
        // ("AirNord has cancelled 40 flights today": the disruption word itself, a complaint cue when someone tells
        // it as theirs, is no grievance beside the announcement; one told after it is.)
        // (Three disruption words at most are passed so: each pass reads the rest of the text again, and a text
        // of thousands of them is no calm announcement.)
        var rest = tokens[...]
        for _ in 0...3 {
            guard let grievance = IntentDetector.firstGrievance(in: Array(rest)) else { return true }
            let start = rest.startIndex + grievance.lowerBound
            guard grievance.count == 1,
                disruptions.contains(hash: tokens[start].hash) || reportedDisruptions.contains(hash: tokens[start].hash)
            else { return false }
            rest = tokens[(start + 1)...]
        }
        return false
    }
    /// The strongest opinion a poll may report as news: a little more when it reports a figure.
    static func pollLimit(_ tokens: [TextNormalizer.Token]) -> Double {
        for index in tokens.indices where tokens[index].startsWithDigit { return 2.6 }
        return askedAboutLimit
    }
    /// Whether the text announces an event for a time — a verb of scheduling ("will be held", "announced tonight",
    /// "aura lieu jeudi", "commencent le 10 janvier", "revient en décembre") and a date, a day or an hour — in no one's
    /// own voice, without an exclamation or a question, and every word of sentiment names part of it after a
    /// determiner or a preposition ("the winner", "its special event", "la cérémonie d'hommage", "le festival du rire",
    /// "la meilleure baguette"), none very strong. Not "the show will be amazing on Friday" (said of it), "School
    /// starts tomorrow ugh" (a feeling), "Can't wait for the premiere on Friday!".
    static func isAnnouncedEvent(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)], marks: Marks,
        language: String
    ) -> Bool {
        guard !contributions.isEmpty, marks.exclamations == 0, marks.questions == 0,
            contributions.allSatisfy({ namesTheEvent($0.index, tokens: tokens) && abs($0.value) < 3.5 }),
            schedulings.containsAny(of: tokens),
            // (English "on" is a preposition of time: "held on Thursday"; French "on" is someone's voice.)
            !tokens.indices.contains(where: { isPersonalVoice(at: $0, in: tokens, language: language) })
        else { return false }
        return tokens.indices.contains {
            tokens[$0].startsWithDigit || timeReferences.contains(hash: tokens[$0].hash) || months.contains(hash: tokens[$0].hash)
        }
    }
    /// Whether the word at `index` names part of an announced event: after a determiner or a preposition, neither a
    /// superlative ("The best show of the year returns on Sunday", "les meilleurs moments") nor an adjective after an
    /// indefinite article before its noun ("A terrible movie opens Friday", "The new café opens Monday, a great addition
    /// to the neighborhood", "une belle adresse"; "a strike on the Northern line" is a noun).
    static func namesTheEvent(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard index > 0, index < tokens.count else { return false }
        let clause = tokens[index].clause
        // (Read in place: a copy of a token retains and releases its two strings.)
        let before = tokens[index - 1].hash
        guard eventNamers.contains(hash: before), tokens[index - 1].clause == clause,
            !superlatives.contains(tokens[index].text),
            !(indefiniteArticles.contains(hash: before) && index + 1 < tokens.count && tokens[index + 1].clause == clause
                && !nounFollowers.contains(hash: tokens[index + 1].hash))
        else { return false }
        // "Le kiné m'a remis sur pied… Merci": French "a" after its subject is the verb, not an article.
        return !(before == aHash && index >= 2 && frenchSubjectsOfA.contains(hash: tokens[index - 2].hash))
    }
    static let aHash = WordHash.of("a")
    /// Subjects and object pronouns before the French verb "a" ("m'a", "il a", "qui a", "nous a"), none an English
    /// word before the article ("on a" is both: left out).
    static let frenchSubjectsOfA = FilteredWordSet(["m", "t", "l", "il", "elle", "qui", "ca", "y", "lui", "nous", "vous", "leur", "n"])
    static let indefiniteArticles = FilteredWordSet(["a", "an", "un", "une"])
    /// Words after which the word before is a noun, not an adjective before its noun: "a strike on the Northern line",
    /// "a tragedy in three acts", "une grève de".
    static let nounFollowers = FilteredWordSet([
        "of", "on", "in", "at", "for", "to", "with", "de", "d", "du", "des", "en", "a", "au", "aux", "dans", "pour",
        "sur", "avec",
    ])
    static let schedulings = FilteredWordSet([
        "held", "hold", "holds", "announced", "unveiled", "unveil", "unveils", "revealed", "premieres", "airs", "opens",
        "launches", "starts", "begins", "returns", "lieu", "commence", "commencent", "debute", "debutent", "revient",
        "reviennent", "connu", "connue", "connus", "decerne", "decernee", "decernes", "devoile", "devoilee", "tiendra",
        "tiendront",
    ])
    /// Words after which a word names a thing rather than judges it: determiners and prepositions.
    static let eventNamers = FilteredWordSet([
        "the", "a", "an", "its", "his", "her", "their", "of", "le", "la", "les", "l", "un", "une", "du", "de", "d",
        "des", "sa", "son", "ses", "leur", "leurs",
    ])
    static let months = FilteredWordSet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre",
    ])
    static let pollWords = FilteredWordSet(["poll", "polls", "survey", "sondage", "sondages", "enquete"])
    /// Where "and nothing else", "and absolutely nothing more", "et rien d'autre", "et absolument rien de plus" close
    /// the text or its sentence — not after "just", "juste", "only" ("just me, a good book and nothing else" is
    /// content), nor "nothing else matters".
    static func nothingElse(_ tokens: [TextNormalizer.Token], nothing: Int) -> Int? {
        guard nothing >= 2, nothing + 1 < tokens.count else { return nil }
        let next = tokens[nothing + 1].text
        let closes = next == "else" || next == "more"
            || (nothing + 2 < tokens.count && (next == "d" || next == "de")
                && (tokens[nothing + 2].text == "autre" || tokens[nothing + 2].text == "plus"))
        let end = nothing + (next == "d" || next == "de" ? 3 : 2)
        guard closes, end == tokens.count || tokens[end].clause != tokens[nothing].clause else { return nil }
        var conjunction = nothing - 1
        if ["absolutely", "absolument"].contains(tokens[conjunction].text) { conjunction -= 1 }
        guard conjunction >= 1, ["and", "et"].contains(tokens[conjunction].text),
            !tokens[max(0, conjunction - 8)..<conjunction].contains(where: { contentOnly.contains($0.text) })
        else { return nil }
        return conjunction
    }
    static let nothingWords = FilteredWordSet(["nothing", "rien"])
    /// Denies the praise of the words at the positions in `range` as a negation would (VADER's scalar): the good
    /// after "instead of", the praise before "and nothing else", the good thing that "means nothing".
    static func denyPraise(
        in range: Range<Int>, _ contributions: inout [(word: String, value: Double, index: Int)]
    ) {
        for position in contributions.indices
        where contributions[position].value > 0 && range.contains(contributions[position].index) {
            contributions[position].value *= -0.74
        }
    }
    static let unmetClaimValue = -1.5
    static let surfaceStarts = FilteredWordSet(["to", "a", "on", "sur"])
    /// The position of a claim's word ("advertised", "promised", "annoncées", "promis") denied before it in its
    /// clause, within five words, by "not the", "pas les", "nowhere near", "loin des", "instead of the": what was
    /// claimed and not delivered.
    static func unmetClaim(_ tokens: [TextNormalizer.Token]) -> Int? {
        guard let claim = claimWords.firstIndex(in: tokens), claim >= 2 else { return nil }
        let clause = tokens[claim].clause
        var position = claim - 1
        while position >= 0, claim - position <= 5, tokens[position].clause == clause {
            if claimDeniers.contains(tokens[position].text) { return claim }
            position -= 1
        }
        return nil
    }
    static let claimWords = FilteredWordSet([
        "advertised", "promised", "claimed", "stated", "annonce", "annonces", "annoncee", "annoncees", "promis",
        "promise", "promises", "vante", "vantes", "vantee", "vantees",
    ])
    static let claimDeniers: Set<String> = ["not", "pas", "nowhere", "loin", "instead", "lieu"]
    /// The position of a word claimed ("Description says waterproof", "Annoncé étanche", "sold as leather") and denied
    /// later in the text ("It is not waterproof", "Il n'est pas étanche"): within three words after the claim, the
    /// same word again after a negation in the three words before it.
    static func claimDeniedByName(_ tokens: [TextNormalizer.Token]) -> Int? {
        guard let claim = namedClaims.firstIndex(in: tokens) else { return nil }
        var named = claim + 1
        while named < tokens.count, named <= claim + 3, tokens[named].clause == tokens[claim].clause {
            let hash = tokens[named].hash
            if !tokens[named].facts.flags.contains(.contentStopword) {
                var position = named + 2
                while position < tokens.count {
                    if tokens[position].hash == hash,
                        (max(named + 1, position - 3)..<position).contains(where: {
                            tokens[$0].clause == tokens[position].clause
                                && !tokens[$0].facts.flags.isDisjoint(with: [.negation, .negationAfterVerb])
                        })
                    {
                        return position
                    }
                    position += 1
                }
            }
            named += 1
        }
        return nil
    }
    static let namedClaims = FilteredWordSet([
        "says", "said", "advertised", "claimed", "sold", "described", "listed", "annonce", "annoncee", "vendu",
        "vendue", "decrit", "decrite", "indique", "indiquee",
    ])
    /// Where "means nothing", "counts for nothing", "ne veut rien dire", "ne vaut rien" follow a word: the position of
    /// their first word.
    static func meansNothing(_ tokens: [TextNormalizer.Token], nothing: Int) -> Int? {
        guard nothing >= 2 else { return nil }
        let before = tokens[nothing - 1].text
        if before == "means" || before == "meant" { return nothing - 1 }
        if before == "for", tokens[nothing - 2].text == "counts" || tokens[nothing - 2].text == "count" {
            return nothing - 2
        }
        let after = nothing + 1 < tokens.count ? tokens[nothing + 1].text : ""
        if (before == "veut" && after == "dire") || before == "vaut" || before == "valent",
            tokens[nothing - 2].text == "ne" || tokens[nothing - 2].text == "n"
        {
            return nothing - 2
        }
        return nil
    }
    /// Whether the comparative praise at `index` ("better", "meilleurs") qualifies "other", "autres" — right after it
    /// or after its noun: "other, better films", "d'autres films, meilleurs" (not "others are even better": a part of
    /// the thing judged, said better).
    static func isBetterOther(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard betterWords.contains(hash: tokens[index].hash), index >= 1 else { return false }
        if otherWords.contains(hash: tokens[index - 1].hash) { return true }
        return index >= 2 && otherWords.contains(hash: tokens[index - 2].hash) && tokens[index - 1].facts.english == nil
            && tokens[index - 1].facts.french == nil && !copulas.contains(tokens[index - 1].text)
    }
    static let copulas: Set<String> = ["are", "is", "were", "was", "be", "sont", "est", "etaient", "etait", "seront"]
    static let betterWords = FilteredWordSet(["better", "meilleur", "meilleure", "meilleurs", "meilleures"])
    static let otherWords = FilteredWordSet(["other", "others", "autre", "autres"])
    /// The position in `contributions` of praise followed by "to look at", "à regarder", "on paper", "sur le papier"
    /// when blame comes after it: the surface conceded ("Beautiful to look at" alone is praise).
    static func concededSurface(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)]
    ) -> Int? {
        // (By index, the first two words by hash: this runs for every text with praise in it.)
        for position in contributions.indices where contributions[position].value > 0 {
            let next = contributions[position].index + 1
            guard next + 1 < tokens.count, surfaceStarts.contains(hash: tokens[next].hash) else { continue }
            let (first, second) = (tokens[next].text, tokens[next + 1].text)
            let conceded =
                (first == "to" && second == "look" && next + 2 < tokens.count && tokens[next + 2].text == "at")
                || (first == "a" && second == "regarder") || (first == "on" && second == "paper")
                || (first == "sur" && second == "le" && next + 2 < tokens.count && tokens[next + 2].text == "papier")
            guard conceded else { continue }
            return contributions[(position + 1)...].contains(where: { $0.value < 0 }) ? position : nil
        }
        return nil
    }
    static let contentOnly: Set<String> = ["just", "juste", "only", "que"]
    static let disruptions = FilteredWordSet([
        "greve", "greves", "strike", "strikes", "perturbe", "perturbee", "perturbes", "perturbees", "perturbation",
        "perturbations", "coupure", "coupures", "outage", "outages", "offline", "reporte", "reportee", "reportes",
        "reportees", "postponed", "disrupted", "disruption", "disruptions",
        // "All flights are suspended until further notice", "les vols sont suspendus jusqu'à nouvel ordre".
        "suspended", "suspendu", "suspendue", "suspendus", "suspendues",
        // "are flights from Lisbon affected by the ash cloud today?", "100 flights affected today".
        "affected", "impacted",
        // "l'entreprise explique que la panne vient d'une erreur de configuration".
        "panne", "pannes",
    ])
    /// Disruptions that are someone's loss unless their cause is given or they are reported ("my flight got
    /// cancelled", "the concert got cancelled" are not news): "AirNord has cancelled 40 flights today because of the
    /// strike", "caused by a fibre cut near Bolton", "la circulation est interrompue suite à un incident technique".
    static let reportedDisruptions = FilteredWordSet([
        "cancelled", "canceled", "cancels", "cancellations", "annule", "annulent", "annules", "annulee", "annulees",
        "annulation", "annulations", "fault", "faults", "cut", "incident", "interrompu", "interrompue", "interrompus",
        "interrompues",
        // "customers affected by the billing error will be contacted, EnergiaPower says", "after a suspected drone
        // sighting, airport says".
        "error", "errors", "erreur", "erreurs", "suspected",
        // (Not a recall's defect: "Ford recalls 250,000 SUVs over a faulty seat belt sensor" is bad news for the
        // brand — set DC.)
    ])
    /// Words that give a cause: "due to", "because of", "caused by", "en raison de", "suite à", "à cause de".
    static let causeWords = FilteredWordSet(["due", "because", "caused", "raison", "suite", "cause"])
    /// Whether a word is someone's own voice: English "on" is a preposition of time ("held on Thursday"), French
    /// "on" someone; "US" in capitals is the country ("recall 300,000 cars in the US").
    /// (Read in place by index: a token passed by value retains and releases its two strings.)
    @inline(__always) static func isPersonalVoice(
        at index: Int, in tokens: [TextNormalizer.Token], language: String
    ) -> Bool {
        let hash = tokens[index].hash
        return personalVoice.contains(hash: hash) && (language == "fr" || hash != onHash)
            && !(hash == usHash && tokens[index].original == "US")
    }
    static let usHash = WordHash.of("us")
    static let personalVoice = FilteredWordSet([
        "i", "me", "my", "mine", "we", "us", "our", "im", "je", "j", "m", "moi", "mon", "ma", "mes", "nous", "notre",
        "nos", "on", "again", "encore", "still", "toujours", "another", "second", "third", "fourth", "2nd", "3rd",
        "4th", "deuxieme", "troisieme", "enieme", "lol", "mdr", "2e", "3e", "4e", "5e",
        // Going on already, not announced: "coupure d'électricité depuis ce matin", "outage since 6am".
        "depuis", "since",
    ])
    static let timeReferences = FilteredWordSet([
        "today", "tonight", "tomorrow", "morning", "until", "from", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "weekend", "week", "announced", "planned", "will", "aujourd", "demain", "matin",
        "soir", "nuit", "jusqu", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "prevue", "prevu", "prevues", "prevus", "programmee", "programme", "reconduite", "reconduit", "annonce",
        "annoncee", "depose",
    ])

    /// Whether the text's first word, account handles aside, starts a question asking for information — not one that
    /// shares a feeling ("who else is excited for tonight?", "anyone else's app crashing?").
    static func asksForInformation(_ tokens: [TextNormalizer.Token]) -> Bool {
        // "I'm looking for…", "je cherche…": the one who asks comes first.
        guard let first = tokens.firstIndex(where: { !$0.isHandle && !askingSubjects.contains($0.text) }),
            informationQuestionStarts.contains(tokens[first].text)
        else {
            return false
        }
        // "who else is excited", "qui d'autre a hâte du week-end ?", "is it just me or…": a feeling shared, not
        // information asked.
        // (By index: a closure over the tokens themselves copies each one, strings and all.)
        let opening = first..<min(tokens.count, first + 4)
        if opening.contains(where: { tokens[$0].text == "just" }), opening.contains(where: { tokens[$0].text == "me" }) {
            return false
        }
        return !opening.prefix(3).contains { tokens[$0].text == "else" || tokens[$0].text == "autre" }
    }
    /// Whether the word at `index` is a misfortune supposed or insured against: after "if", "si", "in case", "en cas"
    /// or a verb of cover ("cover", "couvre") earlier in its clause, within eight words — not "what if" (a worry).
    static func isSupposed(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let clause = tokens[index].clause
        var position = index - 1
        while position >= 0, index - position <= 8, tokens[position].clause == clause {
            // ("C'est si compliqué de répondre ?": `si` before an adjective is "so".)
            // ("my AirPods case stopped charging": `case` only in "in case", `cas` in "en cas", "au cas".)
            let word = tokens[position].text
            if supposings.contains(hash: tokens[position].hash),
                word != "si" || conditionalSubjects.contains(tokens[position + 1].text),
                (word != "case" && word != "cas") || (position > 0 && caseOpeners.contains(tokens[position - 1].text))
            {
                return !(position > 0 && (tokens[position - 1].text == "what" || tokens[position - 1].text == "even"))
            }
            position -= 1
        }
        return false
    }
    static let caseOpeners: Set<String> = ["in", "en", "au"]
    static let conditionalSubjects: Set<String> = [
        "le", "la", "les", "l", "un", "une", "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "mon",
        "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "votre", "leur", "c", "ca", "ce", "cette",
    ]
    static let supposings = FilteredWordSet([
        "if", "case", "si", "cas", "cover", "covers", "covered", "couvre", "couvrent", "couvert", "couverte",
        "couverts", "insured", "assure", "assuree", "insure", "against", "contre",
    ])

    /// The words of scare quotes in `text`: what stands between two quotation marks (`"safe"`, `“premium”`,
    /// `« potable »`, `"24h"`), one or two words starting in lower case or with a figure, folded.
    static func scareQuoted(_ text: String) -> [String] {
        var quoted: [String] = []
        var open: Unicode.Scalar?
        var inside = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let opener = open {
                let closes = (opener == "\"" && scalar == "\"") || (opener == "\u{201C}" && scalar == "\u{201D}")
                    || (opener == "\u{AB}" && scalar == "\u{BB}")
                guard closes else {
                    inside.append(scalar)
                    if inside.count > 40 { open = nil }
                    continue
                }
                open = nil
                let words = String(inside).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
                // (A figure may open them: `the "24h" support line`.)
                guard (1...2).contains(words.count), let first = words[0].unicodeScalars.first,
                    first.properties.isLowercase || ("0"..."9").contains(first)
                else { continue }
                for word in words {
                    quoted.append(TextNormalizer.fold(String(word.filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" })))
                }
            } else if scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{AB}" {
                open = scalar
                inside = String.UnicodeScalarView()
            }
        }
        return quoted
    }

    /// A claim reported ("says", "claims", "dit que", "affirme") and then disbelieved in the text's last clause on its
    /// own ("sure", "yeah right", "bien sûr", "mon œil", "c'est ça"): the disbelief as written.
    static func disbelievedClaim(_ tokens: [TextNormalizer.Token]) -> String? {
        // (From the end, by index, three words at most: every text runs this.)
        guard tokens.count > 2 else { return nil }
        let clause = tokens[tokens.count - 1].clause
        var start = tokens.count - 1
        while start > 0, tokens[start - 1].clause == clause {
            start -= 1
            if tokens.count - start > 3 { return nil }
        }
        guard start > 1, disbeliefStarts.contains(hash: tokens[start].hash) else { return nil }
        let words = tokens[start...].map { TextNormalizer.elongationVariants($0.text).last ?? $0.text }.joined(separator: " ")
        guard disbeliefs.contains(words), (0..<start).contains(where: { reportingVerbs.contains(hash: tokens[$0].hash) })
        else { return nil }
        return tokens[start...].map(\.original).joined(separator: " ")
    }
    static let disbeliefs: Set<String> = [
        "sure", "yeah sure", "yeah right", "yea right", "sure thing", "sure sure", "riight", "right", "bien sur",
        "c est ca", "mon oeil", "ben voyons", "bah voyons", "oui oui", "mais bien sur",
    ]
    static let disbeliefStarts = FilteredWordSet(Set(disbeliefs.map { String($0.prefix { $0 != " " }) }).union(["suure", "suuure", "riiight"]))
    static let reportingVerbs = FilteredWordSet([
        "says", "say", "said", "saying", "claims", "claim", "claimed", "insists", "insist", "promises", "promised",
        "swears", "dit", "disent", "affirme", "affirment", "assure", "assurent", "pretend", "pretendent", "promet",
        "promettent", "jure", "jurent", "explique",
        // "EnergieDirecte indique que les clients concernés par l'erreur…", "SNCF précise que…".
        "indique", "indiquent", "precise", "precisent",
    ])

    /// Whether the text's last mark, after any spaces and emoji, is a question mark.
    static func endsWithQuestion(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if scalar == "?" { return true }
            if scalar.value < 0x2000, !scalar.properties.isWhitespace { return false }
        }
        return false
    }

    /// Whether the `like` at `index` is not the verb of liking, which VADER rates +1.5 wherever it stands: a
    /// comparison after a verb of seeming or a noun ("feel like crap", "looks like a toy", "something like that"), a
    /// filler before a number ("by like 10 seconds"), or a wish ("I'd like a refund", "would like to know why").
    /// "I like it", "really like the screen", "you'll like it" and "Like it so far" like.
    static func isNotLiking(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        if index + 1 < tokens.count, tokens[index + 1].clause == tokens[index].clause, tokens[index + 1].startsWithDigit
        {
            return true
        }
        guard index > 0, tokens[index - 1].clause == tokens[index].clause else {
            // "Like many reviewers, I…", "like I said": a clause that starts with `like` and a quantifier or a subject.
            return index + 1 < tokens.count && tokens[index + 1].clause == tokens[index].clause
                && likeAsPreposition.contains(tokens[index + 1].text)
        }
        // "goes down every evening at 7 like clockwork": after a number, a comparison.
        if tokens[index - 1].startsWithDigit { return true }
        // "defending like a Sunday league team", "treated like a criminal", "packed like the Tube": a verb in -ing
        // or -ed, then a determiner — a manner compared.
        let verb = tokens[index - 1].text
        if verb.utf8.count > 4, verb.hasSuffix("ing") || verb.hasSuffix("ed"), index + 1 < tokens.count,
            tokens[index + 1].clause == tokens[index].clause, likeComparands.contains(tokens[index + 1].text)
        {
            return true
        }
        return notLikingBefore.contains(tokens[index - 1].text)
    }
    /// Whether the word at `index` is the subject of a work ("a portrait of grief", "a film about loneliness", "a
    /// meditation on memory and loss", "un documentaire sur la guerre", "portrait d'une famille en crise"): up to four
    /// words after a noun of works and its preposition, within one clause, before any verb or relative pronoun ("a
    /// film about grief that is boring" judges).
    static func isSubjectMatter(_ index: Int, tokens: [TextNormalizer.Token], language: String, praise: Bool) -> Bool {
        let french = language == "fr"
        var position = index - 1
        while position >= 1, index - position <= 5, tokens[position].clause == tokens[index].clause {
            // The prepositions by their hashes first: this runs for every scored word, and most have none before them.
            let hash = tokens[position].hash
            // (The work read in place, by its hash: a copy of the token retains and releases its two strings, and
            // this runs for every scored word.)
            let work = tokens[position - 1].hash
            let isSubject =
                french
                ? (hash == Self.surHash
                    && (frenchWorks.contains(hash: work) || Self.isAuthoredWork(before: position, tokens: tokens)))
                    || ((hash == Self.deHash || hash == Self.dHash)
                        && (frenchWorksOf.contains(hash: work) || (praise && frenchSpeech.contains(hash: work))))
                : (hash == Self.ofHash || hash == Self.onHash || hash == Self.aboutHash) && englishWorks.contains(hash: work)
            if isSubject, tokens[position - 1].clause == tokens[index].clause {
                // ("a song on my playlist smh": "on" before a possessive is a place; a reaction is no subject.)
                if hash == Self.onHash, position + 1 < index, possessives.contains(tokens[position + 1].text) {
                    return false
                }
                return !((position + 1)..<index).contains { subjectMatterStops.contains(hash: tokens[$0].hash) }
                    && !reactions.contains(hash: tokens[index].hash)
            }
            position -= 1
        }
        // A synopsis: "The film tells the story of a family moving to the countryside after a tragedy", "Le film
        // raconte l'histoire d'une famille qui s'installe à la campagne après un drame" — twelve words of it.
        // ("The film follows a retired detective who…", "Le film suit un inspecteur qui…", "the story centers on two
        // brothers and a failing car plant": a work that follows someone, or centres on something.)
        // (From the word again: the loop above may have walked past a "follows" close to it — "The film follows a
        // lonely man".)
        position = index - 1
        while position >= 1, index - position <= 12, tokens[position].clause == tokens[index].clause {
            let hash = tokens[position].hash
            let storyOf = position >= 3 && (hash == Self.ofHash || hash == Self.deHash || hash == Self.dHash)
                && (tokens[position - 1].hash == Self.storyHash || tokens[position - 1].hash == Self.histoireHash)
                && synopsisVerbs.contains(hash: tokens[position - 3].hash) && tokens[position - 3].clause == tokens[index].clause
            let workFollows = following.contains(hash: hash) && tokens[position - 1].clause == tokens[index].clause
                && (french ? frenchWorks : englishWorks).contains(hash: tokens[position - 1].hash)
            if storyOf || workFollows {
                // ("and" before an article goes on a list of what the story is about: "two brothers and a failing car
                // plant"; "and it is dull" judges.)
                return !((position + 1)..<index).contains {
                    synopsisStops.contains(hash: tokens[$0].hash)
                        && !((tokens[$0].text == "and" || tokens[$0].text == "et")
                            && listArticles.contains(tokens[$0 + 1].text))
                }
            }
            position -= 1
        }
        return false
    }
    static let listArticles: Set<String> = ["a", "an", "the", "un", "une", "des", "le", "la", "les"]
    static let following = FilteredWordSet(["follows", "suit", "centers", "centres", "focuses", "revolves"])
    static let (storyHash, histoireHash) = (WordHash.of("story"), WordHash.of("histoire"))
    static let synopsisVerbs = FilteredWordSet([
        "tells", "told", "telling", "follows", "raconte", "racontent", "retrace",
    ])
    /// Where a synopsis ends (its relative clauses are the story's: "une famille qui s'installe…").
    static let synopsisStops = FilteredWordSet([
        "but", "mais", "it", "c", "is", "was", "est", "etait", "i", "je", "j", "and", "et",
    ])
    static let (ofHash, onHash, aboutHash) = (WordHash.of("of"), WordHash.of("on"), WordHash.of("about"))
    static let (surHash, deHash, dHash) = (WordHash.of("sur"), WordHash.of("de"), WordHash.of("d"))
    static let englishWorks = FilteredWordSet([
        "portrait", "meditation", "study", "tale", "story", "exploration", "examination", "film", "movie",
        "documentary", "drama", "comedy", "essay", "chronicle", "portrayal", "depiction", "reflection", "parable",
        "fable", "rumination", "book", "novel", "memoir", "song", "album", "series", "show", "play",
    ])
    /// French works "sur" something; and those "de" something ("une histoire de fou", "un film de merde" judge).
    static let frenchWorks = FilteredWordSet([
        "film", "documentaire", "portrait", "reflexion", "meditation", "recit", "chronique", "fable", "drame",
        "comedie", "regard", "etude", "plongee", "livre", "roman", "essai", "serie", "chanson", "album", "piece",
        "enquete", "rapport",
    ])
    /// Whether a French work and its author come before the "sur" at `sur`: "un rapport de l'OMS sur…", "le
    /// documentaire d'Arte sur…", "le film de Spielberg sur…".
    static func isAuthoredWork(before sur: Int, tokens: [TextNormalizer.Token]) -> Bool {
        for back in 3...4 where sur - back >= 0 && tokens[sur - back].clause == tokens[sur].clause {
            let of = tokens[sur - back + 1].text
            if of == "de" || of == "d" || of == "du" || of == "des", frenchWorks.contains(hash: tokens[sur - back].hash) { return true }
        }
        return false
    }
    static let frenchWorksOf = FilteredWordSet(["portrait", "meditation", "chronique", "etude", "recit", "plongee"])
    /// A good thing one speaks of is a topic, not a judgement: "le ministre parle de réussite", "Fillon parlera
    /// d'honnêteté" (a bad one stays a grievance: "pourquoi personne ne parle de la fuite de données ?").
    static let frenchSpeech = FilteredWordSet(["parler", "parle", "parlent", "parlera", "parleront", "parlait", "parlaient"])
    /// Where a work's subject ends: a verb, a subject pronoun, a relative pronoun, a contrast.
    static let subjectMatterStops = FilteredWordSet([
        "is", "was", "are", "were", "s", "feels", "felt", "seems", "becomes", "that", "which", "who", "but", "it", "i",
        "you", "he", "she", "we", "they", "est", "etait", "reste", "semble", "devient", "qui", "que", "qu", "mais", "c",
        "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
    ])

    /// Whether the word at `index` is French "dure" (lasts) before a length or its subject: "le film dure 2h10",
    /// "combien de temps dure le trajet", "ça dure plus de trois heures" — not "la vie est dure".
    static func isALength(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard lastingVerbs.contains(hash: tokens[index].hash), index + 1 < tokens.count,
            tokens[index + 1].clause == tokens[index].clause
        else { return false }
        let next = tokens[index + 1].text
        // "combien de temps dure le trajet": a verb before its subject.
        if index >= 1, tokens[index - 1].text == "temps" || ["le", "la", "les", "l", "ce", "cette"].contains(next) {
            return true
        }
        // "dure une heure" is a length, "dure une éternité" a complaint.
        if next == "une" {
            return index + 2 < tokens.count && ["heure", "demi", "bonne", "petite"].contains(tokens[index + 2].text)
        }
        // "dure un peu moins d'une heure et demie", "dure un quart d'heure".
        if next == "un" {
            return index + 2 < tokens.count && ["peu", "quart", "bon"].contains(tokens[index + 2].text)
        }
        return next.utf8.first.map { $0 >= 48 && $0 <= 57 } == true || lengthWords.contains(next)
    }
    static let lastingVerbs = FilteredWordSet(["dure", "durent", "durait", "duraient"])
    /// Whether the bad word at `index` is what is fought rather than what happened: the object of "against",
    /// "contre", "anti-" within three words ("a new law against food waste", "la lutte contre le cancer", "loi
    /// anti-gaspillage"), or the fight itself before them ("the fight against", "lutter contre"). A text about a
    /// fight says nothing bad happened ("She lost her battle against cancer" still blames: `lost`). A judgment of
    /// the thing opposed is the writer's: "against this stupid law" (an English adjective, before a noun), "contre
    /// cette réforme injuste" (a French one, after its noun).
    static func isOpposed(_ index: Int, tokens: [TextNormalizer.Token], language: String) -> Bool {
        let clause = tokens[index].clause
        let followed = index + 1 < tokens.count && tokens[index + 1].clause == clause
        // (`anti` before a word is its prefix, `anti-gaspillage`, not the writer's blame.)
        if followed, (opposers.contains(hash: tokens[index + 1].hash) && fights.contains(hash: tokens[index].hash))
            || opposers.contains(hash: tokens[index].hash)
        {
            return true
        }
        let endsOrFunction = !followed || tokens[index + 1].facts.flags.contains(.contentStopword)
        if language == "en" && !endsOrFunction { return false }
        var position = index - 1
        while position >= 0, index - position <= 3, tokens[position].clause == clause {
            if opposers.contains(hash: tokens[position].hash) { return true }
            // (Nothing of sentiment between, and in French only articles: the word after its noun is an adjective.)
            if tokens[position].facts.english != nil || tokens[position].facts.french != nil { return false }
            if language != "en", !tokens[position].facts.flags.contains(.contentStopword) { return false }
            position -= 1
        }
        return false
    }
    static let opposers = FilteredWordSet(["against", "contre", "anti"])
    static let fights = FilteredWordSet([
        "fight", "fights", "fighting", "battle", "struggle", "lutte", "luttes", "lutter", "luttent", "combat",
        "combats", "combattre",
    ])
    /// Whether the praise at `index` is an ironic comparison: "all the grace of a dropped piano", "with all the subtlety
    /// of a sledgehammer", "toute la finesse d'un éléphant", "avec la légèreté d'un char d'assaut" — unless what it is
    /// compared to is praised too ("all the grace of a beautiful dancer").
    static func isIronicComparison(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        // (By hash first: this runs for every word of praise, and most are followed by no "of" nor "de".)
        guard index >= 2, index + 3 < tokens.count,
            tokens[index + 1].hash == ofHash || tokens[index + 1].hash == deHash || tokens[index + 1].hash == dHash
        else { return false }
        let clause = tokens[index].clause
        guard tokens[index - 2].clause == clause, tokens[index + 3].clause == clause else { return false }
        let (before2, before1) = (tokens[index - 2].text, tokens[index - 1].text)
        let (after1, after2) = (tokens[index + 1].text, tokens[index + 2].text)
        let english = before2 == "all" && before1 == "the" && after1 == "of" && (after2 == "a" || after2 == "an")
        let french = ((before2 == "toute" && before1 == "la") || (before2 == "tout" && before1 == "le")
            || (before2 == "avec" && (before1 == "la" || before1 == "le" || before1 == "l")))
            && (after1 == "d" || after1 == "de") && (after2 == "un" || after2 == "une")
        guard english || french else { return false }
        // What it is compared to: the next two words.
        for position in (index + 3)..<min(index + 5, tokens.count) where tokens[position].clause == clause {
            if let value = tokens[position].facts.english ?? tokens[position].facts.french, value > 0 { return false }
        }
        return true
    }
    /// Whether the good word at `index` measures an amount rather than praises: "a good 40 minutes", "a good hour",
    /// "une bonne heure", "une bonne dizaine de fois", "un bon quart d'heure" — after an article, before a figure or
    /// a unit of time or number ("a good movie", "une bonne surprise" praise).
    static func isAnAmple(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard ampleWords.contains(hash: tokens[index].hash), index > 0, index + 1 < tokens.count,
            tokens[index - 1].clause == tokens[index].clause, tokens[index + 1].clause == tokens[index].clause,
            Self.indefiniteArticles.contains(hash: tokens[index - 1].hash)
        else { return false }
        return tokens[index + 1].startsWithDigit || ampleUnits.contains(hash: tokens[index + 1].hash)
    }
    static let ampleWords = FilteredWordSet(["good", "bon", "bonne"])
    static let ampleUnits = FilteredWordSet([
        // (Not "day", "week", "year", "journée", "moment": "a good day", "une bonne journée", "un bon moment"
        // praise.)
        // (Nor small numbers written out: "keeps coffee hot for a good six hours" praises by the amount.)
        "half", "hour", "hours", "minutes", "while", "mile", "miles", "few", "dozen", "hundred", "ten", "twenty",
        "thirty", "forty", "fifty", "sixty", "heure", "heures", "demi", "quart", "moitie", "dizaine", "douzaine",
        "vingtaine", "trentaine", "quarantaine", "cinquantaine", "centaine", "kilometres", "partie", "dix", "vingt",
        "trente", "quarante", "cinquante",
    ])
    static let lengthWords: Set<String> = [
        "environ", "pres", "presque", "plus", "moins", "deux", "trois", "quatre", "cinq", "seulement", "pile",
        "six", "sept", "huit", "neuf", "dix", "quinze", "vingt", "trente", "cent",
    ]

    /// Whether the good word at `index` is what the thing is not, said after praise or as a concession: "sans être
    /// exceptionnel", "sans être très original", "without being great" — a ceiling, not a fault (negated, it read as
    /// one: "pas mal pour le prix, sans être exceptionnel" was negative).
    static func isConcededCeiling(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        var before = index - 1
        if before >= 0, tokens[before].facts.booster != nil { before -= 1 }
        guard before >= 1, tokens[before].clause == tokens[index].clause,
            tokens[before - 1].clause == tokens[index].clause
        else {
            return false
        }
        // By hashes: this runs for every good word.
        switch tokens[before].hash {
        case etreHash: return tokens[before - 1].hash == sansHash
        case beingHash: return tokens[before - 1].hash == withoutHash
        default: return false
        }
    }
    static let (etreHash, sansHash) = (WordHash.of("etre"), WordHash.of("sans"))
    static let (beingHash, withoutHash) = (WordHash.of("being"), WordHash.of("without"))

    /// Words after a `like` that starts a clause where it is "as" ("Like most people", "Like I said").
    static let likeAsPreposition: Set<String> = [
        "many", "most", "all", "every", "everyone", "everybody", "others", "other", "some", "i", "you", "he", "she",
        "we", "they",
    ]
    /// The index of the word that says the word at `index` is gone — "pain is gone", "the headache has finally
    /// disappeared", "the problem went away", "la douleur a disparu", "les bugs ont disparu" —, whose own valence
    /// (`disparu` −0.9) is then not counted; nil when nothing says so.
    static func goneWord(after index: Int, tokens: [TextNormalizer.Token]) -> Int? {
        var next = index + 1
        // Where the bad thing was may come first: "the pain in my knee finally went away", "mon mal de dos a disparu".
        if next + 1 < tokens.count, tokens[next + 1].clause == tokens[index].clause,
            wherePrepositions.contains(tokens[next].text)
        {
            let determined = possessives.contains(tokens[next + 1].text) || frenchArticles.contains(tokens[next + 1].text)
            next += determined ? 3 : 2
        }
        let start = next
        while next < tokens.count, next <= start + 2, tokens[next].clause == tokens[index].clause,
            goneAuxiliaries.contains(tokens[next].text)
        {
            next += 1
        }
        guard next < tokens.count, tokens[next].clause == tokens[index].clause else { return nil }
        if goneWords.contains(tokens[next].text) { return next }
        return tokens[next].text == "went" && next + 1 < tokens.count && tokens[next + 1].text == "away" ? next : nil
    }
    static let wherePrepositions: Set<String> = ["in", "of", "de", "du", "dans"]
    static let goneAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "s", "ve", "just", "finally", "completely", "totally", "all",
        "now", "a", "ont", "est",
        "sont", "enfin", "completement", "totalement",
    ]
    static let goneWords: Set<String> = [
        "gone", "disappeared", "vanished", "disparu", "disparue", "disparus", "disparues",
        // "la panne est réparée", "the bug is fixed", "le problème est réglé": a bad thing fixed.
        "fixed", "solved", "resolved", "repaired", "repare", "reparee", "repares", "reparees", "resolu", "resolue",
        "regle",
        "reglee",
    ]

    /// The word saying that the thing at `index` declines, after auxiliaries ("unemployment has fallen", "le chômage
    /// continue de baisser", "la pollution est en baisse"); not denied ("le chômage ne baisse pas") and not another
    /// sense of falling ("tired, fell asleep", "fell in love", "dropped out").
    static func declineWord(after index: Int, tokens: [TextNormalizer.Token]) -> Int? {
        let clause = tokens[index].clause
        var next = index + 1
        while next < tokens.count, next <= index + 4, tokens[next].clause == clause,
            goneAuxiliaries.contains(tokens[next].text) || declineAuxiliaries.contains(tokens[next].text)
        {
            next += 1
        }
        guard next < tokens.count, tokens[next].clause == clause, declineWords.contains(tokens[next].text),
            !isDenied(next, tokens: tokens)
        else { return nil }
        if next + 1 < tokens.count, tokens[next + 1].clause == clause {
            let after = tokens[next + 1]
            // ("Le chômage recule à 7,1 %": after a French word of decline, "a" is "à".)
            if after.facts.flags.contains(.negationAfterVerb)
                || (otherFalls.contains(after.text) && !(after.text == "a" && frenchDeclines.contains(tokens[next].text)))
            {
                return nil
            }
            if after.text == "in", next + 2 < tokens.count, tokens[next + 2].text == "love" { return nil }
        }
        return next
    }
    static let declineAuxiliaries: Set<String> = [
        "continue", "continues", "continued", "keeps", "kept", "to", "de", "en", "again", "encore", "sharply",
        "fortement",
        "a", "ont", "slightly", "legerement",
    ]
    static let declineWords: Set<String> = [
        "falls", "fell", "fallen", "fall", "drops", "dropped", "declines", "declined", "decline", "decreases",
        "decreased",
        "eases", "eased", "recedes", "receded", "shrinks", "shrank", "baisse", "baissent", "baisser", "recule",
        "reculent",
        "reculer", "diminue", "diminuent", "diminuer", "chute", "chutent", "regresse", "regressent",
    ]
    static let frenchDeclines: Set<String> = [
        "baisse", "baissent", "baisser", "recule", "reculent", "reculer", "diminue", "diminuent", "diminuer", "chute",
        "chutent", "regresse", "regressent",
    ]
    /// The words of ``WordFacts/Flags/rareRule``.
    static let rareRuleWords = declineWords.union(["who", "qui"]).union(costs.words).union(steepRises.words)
        .union(whyWords.words).union(metrics.words).union(closings.words).union(reopenings.words)

    /// A public service closed, closing or threatened with closure — "ils ont fermé la poste du quartier", "les
    /// urgences ferment une à une", "menacée de fermeture, la maternité…", "the council is closing the library" — is a
    /// grievance (−1.5); one reopened — "la mairie a rouvert la piscine", "the library reopens" — a relief (+1.5). The
    /// service within four words of the verb in its clause; not opening hours ("la poste est fermée le dimanche", "ferme
    /// à 18h", "the pool is closed today", "fermé pour travaux", "fermera en juin": a day, a date, a time, a figure or
    /// works within four words after both), not denied ("la maternité ne fermera pas"), not for the weather ("snow
    /// day! schools closed"). The range of the two words, as written, and the value.
    static func serviceClosure(_ tokens: [TextNormalizer.Token]) -> (range: Range<Int>, words: String, value: Double)? {
        // (The weather asked once, not for each closure: a text of thousands of them must not rescan it.)
        guard publicServices.containsAny(of: tokens), !badWeather.containsAny(of: tokens) else { return nil }
        for verb in tokens.indices {
            let reopens = reopenings.contains(hash: tokens[verb].hash)
            guard reopens || closings.contains(hash: tokens[verb].hash) else { continue }
            let clause = tokens[verb].clause
            // (What is closed after the verb first: "la mairie a fermé la piscine".)
            let isService = { (position: Int) in
                tokens[position].clause == clause && publicServices.contains(hash: tokens[position].hash)
            }
            guard
                let service = ((verb + 1)..<min(tokens.count, verb + 5)).first(where: isService)
                    ?? (max(0, verb - 4)..<verb).last(where: isService)
            else { continue }
            let last = max(verb, service)
            // (A reopening's date is news of it: "la gare rouvre lundi".)
            let hours = !reopens && ((last + 1)..<min(tokens.count, last + 5)).contains {
                tokens[$0].clause == clause
                    && (tokens[$0].startsWithDigit || openingHours.contains(hash: tokens[$0].hash))
            }
            // (A snow day's closed schools are a joy, above: "snow day! schools closed and the kids…".)
            guard !hours, !isDenied(verb, tokens: tokens) else { continue }
            let range = min(verb, service)..<(last + 1)
            return (range, tokens[range].map(\.original).joined(separator: " "), reopens ? 1.5 : -1.5)
        }
        return nil
    }
    static let closings = FilteredWordSet([
        "ferme", "ferment", "fermer", "fermee", "fermes", "fermees", "fermera", "fermeront", "fermeture", "fermetures",
        "closing", "closes", "closed", "closure", "closures", "shut", "shuts", "shutting",
    ])
    static let reopenings = FilteredWordSet([
        "rouvre", "rouvrent", "rouvert", "rouverte", "rouverts", "rouvertes", "rouvrir", "reouverture", "reopens",
        "reopened", "reopening", "reopen",
    ])
    static let publicServices = FilteredWordSet([
        "poste", "hopital", "hopitaux", "maternite", "maternites", "urgences", "ecole", "ecoles", "classe", "classes",
        "gare", "gares", "bibliotheque", "mediatheque", "piscine", "mairie", "tresorerie", "commissariat", "tribunal",
        "guichet", "guichets", "creche", "creches", "hospital", "hospitals", "library", "libraries", "school", "schools",
        "clinic", "clinics", "ward", "maternity", "station", "stations",
    ])
    /// What makes a closure a matter of opening hours.
    static let openingHours = FilteredWordSet([
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lundis", "dimanches", "week", "weekend",
        "aujourd", "demain", "soir", "travaux", "jusqu", "vacances", "ferie", "feries", "noel", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "sundays", "today", "tomorrow", "tonight",
        "until", "till", "renovation", "renovations", "holidays", "holiday", "christmas", "early", "tot", "janvier",
        "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ])
    static let badWeather = FilteredWordSet([
        "snow", "snowstorm", "blizzard", "storm", "hurricane", "heatwave", "neige", "tempete", "ouragan", "canicule",
    ])

    /// A why that opens a clause (or follows "but", "so", "mais", "alors") and asks of what always, never or still
    /// happens, within the next ten words of its clause: "why is the line always 30 people deep", "why is this still
    /// a thing", "pourquoi c'est toujours nous qui payons" — the range from the why to its clause's end, and the words.
    static func indignantWhy(_ tokens: [TextNormalizer.Token]) -> (range: Range<Int>, words: String)? {
        guard whyWords.containsAny(of: tokens) else { return nil }
        for why in tokens.indices where whyWords.contains(hash: tokens[why].hash) {
            let clause = tokens[why].clause
            guard why == 0 || tokens[why - 1].clause != clause
                || (why == 1 || tokens[why - 2].clause != clause) && whyOpeners.contains(tokens[why - 1].text)
            else { continue }
            var end = why + 1
            while end < tokens.count, end - why <= 10, tokens[end].clause == clause {
                if persistence.contains(tokens[end].text) {
                    // (The range to the clause's end: "why I always recommend this brand" praises.)
                    var clauseEnd = end + 1
                    while clauseEnd < tokens.count, tokens[clauseEnd].clause == clause { clauseEnd += 1 }
                    return (why..<clauseEnd, tokens[why...end].map(\.original).joined(separator: " "))
                }
                end += 1
            }
        }
        return nil
    }
    static let whyWords = FilteredWordSet(["why", "pourquoi", "pq", "pk"])
    static let whyOpeners: Set<String> = ["but", "so", "and", "mais", "alors", "et"]
    static let persistence: Set<String> = [
        "always", "constantly", "never", "still", "toujours", "jamais", "systematiquement",
        // "Why is every movie trailer now the entire movie", "Why does every app need my location now?".
        "every", "chaque",
    ]

    /// A verdict on doing it again: a verb of use within four words before "again" with a modal of will within three
    /// before it ("would watch it again", "I'd definitely go there again", "won't buy from them again"), or a French
    /// verb of doing again in the future or the conditional ("je le reverrai", "je ne le rachèterais pas") — the verb,
    /// the range from the modal to the end, and the words.
    /// A plan rather than a verdict: going, coming or returning in the future ("I'll come again", "je le referai").
    static func doItAgain(
        _ tokens: [TextNormalizer.Token]
    ) -> (verb: Int, range: Range<Int>, words: String, isAPlan: Bool)? {
        guard doneAgain.containsAny(of: tokens) else { return nil }
        for index in tokens.indices where doneAgain.contains(hash: tokens[index].hash) {
            if tokens[index].hash == againHash {
                for verb in stride(from: index - 1, through: max(0, index - 4), by: -1)
                where tokens[verb].clause == tokens[index].clause && usingVerbs.contains(hash: tokens[verb].hash) {
                    for modal in stride(from: verb - 1, through: max(0, verb - 3), by: -1)
                    where tokens[modal].clause == tokens[index].clause && modalsOfWill.contains(hash: tokens[modal].hash) {
                        // ("Would stay again only if the price was right": on a condition, no verdict.)
                        if index + 1 < tokens.count, conditions.contains(tokens[index + 1].text) { return nil }
                        let isAPlan = goingVerbs.contains(tokens[verb].text) && futureModals.contains(tokens[modal].text)
                        return (
                            verb, modal..<(index + 1), tokens[modal...index].map(\.original).joined(separator: " "),
                            isAPlan
                        )
                    }
                }
            } else {
                // (French: the verb itself says "again"; its negation comes after it, within two words.)
                var end = index + 1
                while end < min(tokens.count, index + 3), tokens[end].clause == tokens[index].clause { end += 1 }
                return (index, index..<end, tokens[index].original, frenchReturnsPlanned.contains(tokens[index].text))
            }
        }
        return nil
    }
    static let goingVerbs: Set<String> = ["go", "come", "return", "visit"]
    static let futureModals: Set<String> = ["will", "ll"]
    static let frenchReturnsPlanned: Set<String> = ["reprendrai", "referai"]
    static let againHash = WordHash.of("again")
    /// (Folded, as the tokens are.)
    /// (Not the verbs of coming back: "je ne reviendrai pas au diesel" leaves the old thing, not the new.)
    static let frenchAgainVerbs: Set<String> = [
        "reverrai", "reverrais", "reverrons", "relirai", "relirais", "racheterai", "racheterais", "recommanderai",
        "recommanderais", "reprendrai", "reprendrais", "referai", "referais", "reecouterai", "revoterai",
    ]
    static let conditions: Set<String> = ["if", "only", "unless", "si", "seulement"]
    static let doneAgain = FilteredWordSet(frenchAgainVerbs.union(["again"]))
    static let usingVerbs = FilteredWordSet([
        "buy", "watch", "see", "read", "stay", "fly", "order", "eat", "go", "visit", "use", "play", "come", "return",
        "book", "rent", "listen", "shop", "dine", "purchase", "choose", "pick",
    ])
    static let modalsOfWill = FilteredWordSet(["would", "will", "ll", "d", "wo", "won't", "wouldn't"])

    static let yetWords: Set<String> = [
        "still", "toujours", "pas", "no", "not", "never", "jamais", "can't", "cant", "don't", "dont", "doesn't",
        "doesnt", "isn't", "aren't", "won't", "plus", "encore",
    ]
    /// A year said as now, then what goes on still or not yet in it: "Its 2016 and airlines still charge for bags", "on est en 2017 et
    /// toujours pas de fibre" — the range from the year's words to the text's end, and the words.
    static func stillInTheYear(_ tokens: [TextNormalizer.Token]) -> (range: Range<Int>, words: String)? {
        for year in tokens.indices.dropFirst().dropLast() where tokens[year].startsWithDigit {
            let text = tokens[year].text
            guard text.utf8.count == 4, let value = Int(text), (1990...2039).contains(value),
                tokens[year + 1].text == "and" || tokens[year + 1].text == "et",
                tokens[year + 1].clause == tokens[year].clause
            else { continue }
            let before = tokens[year - 1].text
            var start: Int
            if before == "its" || ((before == "s" || before == "is") && year >= 2 && tokens[year - 2].text == "it") {
                start = before == "its" ? year - 1 : year - 2
            } else if before == "en", year >= 2, ["est", "sommes"].contains(tokens[year - 2].text) {
                start = year - 2
                if start >= 1, ["on", "nous"].contains(tokens[start - 1].text) { start -= 1 }
            } else {
                continue
            }
            guard start == 0 || tokens[start - 1].clause != tokens[start].clause else { continue }
            // What goes on still, or not yet, within its sentence ("It's 2017 and we're finally getting married" is
            // glad).
            var still = year + 2
            while still < tokens.count, still - year <= 12, tokens[still].clause == tokens[year].clause
                || tokens[still].clauseAfterComma, !yetWords.contains(tokens[still].text)
            {
                still += 1
            }
            guard still < tokens.count, still - year <= 12, yetWords.contains(tokens[still].text) else { continue }
            // (The range to the text's end: "It's 2017 and I love this song more than ever" is glad.)
            return (start..<tokens.count, tokens[start...(year + 1)].map(\.original).joined(separator: " "))
        }
        return nil
    }
    /// Whether the text asks for advice ("je cherche des conseils", "looking for advice", "any tips") or weighs a
    /// choice ("je compare", "I'm comparing").
    static func weighsAChoice(_ tokens: [TextNormalizer.Token]) -> Bool {
        guard choiceWords.containsAny(of: tokens) else { return false }
        for index in tokens.indices {
            let hash = tokens[index].hash
            // (In one's own voice: "2. value: comparing data storage with price" is a review's heading.)
            if index > 0, (hash == comparingHash && comparers.contains(hash: tokens[index - 1].hash))
                || (hash == compareHash && tokens[index - 1].hash == jeHash)
            {
                return true
            }
            guard adviceWords.contains(hash: hash) else { continue }
            for before in max(0, index - 2)..<index where adviceAskers.contains(hash: tokens[before].hash) { return true }
        }
        return false
    }
    /// The comparative of "which … better", "quel … le meilleur" in a clause opened by which, within six words.
    static func askedWhichIsBetter(_ tokens: [TextNormalizer.Token]) -> Int? {
        guard whichWords.containsAny(of: tokens) else { return nil }
        for which in tokens.indices where whichWords.contains(hash: tokens[which].hash) {
            guard which == 0 || tokens[which - 1].clause != tokens[which].clause else { continue }
            for index in (which + 1)..<min(tokens.count, which + 7) where tokens[index].clause == tokens[which].clause {
                if askedComparatives.contains(tokens[index].text) { return index }
            }
        }
        return nil
    }
    static let whichWords = FilteredWordSet(["which", "quel", "quelle", "quels", "quelles", "lequel", "laquelle"])
    static let askedComparatives: Set<String> = ["better", "best", "meilleur", "meilleure", "meilleurs", "meilleures", "mieux"]
    static let adviceWords = FilteredWordSet([
        "advice", "tips", "recommendations", "suggestions", "conseils", "conseil", "recommandations",
    ])
    static let adviceAskers = FilteredWordSet([
        "looking", "need", "any", "cherche", "besoin", "want", "recherche",
        // "Does anyone have tips on…", "anyone got recommendations", "vous avez des conseils ?"
        "have", "got", "avez", "auriez",
    ])
    static let choiceWords = FilteredWordSet(adviceWords.words.union(["comparing", "compare"]))
    static let comparers = FilteredWordSet(["m", "am", "re", "are", "were", "was", "been"])
    static let comparingHash = WordHash.of("comparing")
    static let compareHash = WordHash.of("compare")
    static let jeHash = WordHash.of("je")
    static let yetHash = WordHash.of("yet")
    static let singleHashes = (
        single: WordHash.of("single"), seul: WordHash.of("seul"), seule: WordHash.of("seule"),
        moindre: WordHash.of("moindre"), slightest: WordHash.of("slightest")
    )
    static let leastArticles = FilteredWordSet(["the", "le", "la", "l"])
    static let worthHash = WordHash.of("worth")
    static let thanHash = WordHash.of("than")
    /// Whether "than" comes at most four words before `index`, in its clause.
    static func followsThan(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        var before = index - 1
        while before >= 0, index - before <= 4, tokens[before].clause == tokens[index].clause {
            if tokens[before].hash == thanHash { return true }
            before -= 1
        }
        return false
    }
    static let declineFilter = FilteredWordSet(declineWords)
    static let whoWords = FilteredWordSet(["who", "qui"])
    static let otherFalls: Set<String> = [
        "asleep", "down", "off", "over", "apart", "ill", "sick", "behind", "short", "for", "out", "through", "flat",
        "back",
        "victim", "prey", "the", "my", "his", "her", "their", "a",
    ]

    /// Whether the praise at `index` is in a clause that asks who decided it ("who thought this was a good idea", "qui
    /// a eu l'idée géniale de…", "qui a validé ça"): `who`/`qui` opening the clause, then a verb of deciding (and in
    /// English, the praise of an idea).
    static func isIndignantWho(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let clause = tokens[index].clause
        // Twelve words back at most (a long clause of praise is not walked back from each word).
        var start = index
        while start > 0, index - start <= 12, tokens[start - 1].clause == clause { start -= 1 }
        guard start == 0 || tokens[start - 1].clause != clause, index - start >= 1,
            tokens[start].text == "who" || tokens[start].text == "qui"
        else { return false }
        var verb = start + 1
        if tokens[start].text == "qui", tokens[verb].text == "a" || tokens[verb].text == "ont" { verb += 1 }
        // In English, an idea so praised ("who decided to give me this great gift? Thank you!" is glad); the praise may
        // be the verb itself ("qui a validé").
        guard verb <= index, decidingVerbs.contains(tokens[verb].text) else { return false }
        return tokens[start].text == "qui" || (index + 1 < tokens.count && tokens[index + 1].text == "idea")
    }
    static let decidingVerbs: Set<String> = [
        "decided", "thought", "approved", "designed", "greenlit", "signed", "okayed", "valide", "decide", "pense", "eu",
        "approuve", "imagine", "concu",
    ]

    /// A cost and a word of its steep rise in a clause, three words before it or seven after ("le prix du gazole
    /// explose", "les loyers flambent", "prices of basic food items soar"): their range and words as written. A rise
    /// told flat is news ("Netflix is raising its prices again next month", "Le prix a augmenté cette année").
    static func costRise(_ tokens: [TextNormalizer.Token]) -> (range: Range<Int>, words: String)? {
        guard steepRises.containsAny(of: tokens), costs.containsAny(of: tokens) else { return nil }
        for cost in tokens.indices where costs.contains(hash: tokens[cost].hash) {
            let clause = tokens[cost].clause
            for rise in max(0, cost - 3)..<min(tokens.count, cost + 8)
            where rise != cost && tokens[rise].clause == clause {
                guard steepRises.contains(hash: tokens[rise].hash), !isDenied(max(cost, rise), tokens: tokens) else { continue }
                let range = min(cost, rise)..<(max(cost, rise) + 1)
                return (range, tokens[range].map(\.original).joined(separator: " "))
            }
        }
        return nil
    }
    /// A measure that rises or falls: the measure, then within five words of its clause a verb of rising or falling
    /// ("shares jump 12%", "sales slump for a second quarter", "le titre s'envole", "le déficit se creuse"), or a
    /// noun of the move before it with its "de" ("hausse du chômage", "chute des ventes"); `up` and `down` only before
    /// a figure ("Stock down 12%"). Good measures (sales, profit, shares, exports, ventes, bénéfices…) rising and bad
    /// ones (unemployment, inflation, deficit, losses, chômage, dette…) falling give +1.5, the other way −1.5. Not
    /// denied ("sales did not fall"). The range of the two words, their words as written, the value.
    static func metricMove(_ tokens: [TextNormalizer.Token]) -> (range: Range<Int>, words: String, value: Double)? {
        guard let first = metrics.firstIndex(in: tokens) else { return nil }
        // "raises its outlook", "beats its target", "relève ses prévisions", "to cut 1 200 jobs", "supprimer 1 200
        // emplois", "will create 500 jobs": a verb that moves the measure after it (determiners and figures between).
        for verb in tokens.indices where transitiveUps.contains(hash: tokens[verb].hash)
            || transitiveDowns.contains(hash: tokens[verb].hash)
        {
            var object = verb + 1
            while object < tokens.count, object <= verb + 4, tokens[object].clause == tokens[verb].clause {
                if metrics.contains(hash: tokens[object].hash) {
                    guard !isDenied(verb, tokens: tokens), !isPromised(verb, tokens: tokens) else { break }
                    let up = transitiveUps.contains(hash: tokens[verb].hash)
                    let good = goodMetrics.contains(hash: tokens[object].hash)
                    let range = verb..<(object + 1)
                    return (range, tokens[range].map(\.original).joined(separator: " "), up == good ? 1.5 : -1.5)
                }
                guard objectFillers.contains(hash: tokens[object].hash) || tokens[object].startsWithDigit else { break }
                object += 1
            }
        }
        for metric in first..<tokens.count {
            let hash = tokens[metric].hash
            let good = goodMetrics.contains(hash: hash)
            guard good || badMetrics.contains(hash: hash) else { continue }
            let clause = tokens[metric].clause
            var move = metric + 1
            while move < tokens.count, move <= metric + 5, tokens[move].clause == clause {
                let up = upMoves.contains(hash: tokens[move].hash)
                let down = downMoves.contains(hash: tokens[move].hash)
                    || (tokens[move].hash == Self.digHash && move + 1 < tokens.count
                        && tokens[move + 1].text == "deeper")
                let figured = (tokens[move].text == "up" || tokens[move].text == "down") && move + 1 < tokens.count
                    && tokens[move + 1].clause == clause && tokens[move + 1].startsWithDigit
                // (A share price's plain move is market news — "Boeing shares fell 6% after the grounding", "l'action
                // a reculé de 8 %" — only a steep one has a sign, as with costs.)
                let plainPrice = priceMetrics.contains(hash: hash) && !steepMoves.contains(hash: tokens[move].hash)
                if up || down || figured, !plainPrice, !isDenied(move, tokens: tokens), !isPromised(metric, tokens: tokens) {
                    let rises = up || (figured && tokens[move].text == "up")
                    // (A level restated after it is the same news: "inflation falls to 2%, lowest in three years",
                    // "son plus bas niveau depuis 1982".)
                    var end = move + 1
                    for next in (move + 1)..<min(tokens.count, move + 8) where levelWords.contains(hash: tokens[next].hash) {
                        end = next + 1
                        break
                    }
                    let range = metric..<end
                    return (range, tokens[range].map(\.original).joined(separator: " "), rises == good ? 1.5 : -1.5)
                }
                // (Only the measure's own words between: "sales of the new model fell" — "of", a name, a number.)
                if tokens[move].facts.english != nil || tokens[move].facts.french != nil { break }
                move += 1
            }
            // "hausse du chômage", "la chute des ventes", "l'envolée des bénéfices".
            if metric >= 2, movedOf.contains(hash: tokens[metric - 1].hash), tokens[metric - 2].clause == clause {
                let noun = tokens[metric - 2].hash
                let up = upNouns.contains(hash: noun)
                if up || downNouns.contains(hash: noun), !isPromised(metric - 2, tokens: tokens) {
                    let range = (metric - 2)..<(metric + 1)
                    return (range, tokens[range].map(\.original).joined(separator: " "), up == good ? 1.5 : -1.5)
                }
            }
        }
        return nil
    }
    /// Whether a promise or a hope comes within four words before, in the clause: "#Hollande promet encore une baisse
    /// du chômage", "vows to cut unemployment" — a move promised is not news of one.
    static func isPromised(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 4, tokens[position].clause == tokens[index].clause {
            if promises.contains(hash: tokens[position].hash) { return true }
            position -= 1
        }
        return false
    }
    static let promises = FilteredWordSet([
        "promet", "promettent", "promis", "promise", "promises", "promised", "vows", "vowed", "pledges", "pledged",
        "espere", "esperent", "hopes", "hoped",
    ])
    static let priceMetrics = FilteredWordSet(["shares", "stock", "action", "actions", "titre"])
    /// Moves steep enough to be more than market news.
    static let steepMoves = FilteredWordSet([
        "jump", "jumps", "jumped", "soar", "soars", "soared", "surge", "surges", "surged", "plunge", "plunges",
        "plunged", "tumble", "tumbles", "tumbled", "slump", "slumps", "slumped", "sink", "sinks", "sank", "bondit",
        "bondissent", "envole", "envolent", "effondre", "effondrent", "plonge", "plongent", "degringole",
        "degringolent", "explose", "explosent",
    ])
    static let digHash = WordHash.of("dig")
    static let levelWords = FilteredWordSet(["lowest", "highest", "bas", "haut"])
    static let transitiveUps = FilteredWordSet([
        "raises", "raised", "beats", "beat", "create", "creates", "created", "creer", "cree", "creera", "releve",
        "relevent", "double", "doubles", "doubled",
    ])
    static let transitiveDowns = FilteredWordSet([
        "cut", "cuts", "slash", "slashes", "slashed", "shed", "sheds", "axe", "axes", "axed", "misses", "missed",
        "lowers", "lowered", "supprimer", "supprime", "supprimera", "supprimeront", "abaisse", "abaissent",
    ])
    static let objectFillers = FilteredWordSet([
        "its", "their", "the", "a", "of", "more", "new", "another", "ses", "son", "sa", "leurs", "les", "des", "de",
        "d", "plus", "nouveaux", "nouvelles",
    ])
    static let goodMetrics = FilteredWordSet([
        "sales", "profit", "profits", "revenue", "revenues", "earnings", "shares", "exports", "growth", "deliveries",
        "outlook", "forecast", "ventes", "benefice", "benefices", "titre", "action", "actions", "exportations",
        "croissance", "recettes", "livraisons", "previsions", "objectifs", "embauches", "commandes", "orders",
        "demand", "target", "targets", "expectations", "estimates", "jobs", "emplois", "postes",
        "workforce", "effectifs",
    ])
    static let badMetrics = FilteredWordSet([
        "unemployment", "inflation", "deficit", "debt", "debts", "losses", "layoffs", "bankruptcies", "jobless",
        "chomage", "dette", "pertes", "faillites", "licenciements", "defaillances",
        // "road deaths fell", "la délinquance recule". (Not emissions: "Les émissions de CO2 ont baissé de 2 % selon
        // l'Insee" is a figure reported, as set AZ labels it.)
        "accidents", "deaths", "morts", "crime", "criminalite", "delinquance", "homicides",
    ])
    static let metrics = FilteredWordSet(goodMetrics.words.union(badMetrics.words))
    static let upMoves = FilteredWordSet([
        "rise", "rises", "rose", "risen", "rising", "jump", "jumps", "jumped", "soar", "soars", "soared", "surge",
        "surges", "surged", "climb", "climbs", "climbed", "grow", "grows", "grew", "increase", "increases",
        "increased", "rebound", "rebounds", "rebounded", "double", "doubles", "doubled", "raises", "raised", "beat",
        "beats", "augmente", "augmentent", "grimpe", "grimpent", "bondit", "bondissent", "envole", "envolent",
        "progresse", "progressent", "releve", "relevent", "explose", "explosent", "creuse", "hausse",
    ])
    static let downMoves = FilteredWordSet([
        "fall", "falls", "fell", "fallen", "drop", "drops", "dropped", "decline", "declines", "declined", "slump",
        "slumps", "slumped", "plunge", "plunges", "plunged", "tumble", "tumbles", "tumbled", "sink", "sinks", "sank",
        "shrink", "shrinks", "shrank", "slide", "slides", "slid", "miss", "misses", "missed", "cut", "cuts",
        "baisse", "baissent", "recule", "reculent", "chute", "chutent", "effondre", "effondrent", "plonge",
        "plongent", "degringole", "degringolent", "diminue", "diminuent", "abaisse", "abaissent", "fond", "fondent",
        "fades", "faded", "fading", "stalls", "stalled",
    ])
    static let movedOf = FilteredWordSet(["du", "des", "de", "d"])
    static let upNouns = FilteredWordSet(["hausse", "envolee", "bond", "progression", "explosion", "flambee", "rebond"])
    static let downNouns = FilteredWordSet(["baisse", "chute", "recul", "effondrement", "plongeon", "degringolade"])

    /// A verb of cutting and a cost within its clause — the cost up to four words after ("cut the heating bill",
    /// "slashed its prices", "a réduit la facture") or up to three before, said in the passive ("my bill was cut in
    /// half", "la facture a été divisée par deux"); not denied ("the rent was never reduced").
    static func costCut(_ tokens: [TextNormalizer.Token]) -> (range: Range<Int>, words: String)? {
        guard costCuts.containsAny(of: tokens), costs.containsAny(of: tokens) else { return nil }
        for cut in tokens.indices where costCuts.contains(hash: tokens[cut].hash) {
            for cost in max(0, cut - 3)..<min(tokens.count, cut + 5)
            where cost != cut && tokens[cost].clause == tokens[cut].clause && costs.contains(hash: tokens[cost].hash) {
                // (Before the verb, only as its passive subject: "doubled my bill and halved my speed" cuts no bill.)
                if cost < cut, !((cost + 1)..<cut).contains(where: { passiveAuxiliaries.contains(hash: tokens[$0].hash) }) {
                    continue
                }
                guard !isDenied(cut, tokens: tokens) else { break }
                let range = min(cut, cost)..<(max(cut, cost) + 1)
                return (range, tokens[range].map(\.original).joined(separator: " "))
            }
        }
        return nil
    }
    static let passiveAuxiliaries = FilteredWordSet(["was", "were", "is", "are", "been", "got", "ete", "est", "sont", "etait"])
    /// (Past forms: a cut lived; "Bouygues baisse le prix de ses forfaits" is a brand's news, as the older sets label it.)
    static let costCuts = FilteredWordSet([
        "cut", "reduced", "lowered", "halved", "slashed", "reduit", "reduite", "reduits", "divise", "divisee",
    ])
    static let costs = FilteredWordSet([
        "prix", "tarif", "tarifs", "impot", "impots", "taxe", "taxes", "loyer", "loyers", "facture", "factures",
        "frais",
        "abonnement", "abonnements", "gazole", "essence", "carburant", "carburants", "cotisations", "price", "prices",
        "rent", "rents", "fee", "fees", "tax", "bill", "bills", "fare", "fares", "premiums", "tuition",
    ])
    static let steepRises = FilteredWordSet([
        "explose", "explosent", "flambe", "flambent", "flambee", "envole", "envolent", "skyrocket", "skyrockets",
        "skyrocketing", "skyrocketed", "soar", "soars", "soaring", "soared",
    ])

    /// "Enfin un président qui parle aux jeunes", "Finally a phone that lasts two days": a text opening on a thing at
    /// last, then what it does — the words as written.
    static func finallyOneThat(_ tokens: [TextNormalizer.Token], exclaimed: Bool) -> String? {
        // "Enfin le tri sélectif dans mon immeuble !", "Finally home!": a thing come at last, exclaimed, is relief.
        if exclaimed, tokens.count >= 2, tokens[0].text == "enfin" || tokens[0].text == "finally" {
            return tokens[0].original
        }
        // ("@energyvigie finally a human who listens": whom it is said to may come first.)
        var start = 0
        while start < tokens.count, tokens[start].isHandle { start += 1 }
        guard tokens.count - start >= 4 else { return nil }
        let first = tokens[start].text
        let second = tokens[start + 1].text
        // ("enfin quelqu'un qui écoute": `quelqu` `un`.)
        guard (first == "enfin" && (second == "un" || second == "une" || second == "quelqu"))
            || (first == "finally" && (second == "a" || second == "an" || second == "someone"))
        else { return nil }
        for index in (start + 2)..<min(tokens.count, start + 8) where tokens[index].clause == tokens[start].clause {
            let word = tokens[index].text
            if word == "qui" || word == "that" || word == "who" {
                return tokens[start].original + " " + tokens[start + 1].original + (second == "quelqu" ? "'un" : "")
            }
        }
        return nil
    }

    /// A verb of working ("works", "cuts", "holds", "fonctionne", "coupe", "tient") with "still", "encore" or "toujours"
    /// beside it, in a text that counts months or years, its clause neither negated nor blamed: "still cuts tomatoes
    /// after a year", "tient encore la charge" (not "still waiting after 2 months": no verb of working; not "still
    /// doesn't work after a year"; not "marche toujours aussi mal"). The verb and the words.
    static func stillWorksAfter(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)], language: String
    ) -> (index: Int, words: String)? {
        guard workVerbs.containsAny(of: tokens), lastingUnits.containsAny(of: tokens) else { return nil }
        // The clauses with blame, and where it stands, read once (a text of thousands of "still works badly" must not
        // scan every contribution from each verb).
        var blamed: [Int: [Int]] = [:]
        for contribution in contributions where contribution.index < tokens.count && contribution.value < 0 {
            blamed[tokens[contribution.index].clause, default: []].append(contribution.index)
        }
        for verb in tokens.indices where workVerbs.contains(hash: tokens[verb].hash) {
            let clause = tokens[verb].clause
            let window = max(0, verb - 2)..<min(tokens.count, verb + 2)
            guard let still = window.first(where: {
                $0 != verb && tokens[$0].clause == clause && stillWords.contains(hash: tokens[$0].hash)
            }) else { continue }
            // (The verb's own blame is no blame: VADER's `cuts` −1.1.)
            guard !(blamed[clause]?.contains(where: { $0 != verb }) ?? false),
                !isNegated(verb, tokens: tokens, language: language, defused: [])
            else { continue }
            return (verb, tokens[min(still, verb)...max(still, verb)].map(\.original).joined(separator: " "))
        }
        return nil
    }
    static let ratherWords = FilteredWordSet(["rather", "instead", "plutot", "lieu"])
    static let courseEnds: Set<String> = ["and", "but", "so", "et", "mais", "donc"]
    static let workVerbs = FilteredWordSet([
        "works", "working", "runs", "running", "cuts", "holds", "charges", "fits", "looks", "going", "fonctionne",
        "fonctionnent", "marche", "marchent", "coupe", "coupent", "tient", "tiennent", "tourne", "tournent", "roule",
        "roulent",
    ])
    static let stillWords = FilteredWordSet(["still", "encore", "toujours"])
    static let lastingUnits = FilteredWordSet(["year", "years", "yrs", "month", "months", "ans", "an", "annees", "mois", "weeks", "semaines"])

    /// Words of amazement that, right after a bad thing, say how bad it is.
    static let amazement: Set<String> = [
        "incroyable", "incroyables", "hallucinant", "hallucinante", "dingue", "phenomenal", "phenomenale",
        "incredible", "unbelievable",
    ]

    /// Whether the praise at `index` (≥ 2) is of the past only: after "used to" and a verb of habit in its clause, two
    /// words at most between ("used to be my favourite", "used to really like"; not "I'm used to the new layout",
    /// "got used to it": accustomed; not "the tool used to fix it works great": a purpose), or, in French, with an
    /// imperfect "était"/"étaient" and an adverb of before in its clause or alone in the clause before ("l'appli
    /// était géniale avant", "c'était mieux avant", "avant, c'était top", "à l'époque c'était bien"; not "avant le
    /// départ, c'était super": a preposition).
    static func isPraiseOfThePast(_ index: Int, tokens: [TextNormalizer.Token], pastClauses: Set<Int>?) -> Bool {
        let clause = tokens[index].clause
        // French: the clauses were found once for the text (a scan of its clause for each word of praise had cost the
        // square of a long clause's length).
        if let pastClauses { return pastClauses.contains(clause) }
        // English: "used to" before the word (by index and by hash: this runs for every word of praise).
        var back = index - 1
        while back >= 1, index - back <= 3, tokens[back].clause == clause {
            if tokens[back].hash == toHash, tokens[back - 1].hash == usedHash || tokens[back - 1].hash == useHash {
                // The habit's verb right after "to" (or the praise itself: "used to love"), not a purpose ("the
                // software used to download the photos is great").
                guard back + 1 == index || pastHabitVerbs.contains(hash: tokens[back + 1].hash) else { return false }
                let before = back - 2
                return before < 0 || tokens[before].clause != clause || !accustomedBefore.contains(hash: tokens[before].hash)
            }
            back -= 1
        }
        return false
    }

    /// The clauses of a French text that tell of the past only: an imperfect of "être" in the clause, and "avant"
    /// closing it or alone in the clause before, or "à l'époque" in it, or the next clause opening on the present
    /// ("maintenant", "désormais", "aujourd'hui", "depuis").
    static func clausesOfThePast(_ tokens: [TextNormalizer.Token]) -> Set<Int> {
        var clauses: Set<Int> = []
        var start = 0
        while start < tokens.count {
            let clause = tokens[start].clause
            var end = start + 1
            while end < tokens.count, tokens[end].clause == clause { end += 1 }
            defer { start = end }
            guard (start..<end).contains(where: { pastBe.contains(hash: tokens[$0].hash) }) else { continue }
            let closesWithAvant = end - start >= 2 && tokens[end - 1].text == "avant"
            let afterAvantAlone = start >= 1 && tokens[start - 1].text == "avant"
                && (start - 1 == 0 || tokens[start - 2].clause != tokens[start - 1].clause)
            let atThatTime = (start..<end).contains { position in
                position >= 2 && tokens[position].text == "epoque" && tokens[position - 1].text == "l"
                    && tokens[position - 2].text == "a"
            }
            // "C'était mon appli préférée, maintenant elle me déconnecte": the present opening the next clause.
            let nowFollows = end < tokens.count && nowWords.contains(hash: tokens[end].hash)
            if closesWithAvant || afterAvantAlone || atThatTime || nowFollows { clauses.insert(clause) }
        }
        return clauses
    }
    static let nowWords = FilteredWordSet(["maintenant", "desormais", "aujourd", "depuis"])
    static let toHash = WordHash.of("to")
    static let usedHash = WordHash.of("used")
    static let useHash = WordHash.of("use")
    /// Before "used to", a verb of being accustomed ("I'm used to", "got used to").
    static let accustomedBefore = FilteredWordSet([
        "m", "am", "is", "s", "are", "re", "was", "were", "be", "been", "being", "get", "got", "gets", "getting",
        "become", "became",
    ])
    static let pastBe = FilteredWordSet(["etait", "etaient"])
    static let pastHabitVerbs = FilteredWordSet([
        "be", "have", "love", "like", "enjoy", "adore", "really", "actually", "always", "genuinely", "absolutely",
        "get",
    ])

    /// Whether the praise at `index` is said to have lasted a span of time, which then ended: a span after "for",
    /// "pendant", "durant" within four words of its clause ("great for two weeks", "bien pendant un mois", "fine for
    /// the first few days"), then "then", "until", "before", "puis", "jusqu'à", "avant" within three words.
    static func lastedAWhile(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let clause = tokens[index].clause
        var position = index + 1
        while position < tokens.count, position <= index + 4, tokens[position].clause == clause {
            guard spanIntroducers.contains(hash: tokens[position].hash) else {
                position += 1
                continue
            }
            var start = position + 1
            while start < tokens.count, start - position <= 3, spanFillers.contains(hash: tokens[start].hash) { start += 1 }
            guard start < tokens.count else { return false }
            let end = IntentDetector.isDurationUnit(tokens[start].hash)
                ? start + 1 : IntentDetector.durationEnd(at: start, tokens: tokens)
            guard let end else { return false }
            var next = end
            while next < tokens.count, next - end < 3 {
                if spanEnders.contains(hash: tokens[next].hash) { return true }
                next += 1
            }
            return false
        }
        return false
    }
    static let spanIntroducers = FilteredWordSet(["for", "pendant", "durant"])
    static let spanFillers = FilteredWordSet([
        "the", "first", "few", "about", "maybe", "like", "les", "premiers", "premieres", "environ", "quelques",
    ])
    static let spanEnders = FilteredWordSet(["then", "until", "before", "puis", "jusqu", "avant"])

    /// Whether the word at `index` (≥ 2) is what a verb of losing lost, after a possessive: "lost its charm", "lost all
    /// their appeal", "a perdu de son charme", "perdu toute sa magie".
    static func isLost(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard possessives.contains(tokens[index - 1].text) else { return false }
        var verb = index - 2
        if verb > 0, lossQuantifiers.contains(tokens[verb].text) { verb -= 1 }
        return tokens[verb].clause == tokens[index].clause && lossVerbs.contains(tokens[verb].text)
    }
    /// Whether the bad thing at `index` is what was fixed — "the update fixed the battery drain", "they finally
    /// solved my login issue", "ils ont corrigé le bug": a relief, like a bad thing gone. Not when the fix is
    /// denied ("still haven't fixed the lag", "n'ont toujours pas réglé le problème") or only hoped for ("please fix
    /// the lag").
    static func isRemedied(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        // "thanks for fixing the outage so fast": a fix thanked is done too ("when are you fixing the outage?" asks).
        guard let verb = objectVerb(before: index, in: remedyVerbs, tokens: tokens),
            remedyVerbsDone.contains(tokens[verb].text)
                || (verb > 0 && tokens[verb - 1].text == "for" && tokens[verb].text.hasSuffix("ing"))
        else { return false }
        return !isDenied(verb, tokens: tokens)
    }
    /// The verb of fixing whose object is the word at `index` ("fix the crash", "corriger le bug"), if there is one:
    /// a negation before it denies the fix, not the bad thing ("the update did not fix the crash" is no praise).
    static func remedyVerb(before index: Int, tokens: [TextNormalizer.Token]) -> Int? {
        objectVerb(before: index, in: remedyVerbs, tokens: tokens)
    }
    /// Fixes done (past participles), then every form of the verbs of fixing.
    static let remedyVerbsDone: Set<String> = [
        "fixed", "solved", "resolved", "repaired", "corrige", "corriges", "regle", "resolu", "repare", "reparee",
        // "sorted my stolen card in 5 minutes", "bill corrected".
        "sorted", "corrected", "corrigee", "corrigees",
    ]
    static let remedyVerbs = FilteredWordSet(
        remedyVerbsDone.union([
            "fix", "fixes", "fixing", "solve", "solves", "solving", "resolve", "resolves", "resolving", "repair",
            "repairs", "corriger", "corrigent", "regler", "reglent", "resoudre", "resout", "resolvent", "reparer",
            "reparent",
        ]))

    /// Whether the good word at `index` is what a verb of removal took away, after its determiners: "eliminated the
    /// best singer", "cancelled my favourite show", "a supprimé la meilleure série". Not when the removal is denied
    /// ("they didn't cancel the best show").
    static func isRemoved(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard let verb = objectVerb(before: index, in: removalVerbs, tokens: tokens) else { return false }
        return !isDenied(verb, tokens: tokens)
    }
    static let removalVerbs = FilteredWordSet([
        "eliminated", "removed", "cancelled", "canceled", "axed", "scrapped", "killed", "elimine", "eliminee",
        "supprime", "supprimee", "retire", "annule", "vire",
    ])

    /// The verb among `verbs` whose object is the word at `index`, in its clause, with at most two determiners
    /// between ("fixed the", "cancelled my", "a supprimé la"). Both its users run it for every scored word: the lists
    /// are asked through bit filters.
    static func objectVerb(before index: Int, in verbs: FilteredWordSet, tokens: [TextNormalizer.Token]) -> Int? {
        var verb = index - 1
        while verb >= 0, index - verb <= 2, objectDeterminers.contains(hash: tokens[verb].hash) { verb -= 1 }
        guard verb >= 0, tokens[verb].clause == tokens[index].clause, verbs.contains(hash: tokens[verb].hash) else { return nil }
        return verb
    }
    static let objectDeterminers = FilteredWordSet([
        "the", "my", "that", "this", "our", "their", "its", "le", "la", "les", "l", "mon", "ma", "mes", "ce", "cet",
        "cette", "ces", "notre", "nos",
    ])
    /// Whether a negation in the three words before the verb at `verb`, in its clause, denies it.
    static func isDenied(_ verb: Int, tokens: [TextNormalizer.Token]) -> Bool {
        tokens[max(0, verb - 3)..<verb].contains {
            $0.clause == tokens[verb].clause && !$0.facts.flags.isDisjoint(with: [.negation, .negationAfterVerb])
        }
    }

    static let possessives: Set<String> = [
        "its", "his", "her", "their", "my", "our", "your", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes",
        "notre", "nos", "votre", "vos",
    ]
    static let lossVerbs: Set<String> = ["lost", "lose", "loses", "losing", "perdu", "perdue", "perdus", "perd", "perdre", "perdent", "perdait"]
    /// Words between the verb and the possessive: "lost all its", "perdu de son", "perdu toute sa".
    static let lossQuantifiers: Set<String> = ["all", "de", "toute", "tout", "toutes", "tous"]

    /// Whether the word at `index` is a verb of sport (`play`, `beat`, `face`…) between a capitalised word before it
    /// and a capitalised one after it, `the` allowed between: "The Patriots play the Jets on Thursday", "Nadal beats
    /// Federer" tell a fixture or a result. "It plays everything" keeps its praise.
    static func isFixture(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard fixtureVerbs.contains(tokens[index].text), !tokens[index - 1].facts.flags.contains(.contentStopword) else { return false }
        var next = index + 1
        if next < tokens.count, tokens[next].text == "the" { next += 1 }
        // (Or a score: "Tottenham won 2-1 at home".)
        return next < tokens.count && tokens[next].clause == tokens[index].clause
            && (isCapitalized(at: next, in: tokens) || (next == index + 1 && tokens[next].startsWithDigit))
    }
    static let fixtureVerbs: Set<String> = [
        "play", "plays", "played", "playing", "beat", "beats", "face", "faces", "host", "hosts", "hosting", "meet",
        "meets", "won", "wins", "defeated", "defeats",
    ]
    static let contestCues = FilteredWordSet([
        "enter", "rt", "retweet", "follow", "giveaway", "participer", "participez", "concours", "tirage",
    ])
    static let contestWins = FilteredWordSet(["win", "won", "gagnez", "gagner", "remportez", "remporter", "gagne"])

    /// Whether the word at `index` is a verb of breaking before "record" within four words of its clause: "broke the
    /// opening weekend record", "a battu le record", "shattered records".
    static func breaksARecord(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard breakingVerbs.contains(hash: tokens[index].hash) else { return false }
        for next in (index + 1)..<min(tokens.count, index + 5) where tokens[next].clause == tokens[index].clause {
            if tokens[next].text == "record" || tokens[next].text == "records" { return true }
        }
        return false
    }
    static let breakingVerbs = FilteredWordSet([
        "broke", "breaks", "break", "broken", "breaking", "smashed", "smashes", "shattered", "shatters", "bat", "battu",
        "battent", "pulverise", "explose",
    ])

    /// Words after `like` that make a verb in -ing or -ed before it a manner compared ("defending like a…").
    static let likeComparands: Set<String> = [
        "a", "an", "the", "some", "his", "her", "their", "its", "my", "your", "our", "kids", "children", "animals",
    ]
    /// Words after which `like` compares, fills or wishes (folded; "it's" is `it`, `s`).
    static let notLikingBefore: Set<String> = [
        "feel", "feels", "felt", "feeling", "look", "looks", "looked", "looking", "sound", "sounds", "sounded", "seem",
        "seems", "seemed",
        "smell", "smells", "smelled", "smelt", "taste", "tastes", "tasted", "act", "acts", "acted", "acting",
        "something", "anything",
        "nothing", "everything", "just",
        "more", "much", "exactly", "is", "was", "are", "were", "be", "been", "being", "s", "its", "thats", "by", "for",
        "about", "at",
        "with", "of", "in", "on", "had", "got", "would", "d", "things", "stuff",
    ]

    /// Whether the word at `index` (> 0) continues a name: it and the word before it, in one clause, are capitalised
    /// (`Star Wars`, `Taylor Swift`, `Amazon Prime`, `Police Investigate Crash`), and the word before is neither a
    /// function word, an intensifier, a negation nor a sentiment word (`I Love This`, `So Happy`, `Not Good`, `Super
    /// Excited` keep their words). The first word of a name keeps its valence (`Happy New Year`, `Best Buy`). A name
    /// goes on across "of" (`League of Legends`, `Statue of Liberty`; not `Tired of Lies`, whose first word is a
    /// feeling).
    static func continuesAName(_ index: Int, tokens: [TextNormalizer.Token], lexicon: Vocabulary.Lexicon) -> Bool {
        let clause = tokens[index].clause
        guard tokens[index - 1].clause == clause, isCapitalized(at: index, in: tokens) else { return false }
        var before = index - 1
        if before >= 1, tokens[before].facts.flags.contains(.of), tokens[before - 1].clause == clause { before -= 1 }
        guard isCapitalized(at: before, in: tokens) else { return false }
        let previous = tokens[before].facts
        guard previous.booster == nil,
            previous.flags.isDisjoint(with: [.contentStopword, .englishNegation, .frenchNegation, .frenchNe])
        else { return false }
        if (previous.valence(lexicon) ?? 0) == 0 { return true }
        // "The Grateful Dead archive", "Lucky Strike is closing": a word of sentiment that itself starts a name
        // (read as its first word) carries the name on.
        return before == index - 1
            && startsAName(before, tokens: tokens, language: lexicon == .french ? "fr" : "en")
    }
    /// Written with a capital first letter (A–Z) and not all in capitals (shouting is read elsewhere).
    /// Whether the capitalised word at `index` starts a name, a run of capitalised words: "nominated for Best Actor",
    /// "The Good Wife series finale", "Grey's Anatomy is back", and, opening its clause, when the clause goes on in
    /// lower case after the name ("Love Island final is tonight", "Dead Poets Society is streaming"). Not before a
    /// day, a feast or a common noun ("Happy Friday everyone", "a Great Day"), nor greetings opening a clause
    /// ("Happy Birthday to my mom"), nor in a text written in title case (the caller's).
    static func startsAName(_ index: Int, tokens: [TextNormalizer.Token], language: String) -> Bool {
        guard isCapitalized(at: index, in: tokens) else { return false }
        let clause = tokens[index].clause
        // French capitalises no word of sentiment inside a sentence but a name's: "La Belle et la Bête", "Les
        // Misérables au théâtre", "on regarde Bienvenue chez les Ch'tis" — after an article or a word in lower case
        // ("Quelle Honte ce gouvernement" shouts).
        if language == "fr", index > 0, tokens[index - 1].clause == clause, !tokens[index - 1].isHashtag,
            !tokens[index - 1].isHandle, !isCapitalized(at: index - 1, in: tokens) && !tokens[index - 1].isUpperCase
                || frenchArticles.contains(tokens[index - 1].text)
        {
            return true
        }
        // "The Killers just announced a second night", "The Cure play Wembley": a band's name after "The" opening
        // the clause, before a word in lower case.
        if language != "fr", index == 1 || (index > 1 && tokens[index - 2].clause != clause),
            tokens[index - 1].clause == clause, tokens[index - 1].hash == theHash,
            isCapitalized(at: index - 1, in: tokens),
            index + 1 < tokens.count, tokens[index + 1].clause == clause,
            let first = tokens[index + 1].original.utf8.first, first >= 97 && first <= 122
        {
            return true
        }
        var next = index + 1
        if next + 1 < tokens.count, tokens[next].hash == sHash, tokens[next].clause == clause { next += 1 }  // "Grey's"
        guard next < tokens.count, tokens[next].clause == clause, isCapitalized(at: next, in: tokens),
            !notNames.contains(hash: tokens[next].hash), tokens[next].facts.booster == nil
        else { return false }
        let opensClause = index == 0 || tokens[index - 1].clause != clause
        guard opensClause else { return true }
        // "Merci Free pour la fibre", "Bravo Netflix pour cette série": thanks or cheers addressed to a name, not a
        // name's first word (French `pour` after it read as the name's verb-less sequel).
        if tokens[index].facts.flags.contains(.thanks) || addressedPraise.contains(hash: tokens[index].hash) {
            return false
        }
        return opensLowerCaseClause(index, after: next, tokens: tokens)
    }
    static let addressedPraise = FilteredWordSet([
        "bravo", "chapeau", "felicitations", "congrats", "congratulations", "kudos", "shoutout",
    ])

    /// Whether the words of a name opening its clause at `index` (its second word at `next`) are followed, in the
    /// clause, by a word in lower case — and the name is no greeting.
    static func opensLowerCaseClause(_ index: Int, after next: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let clause = tokens[index].clause
        // (Eight words of a name at most: a text of thousands of capitalised words is not walked from each.)
        var after = next + 1
        while after < tokens.count, after - index < 8, tokens[after].clause == clause, isCapitalized(at: after, in: tokens) {
            after += 1
        }
        // A greeting opens a name only when no word of it is a day, a feast or a wish's object: "Happy Meal toys will
        // be made of paper", "Good Will Hunting is leaving Netflix", "Happy Valley finale was rushed" — not "Happy
        // Canada Day everyone", "Merry Xmas all", "Happy Hanukkah to you".
        if greetings.contains(hash: tokens[index].hash),
            (next..<after).contains(where: { notNames.contains(hash: tokens[$0].hash) || greetingObjects.contains(hash: tokens[$0].hash) })
        {
            return false
        }
        // (A name is mostly a subject, followed by its verb — "Kill Bill is on AMC", "Best Buy opens at 5am"; praise
        // of a thing goes on with a preposition: "Awesome Customer Service from @united", "Great Food at Joe's".)
        return after < tokens.count && tokens[after].clause == clause && !tokens[after].isUpperCase
            && !tokens[after].startsWithDigit && !titleSmallWords.contains(hash: tokens[after].hash)
            && !notNames.contains(hash: tokens[after].hash)
    }
    static let notNames = FilteredWordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "christmas",
        "thanksgiving", "easter", "halloween", "new", "birthday", "valentine", "valentines", "mothers", "fathers",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "noel", "paques", "annee", "anniversaire",
        "god", "dieu", "you", "u", "i", "day", "night", "time", "job", "game", "work", "news", "luck", "morning",
        "evening", "week", "year", "stuff", "idea", "show", "movie", "film", "song", "album", "team", "guys", "people",
        "journee", "soiree", "idee", "chance", "travail", "this", "that", "these", "those", "my", "your", "our", "it",
        "he", "she", "we", "they", "all", "everyone", "everybody", "today", "tonight", "again", "ever", "so", "very",
        "service", "customer", "food", "experience", "staff", "product", "ce", "cette", "mon", "ma", "mes", "ton", "ta",
        "tout", "tous", "vous", "nous", "aujourd", "soir",
    ])
    /// Whether a text is written in title case ("Great Game Tonight Guys", "A Night at the Opera": no word in lower case
    /// but the small words titles leave so): its capitals then say nothing.
    static func isTitleCase(_ tokens: [TextNormalizer.Token]) -> Bool {
        guard tokens.count >= 3 else { return false }
        for index in tokens.indices where !tokens[index].isLink && !tokens[index].isHandle {
            if let first = tokens[index].original.utf8.first, first >= 97 && first <= 122,
                !titleSmallWords.contains(hash: tokens[index].hash)
            {
                return false
            }
        }
        return true
    }
    /// Whether the word at `index`, before another in its clause, is an adverb that may intensify it ("-ly",
    /// "-ment") or one of the adjectives slang uses so ("scary good", "crazy good").
    static func mayIntensify(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].clause == tokens[index].clause else { return false }
        if slangIntensifiers.contains(hash: tokens[index].hash) { return true }
        // (The folded bytes' ending, not `hasSuffix`, which compares by characters: this runs in every negation check.)
        var text = tokens[index].text
        return text.withUTF8 { bytes in
            let count = bytes.count
            if count >= 4, bytes[count - 2] == 108, bytes[count - 1] == 121 { return true }  // -ly
            return count >= 6 && bytes[count - 4] == 109 && bytes[count - 3] == 101 && bytes[count - 2] == 110
                && bytes[count - 1] == 116  // -ment
        }
    }
    static let slangIntensifiers = FilteredWordSet(["scary", "crazy", "stupid", "wicked"])
    static let sHash = WordHash.of("s")
    static let titleSmallWords = FilteredWordSet([
        "a", "an", "the", "of", "at", "to", "in", "on", "for", "and", "or", "but", "by", "with", "from", "s", "de", "la",
        "le", "les", "l", "d", "du", "des", "et", "en", "un", "une", "au", "aux",
    ])
    static let greetings = FilteredWordSet(["happy", "merry", "joyeux", "joyeuse", "bonne", "bon", "good", "thank", "thanks"])
    static let theHash = WordHash.of("the")
    /// The writer's reactions, never a work's subject: "smh", "ugh", "lol".
    static let reactions = FilteredWordSet([
        "smh", "smdh", "smfh", "ugh", "fml", "wtf", "lol", "lmao", "sigh", "meh", "yay", "mdr", "ptdr", "pfff", "bof",
    ])
    static let greetingObjects = FilteredWordSet([
        "xmas", "holidays", "holiday", "anniversary", "hanukkah", "chanukah", "diwali", "eid", "ramadan", "pride",
        "kwanzaa", "hogmanay", "mother", "father", "mum", "mom", "dad", "nouvel", "an", "fete", "fetes", "mondays",
        "fridays", "feast", "festive", "season", "vacances", "rentree", "retraite", "retirement", "graduation",
    ])
    /// Whether the word at `index` is capitalised — read in place: `isCapitalized(tokens[index])` copied the token
    /// (its two strings retained and released) at every word the fixture check looked at, 1 % of the profile.
    @inline(__always) static func isCapitalized(at index: Int, in tokens: [TextNormalizer.Token]) -> Bool {
        guard !tokens[index].isUpperCase, !tokens[index].isHandle, !tokens[index].isHashtag,
            let first = tokens[index].original.utf8.first
        else { return false }
        return first >= 65 && first <= 90
    }
    static func isCapitalized(_ token: TextNormalizer.Token) -> Bool {
        guard !token.isUpperCase, !token.isHandle, !token.isHashtag, let first = token.original.utf8.first else { return false }
        return first >= 65 && first <= 90
    }

    /// Laughter beside a grievance: "nobody showed up to my party lol :(", "that ad is so cringe lol", "j'ai raté mon
    /// bus mdr". Laughing at one's own misfortune, or at something one mocks, is not praise: when another word or
    /// symbol of the text is negative, the laughter counts for nothing (alone or with praise it stays glad).
    /// But one dies of laughter: "ptdr j'en peux plus 😂", "lmao I'm dead" — when every other negative word is such a
    /// death with no complement ("j'en peux plus de ce boulot mdr" stays a grievance), the laughter wins.
    static func dropLaughterBesideGrievance(
        _ contributions: inout [(word: String, value: Double, index: Int)], tokens: [TextNormalizer.Token]
    ) {
        // Most texts are of one sign: nothing to look at.
        guard contributions.contains(where: { $0.value < 0 }), contributions.contains(where: { $0.value > 0 }) else { return }
        // (A word of laughter is one token, whose folded text the tokenizer already made: read by its hash.)
        func isLaughter(_ contribution: (word: String, value: Double, index: Int)) -> Bool {
            contribution.index < tokens.count && laughterWords.contains(hash: tokens[contribution.index].hash)
                && !contribution.word.utf8.contains(32)
        }
        guard contributions.contains(where: { $0.value < 0 && !isLaughter($0) }) else { return }
        func diesLaughing(_ contribution: (word: String, value: Double, index: Int)) -> Bool {
            guard contribution.index < tokens.count, deathStarts.contains(hash: tokens[contribution.index].hash) else { return false }
            let words = TextNormalizer.fold(contribution.word)
            guard deathsOfLaughter.contains(words) else { return false }
            let next = contribution.index + words.split(separator: " ").count
            return next >= tokens.count || tokens[next].clause != tokens[next - 1].clause
                || !["de", "d", "of", "with", "avec", "from"].contains(tokens[next].text)
        }
        if contributions.contains(where: {
            $0.value > 0 && (isLaughter($0) || ($0.index >= tokens.count && laughingSymbols.contains($0.word)))
        }),
            contributions.allSatisfy({ $0.value >= 0 || isLaughter($0) || diesLaughing($0) })
        {
            contributions.removeAll { $0.value < 0 }
            return
        }
        contributions.removeAll { $0.value > 0 && isLaughter($0) }
    }
    /// "Can't wait to spend my whole weekend fixing what the update broke", "vivement la fin de cette galère": an
    /// eagerness whose clause goes on to blame is for the bad thing to come, or to end — not glad. (Its blame is the
    /// text's sign: "can't wait for this awful year to end".) So is a success at a bad thing ("managed to make it
    /// slower"; "j'ai réussi à réparer la panne" blames nothing: the remedy turned the breakdown).
    static func turnBlamedAnticipation(
        _ contributions: inout [(word: String, value: Double, index: Int)], tokens: [TextNormalizer.Token],
        lexicon: Vocabulary.Lexicon
    ) {
        func isEagerOrSuccess(_ start: Int) -> Bool {
            let text = tokens[start].text
            // (`can't` is one token; "can not wait" two.)
            if lexicon == .english, text == "can't" || text == "cant" || text == "can" || text == "cannot",
                start + 2 < tokens.count, tokens[start + 1].text == "wait" || tokens[start + 2].text == "wait"
            {
                return true
            }
            // ("j'ai hâte de…" is the lexicon's phrase `j ai hate`, which starts two words before.)
            if lexicon == .french, text == "vivement" || text == "hate"
                || (start + 2 < tokens.count && text == "j" && tokens[start + 2].text == "hate")
            {
                return true
            }
            // "they managed to make the app even slower", "ils ont réussi à rendre le site encore plus lent": a success
            // at a bad thing.
            return start + 1 < tokens.count && successes.contains(hash: tokens[start].hash)
                && (tokens[start + 1].text == "to" || tokens[start + 1].text == "a" || tokens[start + 1].text == "in")
        }
        guard contributions.contains(where: { $0.value > 0 && $0.index < tokens.count && isEagerOrSuccess($0.index) })
        else { return }
        // The contribution that comes next in the text decides (sorted once: a text of thousands of "can't wait" must
        // not search the others from each).
        let order = contributions.indices.filter { contributions[$0].index < tokens.count }
            .sorted { contributions[$0].index < contributions[$1].index }
        for (rank, position) in order.enumerated().dropLast()
        where contributions[position].value > 0 && isEagerOrSuccess(contributions[position].index) {
            let start = contributions[position].index
            let next = contributions[order[rank + 1]]
            // (Not a bad thing mended — "j'ai réussi à réparer la panne", "can't wait to fix this mess" — nor one a good
            // deed met first: "a réussi à faire rire ma mère paniquée".)
            if next.value < 0, next.index > start + 1, tokens[next.index].clause == tokens[start].clause,
                remedyVerb(before: next.index, tokens: tokens) == nil
            {
                contributions[position].value = -contributions[position].value
            }
        }
    }

    static let successes = FilteredWordSet([
        "managed", "succeeded", "reussi", "reussit", "reussissent", "parvenu", "parvenus",
    ])

    /// "The airline lost my bag but hey, at least the peanuts were free", "chambre sale, mais au moins le personnel
    /// était gentil": what "at least" or "au moins" offers after a grievance is a consolation — it weighs a tenth
    /// (after the contrast made it count one and a half), and the grievance stands.
    static func weighConsolations(
        _ contributions: inout [(word: String, value: Double, index: Int)], tokens: [TextNormalizer.Token]
    ) {
        // (Where the first blame stands, found once.)
        guard let firstBlame = contributions.lazy.filter({ $0.value < 0 }).map(\.index).min(),
            contributions.contains(where: { $0.value > 0 })
        else { return }
        for position in contributions.indices
        where contributions[position].value > 0 && contributions[position].index < tokens.count {
            let index = contributions[position].index
            let clause = tokens[index].clause
            var start = index - 1
            while start > 0, index - start <= 6, tokens[start].clause == clause {
                let (first, second) = (tokens[start - 1].text, tokens[start].text)
                if (first == "at" && second == "least") || (first == "au" && second == "moins") {
                    // (After a grievance told before it: "at least it's cheap" alone consoles for nothing.)
                    if firstBlame < start - 1 {
                        contributions[position].value *= 0.1
                    }
                    break
                }
                start -= 1
            }
        }
    }

    /// The love of "I love how …", "love that …", "j'adore quand …" whose sentence, within twelve words, tells of a
    /// thing that repeats itself — "the same", "le même" ("I love how Spotify plays the same 5 songs"), or "again",
    /// "still", "keeps", "encore" beside a word of blame ("j'adore quand le bus est encore en retard") — with no real
    /// praise after the love (VADER's mild `plays` is none): not "I love how it keeps getting better", "I love that it
    /// still works after 5 years", "j'adore quand même ce film" (anyway).
    static func sarcasticLoveHow(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)]
    ) -> Int? {
        guard loveVerbs.containsAny(of: tokens) else { return nil }
        for love in tokens.indices.dropLast() where loveVerbs.contains(hash: tokens[love].hash) {
            // "Love waiting 45 minutes for a bus that never shows up", "j'adore attendre 1h au téléphone": the love of a
            // wait that is counted.
            if waitingVerbs.contains(hash: tokens[love + 1].hash), tokens[love + 1].clause == tokens[love].clause,
                ((love + 2)..<min(tokens.count, love + 7)).contains(where: {
                    tokens[$0].clause == tokens[love].clause && tokens[$0].startsWithDigit
                })
            {
                return love
            }
            guard loveHowWords.contains(hash: tokens[love + 1].hash), tokens[love + 1].clause == tokens[love].clause,
                !contributions.contains(where: { $0.value >= 1.5 && $0.index > love })
            else { continue }
            let blamed = contributions.contains { $0.value < 0 && $0.index > love + 1 }
            // "I just love when my flight gets delayed", "j'adore quand mon train est supprimé": a mishap loved.
            if contributions.contains(where: {
                $0.value < 0 && $0.index > love + 1 && $0.index - love <= 8 && $0.index < tokens.count
                    && tokens[$0.index].clause == tokens[love].clause && mishaps.contains(hash: tokens[$0.index].hash)
            }) {
                return love
            }
            var index = love + 2
            while index < tokens.count, index - love <= 12,
                tokens[index].clause == tokens[love].clause || tokens[index].clauseAfterComma
            {
                let same = (tokens[index].hash == sameHash || tokens[index].text == "meme" || tokens[index].text == "memes")
                    && ["the", "le", "la", "les"].contains(tokens[index - 1].text)
                if same || (blamed && repetitions.contains(tokens[index].text)) { return love }
                index += 1
            }
        }
        return nil
    }
    static let loveHowWords = FilteredWordSet(["how", "that", "when", "quand", "comment"])
    static let waitingVerbs = FilteredWordSet(["waiting", "queuing", "queueing", "sitting", "attendre", "poireauter"])
    /// What no one loves to happen: a trip delayed or cancelled, a thing broken down or stuck.
    static let mishaps = FilteredWordSet([
        "delayed", "cancelled", "canceled", "late", "broken", "breaks", "crashes", "crashed", "jammed", "stuck",
        "outage", "annule", "annulee", "supprime", "supprimee", "retard", "panne", "bloque", "bloquee", "coupure",
        "plante",
    ])
    static let repetitions: Set<String> = ["again", "still", "keeps", "keep", "encore", "toujours"]
    static let sameHash = WordHash.of("same")

    /// Sets to 0 a "plus jamais" / "never again" that goes on in its clause ("plus jamais les courses le samedi") after
    /// praise in an earlier clause: the old way left behind, not a grievance.
    static func dropNeverAgainTheOldWay(
        _ contributions: inout [(word: String, value: Double, index: Int)], tokens: [TextNormalizer.Token]
    ) {
        for position in contributions.indices where contributions[position].value < 0 {
            let index = contributions[position].index
            guard index + 2 < tokens.count,
                (tokens[index].hash == plusHash && tokens[index + 1].hash == jamaisHash)
                    || (tokens[index].hash == neverHash && tokens[index + 1].hash == againHash),
                tokens[index + 2].clause == tokens[index].clause,
                contributions.contains(where: {
                    $0.value > 0 && $0.index < index && $0.index < tokens.count && tokens[$0.index].clause != tokens[index].clause
                })
            else { continue }
            contributions[position].value = 0
        }
    }

    /// Whether the text's praise is of a time for a bad thing, with nothing remedied and no praise after: "What a
    /// great day to get a flat tire", "Quelle belle journée pour tomber en panne", "Such a fun time waiting 2 hours at
    /// the DMV" (not "What a great day to be alive"). (Praise beside any complaint cue, with no word of blame, was
    /// tried: "i have not been disappointed", "a very brief time on hold followed by a cheerful representative" turned.)
    static func praisesAGrievance(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)]
    ) -> Bool {
        for praise in contributions where praise.value > 0 && praise.index + 2 < tokens.count {
            let time = praise.index + 1
            let clause = tokens[praise.index].clause
            guard timesOfDay.contains(hash: tokens[time].hash), tokens[time + 1].clause == clause,
                timeFor.contains(tokens[time + 1].text) || waiting.contains(tokens[time + 1].text)
            else { continue }
            if contributions.contains(where: { $0.value > 0 && $0.index > time && $0.index < tokens.count })
                || remedies.containsAny(of: tokens)
            {
                return false
            }
            return waiting.contains(tokens[time + 1].text)
                || contributions.contains { $0.value < 0 && $0.index > time && $0.index < tokens.count }
                || IntentDetector.firstGrievance(in: Array(tokens[(time + 1)...])) != nil
        }
        return false
    }
    static let remedies = FilteredWordSet([
        "fixed", "fixing", "solved", "resolved", "refunded", "sorted", "finally", "helped", "worth", "enfin", "regle",
        "resolu", "rembourse", "repare", "aide",
    ])
    static let timesOfDay = FilteredWordSet([
        "day", "time", "morning", "night", "week", "weekend", "journee", "jour", "matin", "soiree", "moment", "semaine",
    ])
    static let timeFor: Set<String> = ["to", "for", "pour"]
    static let saidNoOneEver: Set<String> = ["said no one ever", "said nobody ever"]
    static let saidHash = WordHash.of("said")
    static let waiting: Set<String> = ["waiting", "attendre", "sitting", "stuck", "queuing"]

    static let plusHash = WordHash.of("plus")
    /// Whether the "plus" at `position` is "no more", reaching past its verb: after "ne" two words back at most ("je
    /// n'ai plus de problème", "je n'ai plus un seul mal de tête"), or opening its clause before "un seul", "une seule"
    /// ("Plus un seul mal de tête depuis…"). ("plus de 3 heures" is more.)
    static func isNoMore(_ position: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let clause = tokens[position].clause
        for back in 1...2 where position - back >= 0 && tokens[position - back].clause == clause {
            let word = tokens[position - back].text
            if word == "ne" || word == "n" { return true }
        }
        guard position == 0 || tokens[position - 1].clause != clause, position + 2 < tokens.count else { return false }
        let article = tokens[position + 1].text
        return (article == "un" || article == "une") && (tokens[position + 2].hash == singleHashes.seul
            || tokens[position + 2].hash == singleHashes.seule)
    }
    static let jamaisHash = WordHash.of("jamais")
    static let neverHash = WordHash.of("never")
    static let deathsOfLaughter: Set<String> = ["j en peux plus", "je n en peux plus", "jpp", "dead", "mort", "morte", "crying"]
    static let deathStarts = FilteredWordSet(Set(deathsOfLaughter.map { String($0.prefix { $0 != " " }) }))
    static let laughterWords = FilteredWordSet(laughter)
    static let laughingSymbols: Set<String> = ["😂", "🤣", "😹"]
    /// "d'une paresse incroyable", "une lenteur hallucinante", "rudeness unbelievable": a word of astonishment right
    /// after blame says how much blame, not praise. It counts with the blame's sign, at half its strength.
    static func intensifyBlameBeforeAstonishment(
        _ contributions: inout [(word: String, value: Double, index: Int)], tokens: [TextNormalizer.Token]
    ) {
        guard contributions.count >= 2 else { return }
        for position in 1..<contributions.count where contributions[position].value > 0 {
            let index = contributions[position].index
            guard index < tokens.count, contributions[position - 1].value < 0,
                contributions[position - 1].index == index - 1,
                tokens[index - 1].clause == tokens[index].clause, astonishment.contains(hash: tokens[index].hash)
            else { continue }
            contributions[position].value = -0.5 * contributions[position].value
        }
    }
    static let astonishment = FilteredWordSet([
        "incroyable", "incroyables", "hallucinant", "hallucinante", "hallucinants", "hallucinantes", "ahurissant",
        "ahurissante",
        "siderant", "siderante", "inoui", "inouie", "dingue", "unbelievable", "incredible",
    ])

    /// Words of laughter (folded).
    static let laughter: Set<String> = [
        "lol", "lool", "lolol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hahahaha", "hehe", "hihi", "mdr", "ptdr",
        "xd", "xptdr",
    ]

    /// Words of tears (their valences are sorrow), and 😭, which tweets use as much for being overwhelmed by joy.
    static let tearWords: Set<String> = [
        "crying", "cry", "cried", "cries", "tears", "sobbing", "weeping", "pleure", "pleurer", "pleurs", "larmes",
    ]
    static let tearSymbol = "😭"

    /// Tears of joy: "I'm crying this is so beautiful 😭😭", "omg I love her so much 😭", "crying 😂", "trop mignon 😭".
    /// When the rest of the text is positive, tears are emotion in its direction, not sorrow: they count positive, at
    /// half their strength. Alone, or with a grievance ("they lost my luggage 😭"), they stay sad.
    static func turnTearsOfJoy(_ contributions: inout [(word: String, value: Double, index: Int)], tokens: [TextNormalizer.Token]) {
        guard contributions.count >= 2 else { return }
        func isTears(_ contribution: (word: String, value: Double, index: Int)) -> Bool {
            guard contribution.value < 0 else { return false }
            return contribution.index < tokens.count
                ? tokens[contribution.index].facts.flags.contains(.tears)
                    && !contribution.word.contains(" ")
                : contribution.word == tearSymbol
        }
        guard contributions.contains(where: isTears) else { return }
        let rest = contributions.reduce(0) { isTears($1) ? $0 : $0 + $1.value }
        guard rest > 0 else { return }
        for index in contributions.indices where isTears(contributions[index]) { contributions[index].value *= -0.5 }
    }

    /// VADER's normalisation of a sum of valences into [-1, 1].
    static func squashed(_ sum: Double) -> Double { max(-1, min(1, sum / (sum * sum + 15).squareRoot())) }

    /// Positive from 0.05, negative from -0.05 (VADER's thresholds, the evaluation's too).
    static func label(of score: Double) -> Label { score >= 0.05 ? .positive : (score <= -0.05 ? .negative : .neutral) }

    /// The sentiment of a text in no language (`und`: fewer than three letters of its own — "😡😡😡", "@airvigie 👎",
    /// ":( !!!"), from what no language owns: its emoji and emoticons, with the emphasis of its `!` and `?` and the
    /// irony of 🙃. `nil` when it has none: no made-up score.
    public func analyzeSymbols(text: String) -> Result? {
        let marks = Self.marks(of: text)
        let contributions = Self.symbols(of: text, marks: marks)
        guard !contributions.isEmpty else { return nil }
        var sum = Self.punctuated(contributions.reduce(0) { $0 + $1.value }, marks: marks)
        if marks.upsideDownFace, sum >= 0 { sum = sum > 0 ? -sum : -1.0 }
        let score = Self.squashed(sum)
        var drivers: [String] = []
        for (symbol, _) in contributions.sorted(by: { abs($0.value) > abs($1.value) }) where drivers.count < 5 && !drivers.contains(symbol) {
            drivers.append(symbol)
        }
        return Result(score: score, label: Self.label(of: score), drivers: drivers)
    }

    /// The emoji (all at U+2000 and above, so behind a lead byte 0xE2 or more: ``Marks/mayHoldEmoji``) and emoticons
    /// of a text, each time it has them, with their valence.
    static func symbols(of text: String, marks: Marks) -> [(symbol: String, value: Double)] {
        var found: [(symbol: String, value: Double)] = []
        if marks.mayHoldEmoji {
            for scalar in text.unicodeScalars where scalar.value >= 0x2000 {
                if let value = emoji[scalar] { found.append((String(scalar), value)) }
            }
        }
        for (emoticon, value) in marks.foundEmoticons { found.append((emoticon, value)) }
        return found
    }

    /// `sum` raised by the text's `!` (up to four) and its `?` (two or more), VADER's punctuation emphasis.
    static func punctuated(_ sum: Double, marks: Marks) -> Double {
        guard sum != 0 else { return sum }
        let exclamations = min(marks.exclamations, 4)
        let questionEmphasis = marks.questions > 1 ? min(Double(marks.questions) * 0.18, 0.96) : 0
        return sum + (sum > 0 ? 1 : -1) * (Double(exclamations) * 0.292 + questionEmphasis)
    }

    /// Whether the token at `index` is "least" (not after "at" or "very") or "moins" after "le", "la", "les", in the
    /// clause of the word after it.
    static func isLeast(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard index >= 0, index + 1 < tokens.count, tokens[index].clause == tokens[index + 1].clause else { return false }
        let before = index >= 1 && tokens[index - 1].clause == tokens[index].clause ? tokens[index - 1].text : ""
        switch tokens[index].text {
        case "least": return before != "at" && before != "very"
        case "moins": return before == "le" || before == "la" || before == "les"
        default: return false
        }
    }

    /// Whether the word at `index` is what "lack of", "manque de", "absence of", "waste of" say is missing, with at
    /// most one determiner between them ("lack of any respect", "manque de toute considération", "a waste of a talented
    /// cast"), in one clause. ("Manque de la moindre info", two words between, is not read.)
    static func isLacking(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        // Compared, not hashed, until a preposition is found: this runs for every positive word.
        func isOf(_ position: Int) -> Bool {
            let word = tokens[position].text
            return word == "of" || word == "de" || word == "d"
        }
        var of = index - 1
        guard of >= 1 else { return false }
        if !isOf(of) {
            guard of >= 2, isOf(of - 1), lackDeterminers.contains(tokens[of].text) else { return false }
            of -= 1
        }
        guard tokens[of].clause == tokens[index].clause, tokens[of - 1].clause == tokens[index].clause else { return false }
        return lackWords.contains(tokens[of - 1].text)
    }
    static let lackWords: Set<String> = [
        "lack", "lacks", "lacked", "lacking", "absence", "manque", "manquent", "manquait", "manquaient", "manqué",
        // "a waste of a talented cast", "un gâchis de talent": a good thing wasted.
        "waste", "gachis", "gaspillage",
    ].reduce(into: []) { $0.insert(TextNormalizer.fold($1)) }
    static let lackDeterminers: Set<String> = [
        "any", "the", "all", "a", "an", "la", "le", "l", "toute", "tout", "moindre",
    ]

    /// Words of thanks, and the words that introduce what one thanks for.
    static let thanks: Set<String> = ["thanks", "thank", "thx", "ty", "merci"]
    static let thanksFor: Set<String> = ["for", "pour"]
    static let despiteWords: Set<String> = ["malgre", "despite", "even", "meme", "though", "although", "mais", "but"]
    /// The two words that open a concession.
    static let concessions: [(String, String)] = [
        ("even", "though"), ("even", "if"), ("meme", "si"), ("bien", "que"), ("bien", "qu"),
    ]
    static let concessionStarts = FilteredWordSet(["even", "meme", "bien"])
    /// What sarcastic thanks close a grievance with (``sarcasticClosure(_:contributions:marks:)``).
    static let ironicThanksObjects: [[String]] = [
        ["pour", "tout"], ["du", "cadeau"], ["for", "everything"], ["for", "that"], ["pour", "ca"],
        // "…et on me conseille de baisser à 19 degrés, merci du conseil".
        ["du", "conseil"],
    ]
    /// "Thanks for nothing", "merci pour rien".
    static let thankless: Set<String> = ["nothing", "rien"]
    /// Words between "for" and the thing thanked for that do not say what it is: "the 4 hour delay", "ces 3 heures
    /// d'attente".
    static let quantities: Set<String> = [
        "hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks", "extra",
        "another",
        "heure", "heures", "jour", "jours", "semaine", "semaines", "nouveau", "nouvel", "nouvelle", "enieme",
    ]

    /// Thanks whose object is a bad thing — the first word after "thanks for" / "merci pour" that is not a function
    /// word, a number or a duration has a negative valence (−0.5 or less: "thanks for the refund" thanks), or is
    /// "nothing" / "rien": the index of the word of thanks
    /// and the words as written ("thanks for losing", "merci pour ce retard"). "Thanks for finding my lost bag" thanks
    /// for finding.
    static func sarcasticThanks(_ tokens: [TextNormalizer.Token], lexicon: Vocabulary.Lexicon) -> (index: Int, words: String)? {
        for index in tokens.indices where tokens[index].facts.flags.contains(.thanks) {
            var next = index + 1
            if next < tokens.count, tokens[index].text == "thank", tokens[next].text == "you" { next += 1 }
            // Whom the thanks are for, between them and "for": "Merci la SNCF pour…", "Thanks @Comcast for…".
            var addressee = 0
            while next < tokens.count, addressee < 3, tokens[next].clause == tokens[index].clause,
                tokens[next].isHandle || isCapitalized(at: next, in: tokens) || tokens[next].isUpperCase
                    || frenchArticles.contains(tokens[next].text)
            {
                next += 1
                addressee += 1
            }
            guard next < tokens.count, tokens[next].clause == tokens[index].clause, thanksFor.contains(tokens[next].text) else { continue }
            var head = next + 1
            // (Eight words at most: a clause of thousands of "thanks for" walked to its end from each had cost the
            // square
            // of its length.)
            while head < tokens.count, head - next <= 8, tokens[head].clause == tokens[index].clause,
                !thankless.contains(tokens[head].text),
                tokens[head].facts.flags.contains(.contentStopword) || quantities.contains(tokens[head].text) || tokens[head].text.allSatisfy(\.isNumber)
            {
                head += 1
            }
            guard head < tokens.count, tokens[head].clause == tokens[index].clause else { continue }
            // The thing thanked, or what is told of it within five words: "merci pour ce voyage en 2h de retard" (not
            // "merci pour ce voyage malgré le retard").
            // (Not after a deed: "thanks for refunding the fraud so fast"; nor past a word of praise.)
            var bad = head
            let deed = tokens[head].text.hasSuffix("ing") || tokens[head].text.hasSuffix("er")
            while bad < tokens.count, bad - head <= 5, tokens[bad].clause == tokens[index].clause,
                !thankless.contains(tokens[bad].text), (tokens[bad].facts.valence(lexicon) ?? 0) > -0.5,
                bad == head || (!deed && !despiteWords.contains(tokens[bad].text)
                    && (tokens[bad].facts.valence(lexicon) ?? 0) <= 0)
            {
                bad += 1
            }
            guard bad < tokens.count, tokens[bad].clause == tokens[index].clause, bad - head <= 5,
                bad == head || !despiteWords.contains(tokens[bad].text),
                thankless.contains(tokens[bad].text) || (tokens[bad].facts.valence(lexicon) ?? 0) <= -0.5
            else { continue }
            return (index, tokens[index...bad].map(\.original).joined(separator: " "))
        }
        return nil
    }

    /// Praise that closes a complaint on its own, in the last clause of one or two words ("…still no reply.
    /// brilliant.", "vol annulé, bravo", "lost my bag again. just perfect") or a start it praises ("broke my phone
    /// screen, great start to the week", "super début de semaine"): the index where the clause starts and its
    /// words as written. The words before it must complain — a negative word or a cue of grievance, no praise, and no
    /// contrast that would turn to praise.
    static func sarcasticClosure(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)], marks: Marks
    ) -> (start: Int, words: String)? {
        // Most texts have no word of closing praise: one bit test per word says so. "…lost my luggage again. Love it.",
        // "…encore augmenté ses frais. J'adore." close with love instead (`it`/`ça` loved, not a person).
        guard let last = tokens.last else { return nil }
        let lovedIt = Self.closesWithLovedIt(tokens)
        guard lovedIt || tokens.contains(where: { $0.facts.flags.contains(.closure) })
            || allIsWellEnds.contains(hash: last.hash),
            let start = tokens.firstIndex(where: { $0.clause == last.clause }), start > 0
        else { return nil }
        var thanksForWhat = false
        if !lovedIt {
            // The praise word, after fillers, ends the clause — or starts "great start to the week", "super début de
            // semaine".
            // ("Incredible software": an intensifier that is itself praise is the praise.)
            var praise = start
            while praise < tokens.count, !tokens[praise].facts.flags.contains(.closure),
                tokens[praise].facts.booster != nil || tokens[praise].facts.flags.contains(.closureFiller)
            {
                praise += 1
            }
            // "…embarquée par la fourrière. fin de journée parfaite": the end or start of a time, then its praise.
            if praise == start, tokens.count - start == 4, timeBounds.contains(tokens[start].text),
                tokens[start + 1].text == "de", tokens[start + 3].facts.flags.contains(.closure)
            {
                praise = start + 3
            }
            // "Canicule en juin, incendies en juillet, inondations en septembre, et tout va bien": all said to be
            // well, closing a list of ills.
            let allIsWell = Self.allIsWell.contains { phrase in
                tokens.count - start == phrase.count
                    && phrase.indices.allSatisfy { tokens[start + $0].text == phrase[$0] }
            }
            if allIsWell { praise = tokens.count - 1 }
            guard praise < tokens.count, allIsWell || tokens[praise].facts.flags.contains(.closure) else { return nil }
            // ("great start to the week", "perfect end to a perfect day", "super début de semaine".)
            let startsSomething = praise + 1 < tokens.count && timeBounds.contains(tokens[praise + 1].text)
            // "…broke my printer again, thanks Microsoft", "retard de 2h, merci la SNCF": whom it is addressed to may
            // follow.
            // ("bravo l'aménagement du territoire": a name with its complement.)
            let addressedAfter = tokens.count - praise <= 5 && isAddressee(tokens, praise + 1..<tokens.count)
            // "…the tv doesn't work. great flight", "valise perdue. super voyage": the praise may name what it praises,
            // in a
            // sentence of its own (after a comma it may be meant: "so not ready for this, awesome trip").
            // "…loving this day", "…quelle journée": a demonstrative may come first.
            let named =
                tokens.count - praise == 3 && demonstratives.contains(tokens[praise + 1].text) ? praise + 2 : praise + 1
            let namesWhat = tokens.count - named == 1 && !tokens[start].clauseAfterComma && isPlainWord(tokens[named])
                && !contributions.contains { $0.index == named }
            // "Taxes going up again, thanks for the gift", "les impôts augmentent encore, merci pour ce cadeau": thanks
            // for
            // something, ending a text — sarcastic only after a thing that happens again (below), not after a sad word
            // or
            // a loss ("lost my dad last week, thanks for the kind words").
            // Thanks "for everything" or "for the gift" closing a grievance are a set phrase of sarcasm ("TGV annulé,
            // le
            // suivant complet… Merci pour tout", "burger écrasé, merci du cadeau"): after any complaint.
            let idiomaticThanks = tokens[praise].facts.flags.contains(.thanks) && tokens.count - praise == 3
                && ironicThanksObjects.contains { $0 == [tokens[praise + 1].text, tokens[praise + 2].text] }
            thanksForWhat = !idiomaticThanks && tokens[praise].facts.flags.contains(.thanks)
                && praise + 1 < tokens.count
                && thanksFor.contains(tokens[praise + 1].text) && tokens.count - praise <= 5
            // "…came two months after it happened. great job protecting our info", "…bravo pour la protection de nos
            // infos": a deed praised, closing a grievance without an exclamation, and nothing else praised after it.
            let praisedDeed = marks.exclamations == 0 && tokens.count - praise <= 7 && praise + 2 < tokens.count
                && ((deedPraises.contains(tokens[praise + 1].text)
                    && (tokens[praise + 2].text.hasSuffix("ing") || tokens[praise + 2].text == "on")
                    // ("lost my bag. great job finding it within the hour": a deed that mends is thanked.)
                    && !mendingDeeds.contains(tokens[praise + 2].text)
                    && !(tokens[praise + 2].text == "on" && praise + 3 < tokens.count
                        && mendingDeeds.contains(tokens[praise + 3].text)))
                    || (tokens[praise].text == "bravo" && tokens[praise + 1].text == "pour"))
                && !contributions.contains { $0.index > praise + 1 && $0.index < tokens.count && $0.value > 0 }
            guard praise - start <= 1 || (praise == start + 3 && timeBounds.contains(tokens[start].text)) || allIsWell,
                praise == tokens.count - 1 || addressedAfter || namesWhat
                    || (startsSomething && tokens.count - praise <= 6)
                    || thanksForWhat || idiomaticThanks || praisedDeed
            else { return nil }
        }
        // "Flight late, but the crew? Fantastic.": after a contrast the praise is meant.
        guard !tokens[..<start].contains(where: { $0.facts.flags.contains(.contrast) }) else { return nil }
        let before = contributions.filter { $0.index < start }
        // ("Encore une grève le jour des départs en vacances, bravo": a glad word that names a thing after a
        // preposition or a determiner is the grievance's setting, not praise.)
        guard !before.contains(where: { $0.value > 0 && !namesTheEvent($0.index, tokens: tokens) }) else { return nil }
        // "ils ont encore augmenté les impôts, génial...": a thing that happens again, told without an exclamation, is
        // a grievance too ("back in Paris again, lovely!" is glad).
        // ("still", "toujours" say a thing goes on, which may be good: "a year on, it still boils fast and looks new.
        // Great buy.")
        // ("Instagram finally lets you post in order again, thank you": a good thing back at last.)
        let repeated = marks.exclamations == 0 && tokens[..<start].contains { Self.againOnly.contains($0.text) }
            && !tokens[..<start].contains { $0.text == "finally" || $0.text == "enfin" }
        // Love closing a text needs more than one mild word of blame, or a thing again ("the new bus line cut my
        // commute in half, love it", "I paid $50 for this, love it" are glad).
        guard repeated
            || (lovedIt && before.reduce(0) { $0 + $1.value } <= -1.5)
            || (!lovedIt && !thanksForWhat
                && (before.contains(where: { $0.value < 0 })
                    || IntentDetector.firstGrievance(in: Array(tokens[..<start])) != nil))
        else { return nil }
        return (start, tokens[start...].map(\.original).joined(separator: " "))
    }
    static let deedPraises: Set<String> = ["job", "work"]
    static let timeBounds: Set<String> = ["start", "end", "debut", "fin"]
    /// Whole closing clauses that say all is well, after a grievance: "…, et tout va bien", "Another Monday, another
    /// train cancellation, living the dream", "…, c'est la belle vie". (Not English "everything is fine": `fine`
    /// closes too much else.)
    static let allIsWell: [[String]] = [
        ["et", "tout", "va", "bien"], ["tout", "va", "bien"], ["living", "the", "dream"],
        ["c", "est", "la", "belle", "vie"], ["la", "belle", "vie"],
    ]
    /// Their last words: a text that ends on none of them, with no word of closing praise, closes with no sarcasm.
    static let allIsWellEnds = FilteredWordSet(Set(allIsWell.compactMap(\.last)))
    /// Words that name a word rather than use it: `the word "resilience"`, `le mot « sobriété »`.
    static let mentionWords: Set<String> = ["word", "words", "term", "called", "calls", "mot", "mots", "terme", "appelle", "appellent"]
    static let mendingDeeds: Set<String> = [
        "fixing", "finding", "sorting", "solving", "resolving", "blocking", "refunding", "replacing", "returning",
        "rebooking", "helping", "getting", "restoring", "recovering", "handling",
    ]
    /// Whether the last clause is love of `it` alone, after fillers: "Love it.", "I just love it", "gotta love it",
    /// "J'adore.", "j'adore ça" (not "love them", "je les adore": people may be loved after a bad day).
    static func closesWithLovedIt(_ tokens: [TextNormalizer.Token]) -> Bool {
        let count = tokens.count
        // (One hash probe for most texts: love ends them, or comes just before the end.)
        guard count >= 3, loveVerbs.contains(hash: tokens[count - 1].hash) || loveVerbs.contains(hash: tokens[count - 2].hash) else {
            return false
        }
        let lastWord = tokens[count - 1].text
        let object = lovedObjects.contains(lastWord)
        let verb = object ? count - 2 : count - 1
        let word = tokens[verb].text
        guard word == "love" || word == "loving" || word == "adore",
            object || (word == "adore" && (tokens[verb - 1].text == "j" || tokens[verb - 1].text == "on"))
        else { return false }
        var first = verb
        while first > 0, tokens[first - 1].clause == tokens[verb].clause { first -= 1 }
        return first > 0 && tokens[first..<verb].allSatisfy { loveFillers.contains($0.text) }
    }
    static let loveVerbs = FilteredWordSet(["love", "loving", "adore"])
    static let lovedObjects: Set<String> = ["it", "this", "ca", "cela"]
    static let loveFillers: Set<String> = [
        "i", "j", "je", "just", "simply", "really", "so", "totally", "absolutely", "gotta", "got", "to", "you", "juste",
        "vraiment", "trop", "on",
    ]

    /// Whom praise is addressed to: accounts, names, "guys", "la SNCF" — or any one word after a French article ("merci
    /// le gouvernement", "bravo la mairie").
    static func isAddressee(_ tokens: [TextNormalizer.Token], _ range: Range<Int>) -> Bool {
        range.allSatisfy { index in
            let token = tokens[index]
            return token.isHandle || token.isUpperCase || isCapitalized(token) || closureAddressees.contains(token.text)
                || (index > range.lowerBound && frenchArticles.contains(tokens[index - 1].text) && isPlainWord(token))
                || (index > range.lowerBound + 1 && frenchComplements.contains(token.text)
                    && index + 1 < range.upperBound)
                || (index > range.lowerBound + 2 && frenchComplements.contains(tokens[index - 1].text)
                    && isPlainWord(token))
        }
    }
    static let frenchArticles: Set<String> = ["la", "le", "les", "l"]
    static let frenchComplements: Set<String> = ["du", "des", "de", "d"]

    /// Praise addressed to someone, then a thing that happens again, told as a grievance: "Bravo la SNCF, encore 45
    /// minutes de retard", "Thanks @united, another delayed flight". The end of the opening clause and its words as
    /// written. ("Bravo les Bleus, encore une victoire" is praise: what follows must complain, and praise nothing.)
    static func sarcasticOpening(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)]
    ) -> (end: Int, words: String)? {
        guard let first = tokens.first, first.facts.flags.contains(.closure) || first.facts.flags.contains(.closureFiller) else { return nil }
        var praise = 0
        while praise < tokens.count, tokens[praise].facts.booster != nil || tokens[praise].facts.flags.contains(.closureFiller) { praise += 1 }
        guard praise <= 1, praise < tokens.count, tokens[praise].facts.flags.contains(.closure),
            let end = tokens.firstIndex(where: { $0.clause != tokens[praise].clause }), end - praise <= 4,
            end > praise + 1, isAddressee(tokens, praise + 1..<end)
        else { return nil }
        let rest = tokens[end...].prefix { $0.clause == tokens[end].clause }
        // Again at once ("Bravo la SNCF, encore en retard"), or the how-manieth time anywhere in its clause ("Bravo la
        // RATP, ligne 13 bloquée pour la troisième fois de la semaine").
        let againAtOnce = rest.prefix(3).contains(where: { again.contains($0.text) || $0.text == "another" })
        guard againAtOnce || rest.indices.contains(where: { isNthTime($0, tokens: tokens) }) else { return nil }
        let after = contributions.filter { $0.index >= end }
        // (The how-manieth time alone is no grievance: "Bravo l'équipe, qualifiée pour la troisième fois de suite".)
        guard !after.contains(where: { $0.value > 0 }),
            after.contains(where: { $0.value < 0 })
                || (againAtOnce && IntentDetector.firstGrievance(in: Array(tokens[end...])) != nil)
        else { return nil }
        return (end, tokens[..<end].map(\.original).joined(separator: " "))
    }

    /// Praise alone opening a text, as an interjection, before a thing that comes again, told flat: "Great, another
    /// app that wants my data", "Génial, encore une appli…" (the thing again within the next two words), "Oh great, the
    /// canteen is closed again for the strike", "Ah bah super, la cantine ferme encore pour grève" (again anywhere in
    /// the sentence, with blame or a grievance). "Super, encore une victoire !" is glad (an exclamation, or praise
    /// after, says so); so is "Super, il reste encore des places" (`encore` there is "still").
    static func sarcasticInterjection(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)], marks: Marks
    ) -> (end: Int, words: String)? {
        guard marks.exclamations == 0, !tokens.isEmpty,
            tokens[0].facts.flags.contains(.closure) || interjections.contains(hash: tokens[0].hash)
        else { return nil }
        var praise = 0
        while praise < min(tokens.count, 2), interjections.contains(hash: tokens[praise].hash) { praise += 1 }
        // "Yay, another price hike": an interjection of joy alone before its comma is the praise itself.
        if praise > 0, praise < tokens.count, gladInterjections.contains(hash: tokens[praise - 1].hash),
            tokens[praise].clause != tokens[praise - 1].clause
        {
            praise -= 1
        }
        let end = praise + 1
        // ("Oh good, another data breach": `good` after an interjection.)
        guard end < tokens.count,
            tokens[praise].facts.flags.contains(.closure) || (praise > 0 && tokens[praise].text == "good")
                || gladInterjections.contains(hash: tokens[praise].hash),
            !tokens[praise].facts.flags.contains(.thanks), tokens[end].clause != tokens[praise].clause,
            tokens[end].clauseAfterComma, !contributions.contains(where: { $0.index >= end && $0.value > 0 })
        else { return nil }
        // The rest of its sentence (a comma does not end it), fifteen words at most.
        var sentenceEnd = end
        while sentenceEnd < tokens.count, sentenceEnd - end < 15,
            tokens[sentenceEnd].clause == tokens[end].clause || tokens[sentenceEnd].clauseAfterComma
        {
            sentenceEnd += 1
        }
        let comesAgainAtOnce = tokens[end..<min(end + 2, sentenceEnd)].contains {
            againOnly.contains($0.text) || $0.text == "another" || $0.text == "autre"
        }
        let comesAgain = tokens[end..<sentenceEnd].contains { againOnly.contains($0.text) }
        // "Great, my car won't start.", "Super, mon train est annulé": a plain grievance after it will do too (blame of
        // 1.2 or more in its sentence); "Great, I finally passed" is glad.
        let blame = contributions.reduce(0) { $0 + ($1.index >= end && $1.index < sentenceEnd ? $1.value : 0) }
        guard comesAgainAtOnce || blame <= -1.2
            || (comesAgain
                && (contributions.contains { $0.index >= end && $0.value < 0 }
                    || IntentDetector.firstGrievance(in: Array(tokens[end..<sentenceEnd])) != nil))
        else { return nil }
        return (end, tokens[..<end].map(\.original).joined(separator: " "))
    }
    static let interjections = FilteredWordSet(["oh", "ah", "bah", "ben", "eh", "well", "wow", "ouais", "yeah", "yay"])
    static let gladInterjections = FilteredWordSet(["yay", "youpi", "chouette", "hourra", "hooray", "yippee"])

    /// Whether the word at `index` is the "time" of a how-manieth time: "pour la troisième fois", "for the third time",
    /// "la énième fois", "the 5th time".
    static func isNthTime(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard index >= 1, tokens[index].text == "fois" || tokens[index].text == "time",
            tokens[index - 1].clause == tokens[index].clause
        else { return false }
        let ordinal = tokens[index - 1].text
        if ordinals.contains(ordinal) { return true }
        // "troisième", "3e", "5th", "3rd" (folded: "troisieme").
        if ordinal.hasSuffix("ieme") || ordinal.hasSuffix("eme") { return ordinal != "meme" && ordinal != "extreme" }
        return tokens[index - 1].startsWithDigit
            && ["e", "th", "rd", "nd"].contains { ordinal.hasSuffix($0) } && !ordinal.hasSuffix("1st")
    }
    static let ordinals: Set<String> = [
        "third", "fourth", "fifth", "sixth", "seventh", "tenth", "umpteenth", "nth", "hundredth", "millionth",
    ]

    /// The praise of "nothing like" / "rien de tel" (a phrase of the lexicons) whose complement, in its sentence, is a
    /// grievance — a complaint cue ("45 min au téléphone", "on hold for") before any word of praise, or a first word
    /// of blame worth 1 or more: the position of that contribution. "Rien de tel qu'un bon café" praises; so does
    /// "nothing like waiting for the weekend" (a wait with no length is no grievance).
    static func unrivalledGrievance(
        _ tokens: [TextNormalizer.Token], contributions: [(word: String, value: Double, index: Int)]
    ) -> Int? {
        // (The first three such phrases, each with a dozen words of complement: a text of thousands of "rien de tel"
        // read to its end from each had cost 7.9 s for 100 000 characters.)
        var examined = 0
        for (position, contribution) in contributions.enumerated() where contribution.value > 0 && examined < 3 {
            let start = contribution.index
            guard start < tokens.count, unrivalledStarts.contains(hash: tokens[start].hash),
                let phrase = unrivalledPhrases.first(where: { words in
                    start + words.count <= tokens.count
                        && words.indices.allSatisfy { tokens[start + $0].text == words[$0] }
                })
            else { continue }
            examined += 1
            let end = start + phrase.count
            // The rest of its sentence (a full stop, "!" or "?" ends it; a comma does not), a dozen words at most.
            var sentenceEnd = end
            while sentenceEnd < tokens.count, sentenceEnd - end < 12,
                tokens[sentenceEnd].clause == tokens[end - 1].clause || tokens[sentenceEnd].clauseAfterComma
            {
                sentenceEnd += 1
            }
            // Its complement: the first word of sentiment after it, or a complaint cue before any word of praise
            // ("a 3 hour delay on the tarmac to start the holidays": what follows the grievance is its setting).
            let after = contributions.filter { $0.index >= end && $0.index < sentenceEnd }
                .sorted { $0.index < $1.index }
            let firstPraise = after.first { $0.value > 0 }?.index ?? sentenceEnd
            if let first = after.first, first.value <= -1 { return position }
            if end < sentenceEnd, let cue = IntentDetector.firstGrievance(in: Array(tokens[end..<sentenceEnd])),
                end + cue.lowerBound < firstPraise
            {
                return position
            }
        }
        return nil
    }
    static let unrivalledPhrases: [[String]] = [
        ["rien", "de", "tel"], ["there", "s", "nothing", "like"], ["there", "is", "nothing", "like"],
        ["theres", "nothing", "like"],
    ]
    static let unrivalledStarts = FilteredWordSet(Set(unrivalledPhrases.map { $0[0] }))

    /// A cheer: "let's go" (or "lets gooo") that ends its clause or calls a name ("let's go Rangers", not "let's go to
    /// the store"), or "allez" opening a clause before an article and a name or a cheer's exclamation ("allez les
    /// Bleus", "allez les bleus !!!", not "allez le voir"). The index and the words as written.
    static func cheer(_ tokens: [TextNormalizer.Token], marks: Marks) -> (index: Int, words: String)? {
        func isGo(_ token: TextNormalizer.Token) -> Bool {
            token.text.hasPrefix("go") && token.text.utf8.count >= 2 && token.text.utf8.dropFirst(2).allSatisfy { $0 == UInt8(ascii: "o") }
        }
        func callsOut(_ next: Int, after go: Int) -> Bool {
            next >= tokens.count || tokens[next].clause != tokens[go].clause || tokens[next].isHandle || tokens[next].isHashtag
                || tokens[next].isUpperCase || isCapitalized(at: next, in: tokens)
        }
        for index in tokens.indices {
            // One integer comparison for most words (the hashes of the three openers).
            let hash = tokens[index].hash
            guard hash == cheerHashes.let || hash == cheerHashes.lets || hash == cheerHashes.allez else { continue }
            let text = tokens[index].text
            if text == "let", index + 2 < tokens.count, tokens[index + 1].text == "s", isGo(tokens[index + 2]),
                callsOut(index + 3, after: index + 2)
            {
                return (index, tokens[index].original + "'" + tokens[index + 1].original + " " + tokens[index + 2].original)
            }
            if text == "lets", index + 1 < tokens.count, isGo(tokens[index + 1]), callsOut(index + 2, after: index + 1) {
                return (index, tokens[index...(index + 1)].map(\.original).joined(separator: " "))
            }
            if text == "allez", index + 2 < tokens.count, PhraseSet.startsClause(index, in: tokens),
                frenchArticles.contains(tokens[index + 1].text)
            {
                let name = tokens[index + 2]
                let infinitive = ["er", "ir", "re"].contains { name.text.hasSuffix($0) }
                if name.isHandle || name.isHashtag || name.isUpperCase || isCapitalized(name) || (marks.exclamations > 0 && !infinitive) {
                    return (index, tokens[index...(index + 2)].map(\.original).joined(separator: " "))
                }
            }
        }
        return nil
    }

    static let cheerHashes = (let: WordHash.of("let"), lets: WordHash.of("lets"), allez: WordHash.of("allez"))

    /// Words that say a thing happens again (``sarcasticClosure(_:contributions:marks:)``).
    static let again: Set<String> = ["again", "encore", "toujours", "still"]
    static let againOnly: Set<String> = ["again", "encore"]
    /// Words of admiration that, alone after a complaint, are sarcastic.
    static let closures: Set<String> = [
        "brilliant", "great", "perfect", "lovely", "fantastic", "fantastique", "wonderful", "awesome", "amazing", "superb",
        "excellent", "nice", "cool",
        "bravo", "genial", "super", "parfait", "top", "chapeau", "magnifique", "formidable", "impeccable", "cheers",
        "thanks", "thank", "thx", "merci",
        // "…then delayed again. loving this day"; "…a $10 meal voucher. wow" (astonishment, not admiration); "Teams
        // crashed 3 times during one meeting. impressive."
        "loving", "wow", "impressive", "impressionnant",
        // "…cut school funding and call it reform. Genius."
        "genius",
        // "…ate half my fries and marked it delivered. unreal", "…a marqué la commande livrée, incroyable":
        // indignation.
        "unreal", "unbelievable", "incredible", "incroyable", "hallucinant", "dingue", "irreel",
        // "Ça fait une heure que j'attends le bus, sympa", "Encore en retard, nickel.", "2 hours on the tarmac, fun".
        "sympa", "chouette", "nickel", "fun", "splendid", "marvellous", "fabulous",
        // "Personne ne sait si mon billet est valable. Belle organisation", "…encore en panne, beau travail".
        "belle", "beau", "bel",
        // "…fin de journée parfaite", "coincée au boulot jusqu'à 21h, trop bien…".
        "parfaite", "bien",
        // "Il pleut sur mon seul jour de congé, évidemment", "…fermé la piscine pour l'été, logique": what was bound to
        // go wrong.
        "evidemment", "forcement", "logique",
    ]
    /// Words that may come after the closing praise, with names and accounts: "thanks guys", "merci la SNCF".
    static let closureAddressees: Set<String> = [
        "guys", "you", "la", "le", "les", "l", "again", "encore", "a", "lot", "bien", "beaucoup", "bcp", "so", "much",
        "infiniment",
        // "…supprimer des postes d'enseignants pour améliorer l'école, logique implacable"
        "implacable",
        // "…raccroché au nez deux fois, bravo le service client", "great customer service"
        "service", "client", "clients", "customer", "support", "sav", "care",
        // "great job Comcast", "…, nice work"
        "job", "work",
        // "…roadworks nobody announced, great job city council", "well done management"
        "city", "council", "government", "management", "team", "staff", "company", "mayor", "ministry", "department",
    ]
    /// A word that may be a noun: not a number, an account, a tag or a link, of three letters or more. (The content
    /// stopwords are no test: they hold the languages' frequent words, `flight` and `service` among them.)
    static func isPlainWord(_ token: TextNormalizer.Token) -> Bool {
        !token.isHandle && !token.isHashtag && !token.isLink && token.text.utf8.count >= 3 && !token.text.allSatisfy(\.isNumber)
    }
    static let demonstratives: Set<String> = ["this", "that", "ce", "cette", "cet"]
    /// Words that may come before the closing praise: "just perfect", "vraiment top".
    static let closureFillers: Set<String> = ["just", "juste", "simply", "simplement", "tout", "really", "vraiment", "so", "trop"]

    /// "Merci de" followed by a verb in the infinitive, after any object pronouns ("merci de me rappeler", "merci de
    /// régler ça", "merci de ne pas…", "merci de bien vouloir…") asks; "merci de votre aide", "merci d'avoir répondu",
    /// "merci de m'avoir aidé", "merci d'être venus" thank.
    static func isPoliteRequest(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard tokens[index].text == "merci", index + 2 < tokens.count, tokens[index + 1].text == "de" || tokens[index + 1].text == "d"
        else { return false }
        var verb = index + 2
        while verb < tokens.count, requestPronouns.contains(tokens[verb].text) { verb += 1 }
        guard verb < tokens.count, tokens[verb].clause == tokens[index].clause else { return false }
        let word = tokens[verb].text
        guard word.utf8.count >= 4, !notRequestVerbs.contains(word) else { return false }
        guard word.hasSuffix("er") || word.hasSuffix("ir") || word.hasSuffix("re") else { return false }
        // "merci de rendre l'apprentissage si amusant", "merci de nous faire toujours autant rire": what they do,
        // praised
        // with "si", "aussi", "tellement" or "toujours" — thanks, not a request ("merci de rendre ça plus simple"
        // asks).
        var next = verb + 1
        while next + 1 < tokens.count, next - verb <= 6, tokens[next].clause == tokens[index].clause {
            if thankedDegree.contains(tokens[next].text), (tokens[next + 1].facts.french ?? 0) > 0 { return false }
            next += 1
        }
        return true
    }
    static let thankedDegree: Set<String> = ["si", "aussi", "tellement", "toujours"]
    /// Pronouns and adverbs between "merci de" and the verb it asks for.
    static let requestPronouns: Set<String> = ["me", "m", "nous", "vous", "te", "t", "le", "la", "les", "l", "lui", "leur", "y", "en", "ne", "pas", "bien"]
    /// Words after "merci de" that thank: the past ("d'avoir", "d'être") and possessives ending like an infinitive.
    static let notRequestVerbs: Set<String> = ["avoir", "etre", "votre", "notre", "leur"]

    /// Hashtags that say a text is ironic, wherever they are (folded).
    static let ironyHashtags: Set<String> = ["sarcasm", "sarcastic", "irony", "ironic", "sarcasme", "ironie", "ironique", "seconddegre"]

    /// The marker (as written) that makes a text explicitly ironic, if any: an irony hashtag, `#not` as the last word,
    /// `/s` at the end, 🙃 or 🙄. Only explicit markers: irony without one is not reliably told from praise.
    static func ironyMarker(tokens: [TextNormalizer.Token], marks: Marks) -> String? {
        for index in tokens.indices where tokens[index].isHashtag && ironyHashtags.contains(tokens[index].text) {
            return "#" + tokens[index].original
        }
        if let last = tokens.last, last.isHashtag, last.text == "not" || last.text == "pas" { return "#" + last.original }
        if marks.endsWithSarcasmTag { return "/s" }
        return marks.upsideDownFace ? "🙃" : (marks.eyeRoll ? "🙄" : nil)
    }

    static let titleArticles: Set<String> = ["le", "la", "les", "the"]
    static let superlatives: Set<String> = ["best", "worst", "meilleur", "meilleure", "meilleurs", "meilleures", "pire", "pires"]

    /// The valence of a hashtag written in camel case, from its words: `#EpicFail` is "epic fail", `#NeverAgain` the
    /// phrase "never again", `#NotHappy` a negated "happy", `#TropNul` "nul". `nil` for one word or no valence.
    func hashtagValence(_ written: String, lexicon: Vocabulary.Lexicon, language: String) -> Double? {
        var parts: [String] = []
        var current = ""
        var previousIsLower = false
        for character in written {
            if character.isUppercase && previousIsLower && !current.isEmpty {
                parts.append(current)
                current = ""
            }
            current.append(character)
            previousIsLower = character.isLowercase || character.isNumber
        }
        parts.append(current)
        guard parts.count >= 2 else { return nil }
        let words = parts.flatMap { TextNormalizer.foldedWords($0) }
        if let phrases = phrases[language], let candidates = phrases.byFirstWord[words[0]],
            let phrase = candidates.first(where: { $0.words == words })
        {
            return phrase.value
        }
        // A title is a name, not a judgement: `#LesAnges`, `#TheVoice`, `#LaCasaDePapel` (not `#TheBest`).
        if Self.titleArticles.contains(words[0]), !(words.count == 2 && Self.superlatives.contains(words[1])) {
            return nil
        }
        var value = 0.0
        var negated = false
        for word in words {
            let facts = Vocabulary.facts(of: word)
            if !facts.flags.isDisjoint(with: .negation) {
                negated = true
                continue
            }
            guard let valence = facts.valence(lexicon), valence != 0 else { continue }
            value += negated ? valence * -0.74 : valence
            negated = false
        }
        return value == 0 ? nil : value
    }

    /// Markers of the unreal past or of a wish, in folded words ("I'd" is `i d`, "j'aurais" is `j aurais`).
    static let counterfactualMarkers: [[String]] = [
        ["would", "have"], ["could", "have"], ["should", "have"], ["d", "have"], ["would", "ve"], ["could", "ve"], ["should", "ve"],
        ["wish"], ["if", "only"], ["would", "like", "to", "see"], ["d", "like", "to", "see"], ["would", "be", "nice"], ["would", "have", "liked"],
        ["aurait", "ete"], ["aurait", "pu"], ["aurait", "du"], ["aurait", "fallu"], ["aurais", "aime"], ["aurais", "prefere"], ["aurait", "aime"],
        ["si", "seulement"], ["j", "aimerais", "bien"],
        // A wish for what is not there: "Ce serait bien d'avoir un widget".
        ["serait", "bien"], ["serait", "top"], ["serait", "cool"], ["serait", "genial"],
        // What only seemed: "Le jeu avait l'air génial dans les bandes-annonces."
        ["avait", "l", "air"],
        // What was to be and was not: "It was supposed to be a relaxing weekend", "c'était censé être rapide".
        ["was", "supposed", "to"], ["were", "supposed", "to"], ["etait", "cense"], ["etait", "censee"],
        ["etaient", "censes"],
        // An expectation not met: "I expected the colors to be brighter", "je m'attendais à des couleurs plus vives".
        // (Keyed by their second word, which is rarer: "I", "had", "m'" start too many words' clauses.)
        ["expected"], ["attendais", "a"],
    ]
    static let expectationMarkers: [[String]] = [["expected"], ["attendais", "a"]]
    /// The word that must come before each expectation marker.
    static let expectationSubjects: [String: Set<String>] = ["expected": ["i", "had"], "attendais": ["m"]]
    static let lowExpectations: Set<String> = ["rien", "nothing", "pas", "little", "less", "zero", "worst", "pire"]
    static let expectationsAnswered: Set<String> = ["and", "but", "yet", "instead", "et", "mais", "finalement"]

    /// Whom "wish" wishes something to.
    static let wishedFor: Set<String> = [
        "me", "us", "you", "him", "her", "them", "everyone", "everybody", "all", "yall", "ya",
    ]
    static let wishedModals: Set<String> = [
        "could", "would", "had", "were", "was", "did", "knew", "couldn't", "wouldn't", "didn't", "hadn't", "weren't",
        "wasn't",
        "can", "will", "do", "d",
    ]

    /// Per clause, the first and last index of its first counterfactual marker.
    static func counterfactualStarts(_ tokens: [TextNormalizer.Token]) -> [Int: (start: Int, end: Int)] {
        var starts: [Int: (start: Int, end: Int)] = [:]
        for start in tokens.indices where tokens[start].facts.flags.contains(.counterfactualStart) {
            let clause = tokens[start].clause
            for marker in counterfactualMarkers where start + marker.count <= tokens.count {
                guard tokens[start].text == marker[0], starts[clause] == nil else { continue }
                // "wish me luck", "wish you a merry Christmas": a wish for someone, not a regret.
                // ("wish you could", "wish they had": a regret again.)
                if marker.count == 1, start + 1 < tokens.count, wishedFor.contains(tokens[start + 1].text),
                    start + 2 >= tokens.count || !wishedModals.contains(tokens[start + 2].text)
                {
                    continue
                }
                guard tokens[start..<(start + marker.count)].lazy.map(\.text).elementsEqual(marker) else { continue }
                // An expectation is a regret only when it was of better and nothing follows it in its clause: "je
                // m'attendais à rien et c'était génial", "I expected the worst but loved it" praise.
                if expectationMarkers.contains(marker) {
                    guard start > 0, tokens[start - 1].clause == clause,
                        expectationSubjects[marker[0]]?.contains(tokens[start - 1].text) == true
                    else { continue }
                    let after = tokens[(start + marker.count)...].prefix { $0.clause == clause }
                    if let next = after.first, lowExpectations.contains(next.text) { continue }
                    if after.contains(where: { expectationsAnswered.contains($0.text) }) { continue }
                }
                starts[clause] = (start, start + marker.count - 1)
            }
        }
        return starts
    }

    /// The second half of French "ne… pas", after the verb.
    static let negationsAfterVerb: Set<String> = ["pas", "jamais", "plus", "rien", "point", "guere"]

    /// Whether a negation in the three words before (same clause) or a French "ne… pas" around negates the word.
    /// Negation words inside `defused` ranges (valence-0 phrases such as "can't believe") negate nothing. With
    /// `lookingAfter` false (a phrase, whose next words are its own), only the words before count.
    static func isNegated(
        _ index: Int, tokens: [TextNormalizer.Token], language: String, defused: [Range<Int>] = [], lookingAfter: Bool = true
    ) -> Bool {
        if isNegatedInClause(index, tokens: tokens, language: language, defused: defused, lookingAfter: lookingAfter) {
            return true
        }
        return tokens[index].clauseAfterComma && isNegatedInList(index, tokens: tokens, language: language, defused: defused)
    }

    /// Whether the French "pas" (or "plus", "jamais") at `position` is spent on the verb before it, which has a
    /// sentiment of its own: "ne sauve pas ce scénario ennuyeux", "n'aime pas ce film nul" deny the saving and the
    /// liking, not the boredom; so does "j'aime pas ce truc nul", without "ne". ("Ce n'est pas un film nul": "est" has
    /// none, and "nul" is denied.)
    static func spentOnItsVerb(_ position: Int, tokens: [TextNormalizer.Token], language: String) -> Bool {
        guard language == "fr", tokens[position].facts.flags.contains(.negationAfterVerb) else { return false }
        var verb = position - 1
        if verb >= 0, tokens[verb].facts.booster != nil || tokens[verb].facts.flags.contains(.adverbBeforePas) {
            verb -= 1
        }
        return verb >= 0 && tokens[verb].clause == tokens[position].clause && (tokens[verb].facts.french ?? 0) != 0
    }

    /// Whether the French "ne" at `position` is restrictive ("ne … que": only) for the word at `index`: "ce ne sont
    /// que des promesses", "les promesses ne sont que du vent" deny nothing.
    static func isRestrictiveNe(_ position: Int, before index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let flags = tokens[position].facts.flags
        guard flags.contains(.frenchNe), flags.isDisjoint(with: .frenchNegation) else { return false }
        return tokens[(position + 1)...index].contains { $0.text == "que" || $0.text == "qu" }
    }

    /// "not the airline losing my bag on the way to a wedding", "not my phone dying mid-call": a clause opened by
    /// "not", a determiner or pronoun, someone, and what they are doing (-ing) shows a mishap in disbelief — it
    /// denies nothing. ("Not the most exciting film": a degree between denies.)
    static func isNotTheOneDoing(_ not: Int, _ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard tokens[not].hash == notHash, index - not >= 3, not + 1 < index,
            notTheOneOpeners.contains(hash: tokens[not + 1].hash), tokens[index].text.hasSuffix("ing"),
            PhraseSet.startsClause(not, in: tokens)
        else { return false }
        for position in (not + 2)..<index where tokens[position].facts.booster != nil { return false }
        return true
    }
    static let notHash = WordHash.of("not")
    static let personneHash = WordHash.of("personne")
    static let personDeterminers = FilteredWordSet([
        "la", "une", "cette", "chaque", "quelle", "seule", "meme", "bonne",
    ])
    static let notTheOneOpeners = FilteredWordSet(["the", "my", "me", "him", "her", "them", "you", "our", "his", "their"])

    static let encoreHash = WordHash.of("encore")
    /// Negations that are the subject of their clause, opening it or after a conjunction ("and nothing … works").
    static let subjectNegationHashes = (nothing: WordHash.of("nothing"), nobody: WordHash.of("nobody"))
    static let everHash = WordHash.of("ever")
    static let subjectNegationOpeners: Set<String> = ["and", "but", "because", "since", "yet", "so", "that", "where"]
    static let degreeWords: Set<String> = ["this", "that", "so", "as", "more", "better", "too"]
    /// Words after a negation that undo it: "nothing but" (only), "nothing short of" (truly).
    static let onlyOrTruly: Set<String> = ["but", "short"]

    /// ``isNegated(_:tokens:language:defused:lookingAfter:)`` within the word's clause.
    static func isNegatedInClause(
        _ index: Int, tokens: [TextNormalizer.Token], language: String, defused: [Range<Int>], lookingAfter: Bool
    ) -> Bool {
        let clause = tokens[index].clause
        // "zero regrets", "zéro effort": "zero" before a word denies it like "no" (only there: "Coke Zero is great").
        if index > 0, tokens[index - 1].clause == clause, tokens[index - 1].text == "zero" { return true }
        // Three words back; a possessive's "s" is part of its word ("never had buyer's remorse").
        // A negation is spent on the first word of sentiment it meets: "it doesn't solve the problem" denies the
        // solving, not the problem — unless the words form a list ("not funny or clever").
        var words = 0
        var position = index - 1
        var passedSentiment = false
        var listed = false
        while words < 3, position >= 0, tokens[position].clause == clause {
            // ("haven't had a single headache", "plus un seul mal de tête": "single", "seul" weigh the article, not a
            // word of their own — nor the loneliness of VADER-fr's `seul`.)
            let hash = tokens[position].hash
            if hash == Self.singleHashes.single || hash == Self.singleHashes.seul || hash == Self.singleHashes.seule
                || hash == Self.singleHashes.moindre || hash == Self.singleHashes.slightest
            {
                position -= 1
                // ("didn't give me a single blister", "jamais eu le moindre souci", "never had the slightest issue":
                // the article is not a word of its own either.)
                if position >= 0, tokens[position].clause == clause,
                    Self.indefiniteArticles.contains(hash: tokens[position].hash)
                        || Self.leastArticles.contains(hash: tokens[position].hash)
                {
                    position -= 1
                }
                continue
            }
            let facts = tokens[position].facts
            // "je m'attendais à rien mais waouh quel spectacle": a contrast turns the sentence; what comes after it is
            // not denied by what came before.
            // ("not yet great": "yet" there is time, not a turn.)
            if facts.flags.contains(.contrast), tokens[position].hash != Self.yetHash { break }
            // "nothing but clichés", "nothing short of amazing": "only", "truly" — not a negation.
            if !facts.flags.isDisjoint(with: .negation) || (hash == Self.plusHash && Self.isNoMore(position, tokens: tokens)),
                !defused.contains(where: { $0.contains(position) }),
                !Self.onlyOrTruly.contains(tokens[position + 1].text),
                !Self.isRestrictiveNe(position, before: index, tokens: tokens),
                !Self.isNotTheOneDoing(position, index, tokens: tokens),
                // ("merci à la personne honnête": after a determiner, `personne` is someone, not no one.)
                !(hash == Self.personneHash && position > 0
                    && Self.personDeterminers.contains(hash: tokens[position - 1].hash))
            {
                if passedSentiment || Self.spentOnItsVerb(position, tokens: tokens, language: language) { break }
                return true
            }
            // "barely a coherent scene", "hardly any plot", "scarcely ever works": none, not a little.
            if let booster = facts.booster, booster < 0, Self.isNoneAttenuator(position, tokens: tokens) {
                if passedSentiment { break }
                return true
            }
            if facts.flags.contains(.alternative) { listed = true }
            // (An adverb right before the word is its intensifier, not a word of its own: "not terribly good".)
            if !listed, (language == "fr" ? facts.french : facts.english).map({ $0 != 0 }) == true,
                position != index - 1 || !Self.mayIntensify(position, tokens: tokens)
            {
                passedSentiment = true
            }
            if tokens[position].text != "s" { words += 1 }
            position -= 1
        }
        // "nothing in the apartment has been fixed", "nobody at the front desk was helpful": a negation that is the
        // clause's subject denies its verb however far (eight words), before any word of sentiment or contrast.
        // (Read by hashes: this runs for every word of sentiment the three words before did not negate.)
        if !passedSentiment, !listed {
            while words < 8, position >= 0, tokens[position].clause == clause {
                let hash = tokens[position].hash
                // ("Nothing has ever made me this happy", "nothing is more important than…": a comparison at its top.)
                if hash == Self.everHash { break }
                let facts = tokens[position].facts
                if facts.flags.contains(.contrast) || (facts.english ?? 0) != 0 || (facts.french ?? 0) != 0 { break }
                if hash == Self.subjectNegationHashes.nothing || hash == Self.subjectNegationHashes.nobody {
                    return (position == 0 || tokens[position - 1].clause != clause
                        || Self.subjectNegationOpeners.contains(tokens[position - 1].text))
                        && (index == 0 || !Self.degreeWords.contains(tokens[index - 1].text))
                }
                words += 1
                position -= 1
            }
        }
        // French "ne … pas": "n'aime pas" — the negation word comes after the verb.
        if lookingAfter, index + 1 < tokens.count {
            // Right after the word, or after an adverb ("j'aime vraiment pas", not "imprimante de merde veut pas
            // imprimer", where "pas" is the next verb's); and not when it negates an infinitive after it: "dégoûté de
            // pas avoir eu de places".
            let after = tokens[(index + 1)..<min(tokens.count, index + 3)]
            if after.indices.contains(where: { position in
                tokens[position].clause == clause && tokens[position].facts.flags.contains(.negationAfterVerb)
                    // "isole encore plus les villages": even more, not "no longer".
                    && !(tokens[position].hash == Self.plusHash && tokens[position - 1].hash == Self.encoreHash)
                    && (position == index + 1
                        || (!tokens[position - 1].facts.flags.contains(.infinitiveNegation)
                            && (tokens[position - 1].facts.booster != nil || tokens[position - 1].facts.flags.contains(.adverbBeforePas))))
            }) {
                // Informal French drops "ne": "j'aime pas" is still negative.
                if language == "fr" { return true }
                return tokens[max(0, index - 3)..<index].contains { $0.clause == clause && $0.facts.flags.contains(.frenchNe) }
            }
        }
        return false
    }

    /// "barely", "hardly", "scarcely" before "a", "an", "any", "ever": a way of saying none or never.
    static func isNoneAttenuator(_ position: Int, tokens: [TextNormalizer.Token]) -> Bool {
        guard position + 1 < tokens.count, noneAttenuators.contains(tokens[position].text) else { return false }
        return noneAttenuated.contains(tokens[position + 1].text)
    }
    static let noneAttenuators: Set<String> = ["barely", "hardly", "scarcely"]
    static let noneAttenuated: Set<String> = ["a", "an", "any", "ever"]

    /// Words that close a list after a negation.
    static let alternatives: Set<String> = ["or", "nor", "ou"]

    /// Whether the word is an item of a list that a negation heads, across the list's commas: "the staff were not
    /// friendly, helpful or polite", "une chambre pas propre, calme ou sûre". Each item is a clause of at most three
    /// words after one comma; the list must close with "or"/"nor"/"ou" — after a negation a list is joined with "or",
    /// while items joined with "and" may be praise that follows it ("not bad, cheap and fast").
    static func isNegatedInList(_ index: Int, tokens: [TextNormalizer.Token], language: String, defused: [Range<Int>]) -> Bool {
        /// The tokens of the clause of `position`.
        func item(_ position: Int) -> Range<Int> {
            var start = position
            while start > 0, tokens[start - 1].clause == tokens[position].clause { start -= 1 }
            var end = position + 1
            while end < tokens.count, tokens[end].clause == tokens[position].clause { end += 1 }
            return start..<end
        }
        /// One comma before the clause starting at `start` (not "...", ",,", or another mark).
        func followsOneComma(_ start: Int) -> Bool {
            start > 0 && tokens[start].clauseAfterComma && tokens[start - 1].clause == tokens[start].clause - 1
        }
        let own = item(index)
        guard own.count <= 3 else { return false }
        // The list closes with "or", in this item or one after it.
        // (At most ``listItemLimit`` items either way: a text of thousands of commas is no list, and each of its
        // words would otherwise walk all of them.)
        var closes = tokens[own].contains { $0.facts.flags.contains(.alternative) }
        var next = own.upperBound
        var walked = 0
        while !closes, next < tokens.count, followsOneComma(next), walked < listItemLimit {
            walked += 1
            let following = item(next)
            guard following.count <= 3 else { break }
            closes = tokens[following].contains { $0.facts.flags.contains(.alternative) }
            next = following.upperBound
        }
        guard closes else { return false }
        // Back through the items before it to the one whose last word a negation negates ("not friendly").
        var start = own.lowerBound
        walked = 0
        while followsOneComma(start), walked < listItemLimit {
            walked += 1
            let previous = item(start - 1)
            let last = previous.upperBound - 1
            if isNegatedInClause(last, tokens: tokens, language: language, defused: defused, lookingAfter: false) { return true }
            guard previous.count <= 3 else { return false }
            start = previous.lowerBound
        }
        return false
    }

    static let listItemLimit = 12

    /// Adverbs that may stand between a verb and its "pas" (besides the intensifiers): "j'aime toujours pas".
    static let adverbsBeforePas: Set<String> = ["toujours", "encore", "franchement", "forcement", "meme"]

    /// Words before "pas" that make it negate the infinitive after it rather than the word before: "de pas avoir".
    static let infinitiveNegationIntroducers: Set<String> = ["de", "d", "pour", "sans"]

    /// Words that turn a preceding "never"/"jamais" into an intensifier: "never so bad", "jamais été aussi déçu".
    static let neverSoWords: Set<String> = ["so", "this", "that", "as", "aussi", "autant", "si", "tellement"]

    /// "couldn't be happier", "could not be better", "it can't get any worse", "I couldn't be prouder": a comparative
    /// after "can't"/"couldn't be" or "get" says the thing is at its best or worst, not its contrary.
    static func cannotBeExceeded(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let word = tokens[index].text
        guard word.hasSuffix("ier") || comparatives.contains(word) else { return false }
        var position = index - 1
        var sawVerb = false
        while position >= 0, tokens[position].clause == tokens[index].clause, index - position <= 4 {
            let text = tokens[position].text
            if text == "be" || text == "get" || text == "been" || text == "felt" {
                sawVerb = true
            } else if sawVerb, cannot.contains(text) || (text == "not" && position > 0 && (tokens[position - 1].text == "could" || tokens[position - 1].text == "can")) {
                return true
            } else if !betweenCannotAndComparative.contains(text) {
                return false
            }
            position -= 1
        }
        return false
    }
    /// "can't thank you enough", "can't recommend this place enough", "je ne vous remercierai jamais assez", "can't
    /// say enough good things", "on ne dira jamais assez de bien": thanks or praise that cannot be given enough is at
    /// its most. (Not "never good enough", "pas assez bien": an adjective short of enough is denied.)
    static func cannotDoEnough(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let clause = tokens[index].clause
        if enoughVerbs.contains(hash: tokens[index].hash) {
            var position = index + 1
            while position < tokens.count, position <= index + 4, tokens[position].clause == clause {
                if enoughWords.contains(hash: tokens[position].hash) { return true }
                position += 1
            }
            return false
        }
        // The praise after "say enough" / "dire assez (de)".
        var enough = index - 1
        if enough >= 0, tokens[enough].text == "de" || tokens[enough].text == "d" { enough -= 1 }
        guard enough >= 1, tokens[enough].clause == clause, enoughWords.contains(hash: tokens[enough].hash) else { return false }
        var verb = enough - 1
        if verb >= 1, tokens[verb].text == "jamais" { verb -= 1 }  // "on ne dira jamais assez"
        return tokens[verb].clause == clause && sayingVerbs.contains(hash: tokens[verb].hash)
    }
    static let enoughWords = FilteredWordSet(["enough", "assez"])
    /// Thanks and praise given, which "can't … enough" raises: in English, VADER's lexicon has them; in French,
    /// `remercier`'s forms are Vigie's.
    static let enoughVerbs = FilteredWordSet([
        "thank", "recommend", "praise", "remercier", "remercierai", "remercierons", "remercie", "recommander",
        "recommanderai", "recommanderons", "feliciter",
    ])
    static let sayingVerbs = FilteredWordSet(["say", "said", "dire", "dira", "dirai", "dirons"])
    static let comparatives: Set<String> = ["better", "worse", "prouder", "nicer", "greater", "sadder", "harder", "sweeter", "cooler"]
    /// "…and I've never been prouder", "never felt better" too.
    static let cannot: Set<String> = ["couldn't", "couldnt", "can't", "cant", "cannot", "never"]
    static let betweenCannotAndComparative: Set<String> = ["any", "possibly", "even", "much", "have", "feel"]

    /// Whether "never"/"jamais" two or three words before the word is followed by one of ``neverSoWords`` (VADER's
    /// rule,
    /// extended to French and to "never been so").
    static func isNeverSo(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        for distance in 2...3 where index - distance >= 0 && tokens[index - distance].clause == tokens[index].clause {
            let never = tokens[index - distance].text
            guard never == "never" || never == "jamais" else { continue }
            // ("jamais été remboursée aussi vite", "never been refunded this fast": the degree after the word.)
            if index + 2 < tokens.count, tokens[index + 2].clause == tokens[index].clause,
                neverSoWords.contains(tokens[index + 1].text)
            {
                return true
            }
            return tokens[(index - distance + 1)..<index].contains { neverSoWords.contains($0.text) }
        }
        return false
    }

    /// "je n'avais pas autant ri depuis des années", "haven't laughed this hard in years", "hadn't been so happy in a
    /// long time": denied as a degree not reached for that long, the word is at its most — not its contrary.
    static func isNotSoSince(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        let clause = tokens[index].clause
        let window = max(0, index - 3)..<min(tokens.count, index + 3)
        guard tokens[window].contains(where: { $0.clause == clause && neverSoWords.contains($0.text) }) else {
            return false
        }
        return tokens[(index + 1)..<min(tokens.count, index + 6)].indices.contains { position in
            guard tokens[position].clause == clause else { return false }
            if tokens[position].text == "depuis" { return true }
            return tokens[position].text == "in" && position + 1 < tokens.count
                && sinceSpans.contains(tokens[position + 1].text)
        }
    }
    /// After "in": how long it had not been so ("in years", "in ages", "in a long time", "in a while").
    static let sinceSpans: Set<String> = ["years", "ages", "forever", "decades", "months", "weeks", "a", "so"]

    static let strongNegations = [["du", "tout"], ["at", "all"]]

    static func isStrongNegation(_ index: Int, tokens: [TextNormalizer.Token]) -> Bool {
        // A negated word with "(pas) du tout", "(not) at all" within four words either side: "not happy at all"
        let window = max(0, index - 4)..<min(tokens.count, index + 5)
        return window.contains { start in
            guard tokens[start].facts.flags.contains(.strongNegationStart) else { return false }
            for phrase in strongNegations where start + phrase.count <= window.upperBound {
                if tokens[start..<(start + phrase.count)].lazy.map(\.text).elementsEqual(phrase) { return true }
            }
            return false
        }
    }
}
