/// Everything the scorer knows about one folded word — its valence in each lexicon, its weight as an intensifier,
/// the function-word lists it is in, whether a cue phrase starts with it — so that a token costs one dictionary
/// lookup (at tokenisation) instead of one per list and per rule.
///
/// The facts are derived from the lists that stay where they are read (``SentimentAnalyzer``, ``LanguageDetector``,
/// ``IntentDetector``, ``SpamSignals``, ``ContentTerms``): a list changed there changes the facts.
public struct WordFacts: Sendable, Hashable {
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// not, never, n't…
        static let englishNegation = Flags(rawValue: 1 << 0)
        /// pas, jamais, rien…
        static let frenchNegation = Flags(rawValue: 1 << 1)
        /// ne, n (the first half of "ne… pas").
        static let frenchNe = Flags(rawValue: 1 << 2)
        /// The second half of "ne… pas" after the verb: pas, jamais, plus, rien, point, guère.
        static let negationAfterVerb = Flags(rawValue: 1 << 3)
        /// but, mais, pourtant…
        static let contrast = Flags(rawValue: 1 << 4)
        /// A function word or web fragment that is never a content term.
        static let contentStopword = Flags(rawValue: 1 << 5)
        /// Denies the cue after it ("no help", "sans aide").
        static let denial = Flags(rawValue: 1 << 6)
        /// First word of a counterfactual marker ("would have", "j'aurais aimé").
        static let counterfactualStart = Flags(rawValue: 1 << 7)
        /// First word of a strong negation ("du tout", "at all").
        static let strongNegationStart = Flags(rawValue: 1 << 8)
        /// First word of a multi-word entry of the English or French lexicon.
        static let englishPhraseStart = Flags(rawValue: 1 << 9)
        static let frenchPhraseStart = Flags(rawValue: 1 << 10)
        /// too, trop.
        static let excess = Flags(rawValue: 1 << 11)
        /// kind, sort (of).
        static let hedge = Flags(rawValue: 1 << 12)
        static let of = Flags(rawValue: 1 << 13)
        static let no = Flags(rawValue: 1 << 14)
        /// First word of a cue phrase of an intent or of promotion.
        static let complaintStart = Flags(rawValue: 1 << 15)
        static let questionStart = Flags(rawValue: 1 << 16)
        static let purchaseStart = Flags(rawValue: 1 << 17)
        static let praiseStart = Flags(rawValue: 1 << 18)
        static let crisisStart = Flags(rawValue: 1 << 19)
        static let promotionStart = Flags(rawValue: 1 << 20)
        /// First word of what a customer complains about (an order, a parcel, a flight, the app…).
        static let serviceObjectStart = Flags(rawValue: 1 << 21)
        /// thanks, thank, merci (sarcastic thanks).
        static let thanks = Flags(rawValue: 1 << 22)
        /// Praise that may close a complaint sarcastically ("brilliant", "bravo"), and the words that may come before it.
        static let closure = Flags(rawValue: 1 << 23)
        static let closureFiller = Flags(rawValue: 1 << 24)
        /// Words between a verb and its "pas" ("vraiment", "toujours"), and before a "pas" that negates the infinitive
        /// after it ("de", "pour").
        static let adverbBeforePas = Flags(rawValue: 1 << 25)
        static let infinitiveNegation = Flags(rawValue: 1 << 26)
        /// First word of a phrase whose crisis word is no crisis ("is fire", "phone died").
        static let notCrisisStart = Flags(rawValue: 1 << 27)
        /// or, nor, ou: the word that closes a list after a negation ("not clean, quiet or safe").
        static let alternative = Flags(rawValue: 1 << 28)
        /// crying, tears, pleurer…: sorrow, or emotion with praise (``SentimentAnalyzer/tearWords``).
        static let tears = Flags(rawValue: 1 << 29)
        /// like (``SentimentAnalyzer/isNotLiking(_:tokens:)``).
        static let like = Flags(rawValue: 1 << 30)
        /// A word of the rarer rules (decline, "who", a cost, a steep rise): texts with none skip their scans.
        static let rareRule = Flags(rawValue: 1 << 31)

        static let negation: Flags = [.englishNegation, .frenchNegation, .frenchNe]
    }

    /// Valence in VADER's English lexicon (-4…4), if the word is there.
    public internal(set) var english: Double? {
        get { present & 1 != 0 ? Double(englishMilli) / 1000 : nil }
        set { (englishMilli, present) = Self.store(newValue, bit: 1, in: present) }
    }
    /// Valence in the French lexicon, if the word is there.
    public internal(set) var french: Double? {
        get { present & 2 != 0 ? Double(frenchMilli) / 1000 : nil }
        set { (frenchMilli, present) = Self.store(newValue, bit: 2, in: present) }
    }
    /// Intensifier (> 0) or attenuator (< 0) increment.
    public internal(set) var booster: Double? {
        get { present & 4 != 0 ? Double(boosterMilli) / 1000 : nil }
        set { (boosterMilli, present) = Self.store(newValue, bit: 4, in: present) }
    }
    // Thousandths (every valence and increment of the lists has at most three decimals, and `Double(n) / 1000` gives
    // back exactly the `Double` of the written value) and one byte of presence: 12 bytes in every token and table
    // slot (32 with three `Double`s).
    private var englishMilli: Int16 = 0
    private var frenchMilli: Int16 = 0
    private var boosterMilli: Int16 = 0
    private var present: UInt8 = 0
    /// Function word of these languages: bit `i` is ``LanguageDetector/supported``[i].
    public internal(set) var languages: UInt8 = 0

    private static func store(_ value: Double?, bit: UInt8, in present: UInt8) -> (Int16, UInt8) {
        guard let value else { return (0, present & ~bit) }
        let milli = (value * 1000).rounded()
        precondition(abs(milli) <= Double(Int16.max) && milli / 1000 == value, "WordFacts: \(value) is not a number of thousandths in ±32")
        return (Int16(milli), present | bit)
    }

    public internal(set) var flags: Flags = []

    public init() {}

    /// The valence in the lexicon of `language` (see ``Vocabulary/Lexicon``).
    func valence(_ lexicon: Vocabulary.Lexicon) -> Double? { lexicon == .english ? english : french }
}

/// The one table of ``WordFacts``, built once from the lists.
public enum Vocabulary {
    /// The languages with a sentiment lexicon.
    enum Lexicon {
        case english, french

        init?(_ language: String) {
            switch language {
            case "en": self = .english
            case "fr": self = .french
            default: return nil
            }
        }

        var phraseStart: WordFacts.Flags { self == .english ? .englishPhraseStart : .frenchPhraseStart }
    }

    /// The facts of a folded word (empty facts for a word no list has).
    public static func facts(of word: String) -> WordFacts {
        facts(hash: WordHash.of(word), endsInNt: word.utf8.count >= 3 && word.utf8.suffix(3).elementsEqual("n't".utf8))
    }

    /// Same, with the word's ``WordHash`` already computed (by the tokenizer), and whether it ends in "n't".
    static func facts(hash: UInt64, endsInNt: Bool) -> WordFacts {
        if let known = table.value(hash: hash) { return known }
        var facts = WordFacts()
        // Any negative contraction negates, listed or not ("mightn't").
        if endsInNt { facts.flags.insert(.englishNegation) }
        return facts
    }

    /// Built once; the dictionary it is built from is not kept.
    static let table = WordTable(entries(), filler: WordFacts())

    static func entries() -> [String: WordFacts] {
        var table: [String: WordFacts] = [:]
        table.reserveCapacity(16_000)
        func update(_ word: String, _ change: (inout WordFacts) -> Void) { change(&table[word, default: WordFacts()]) }
        func flag(_ words: some Sequence<String>, _ flag: WordFacts.Flags) {
            for word in words { update(word) { $0.flags.insert(flag) } }
        }
        // The lists are built without the vocabulary (they tokenise with `foldedWords`), so reading them here
        // cannot recurse into this initialiser.
        let analyzer = SentimentAnalyzer.shared
        for (word, value) in analyzer.lexicons["en"] ?? [:] { update(word) { $0.english = value } }
        for (word, value) in analyzer.lexicons["fr"] ?? [:] { update(word) { $0.french = value } }
        flag(analyzer.phrases["en"]?.byFirstWord.keys ?? [:].keys, .englishPhraseStart)
        flag(analyzer.phrases["fr"]?.byFirstWord.keys ?? [:].keys, .frenchPhraseStart)
        for (word, value) in SentimentAnalyzer.boosters { update(word) { $0.booster = value } }
        flag(SentimentAnalyzer.englishNegations, .englishNegation)
        flag(SentimentAnalyzer.frenchNegations, .frenchNegation)
        flag(SentimentAnalyzer.preventionWords, .englishNegation)
        flag(SentimentAnalyzer.frenchNe, .frenchNe)
        flag(SentimentAnalyzer.negationsAfterVerb, .negationAfterVerb)
        flag(SentimentAnalyzer.contrasts, .contrast)
        flag(SentimentAnalyzer.counterfactualMarkers.compactMap(\.first), .counterfactualStart)
        flag(SentimentAnalyzer.strongNegations.compactMap(\.first), .strongNegationStart)
        flag(["too", "trop"], .excess)
        flag(["kind", "sort"], .hedge)
        flag(["of"], .of)
        flag(["no"], .no)
        flag(SentimentAnalyzer.alternatives, .alternative)
        flag(SentimentAnalyzer.tearWords, .tears)
        flag(["like"], .like)
        flag(SentimentAnalyzer.rareRuleWords, .rareRule)
        flag(SentimentAnalyzer.thanks, .thanks)
        flag(SentimentAnalyzer.closures, .closure)
        flag(SentimentAnalyzer.closureFillers, .closureFiller)
        flag(SentimentAnalyzer.adverbsBeforePas, .adverbBeforePas)
        flag(SentimentAnalyzer.infinitiveNegationIntroducers, .infinitiveNegation)
        flag(ContentTerms.stopwords, .contentStopword)
        flag(IntentDetector.denials, .denial)
        flag(IntentDetector.complaint.firstWords, .complaintStart)
        flag(IntentDetector.countedFailures.firstWords, .complaintStart)
        flag(IntentDetector.question.firstWords, .questionStart)
        flag(IntentDetector.interrogatives.firstWords, .questionStart)
        flag(IntentDetector.purchase.firstWords, .purchaseStart)
        flag(IntentDetector.praise.firstWords, .praiseStart)
        flag(IntentDetector.crisis.firstWords, .crisisStart)
        flag(IntentDetector.notCrisis.firstWords, .notCrisisStart)
        flag(SpamSignals.promotions.firstWords, .promotionStart)
        flag(IntentDetector.serviceObject.firstWords, .serviceObjectStart)
        for (bit, language) in LanguageDetector.supported.enumerated() {
            for word in (LanguageDetector.stopwords[language] ?? []).union(LanguageDetector.markers[language] ?? []) {
                update(word) { $0.languages |= 1 << UInt8(bit) }
            }
        }
        for word in table.keys where word.hasSuffix("n't") { table[word]?.flags.insert(.englishNegation) }
        return table
    }
}
