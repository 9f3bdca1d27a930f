/// Identifies the language of a short text: from its function words (and a few letters only some languages use)
/// when they decide, otherwise from its letters — a naive Bayes reading of its character n-grams
/// (``LanguageProfiles``), with the function words as evidence beside them.
///
/// Languages: fr, en, es, de, it, pt, nl. Returns `und` when there is no evidence (e.g. only a hashtag, or fewer
/// than three letters).
public enum LanguageDetector {
    public static let supported = ["fr", "en", "es", "de", "it", "pt", "nl"]

    static let stopwords: [String: Set<String>] = [
        "fr": [
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "pas", "je", "tu", "il", "elle", "nous", "vous", "ils",
            "ce", "cet", "cette", "ces", "que", "qui", "dans", "pour", "sur", "avec", "mais", "ou", "au", "aux", "mon", "ma", "mes",
            "ton", "ta", "son", "sa", "ses", "leur", "on", "ne", "plus", "tres", "trop", "sont", "suis", "ai", "avons", "avez", "ont",
            "c", "j", "l", "d", "n", "qu", "s", "m", "y", "en", "encore", "toujours", "rien", "aucune", "aucun", "chez", "comme",
            "quand", "alors", "donc", "vraiment", "merci", "bonjour", "aujourd", "hui", "deja", "ca", "cela", "etre", "avoir", "fait",
            "vol", "car", "parce", "a", "ses", "aussi", "ete", "tout", "tous", "toute", "nos", "vos", "notre", "votre", "ici", "voici",
            "voila", "apres", "avant", "depuis", "sous", "entre", "vers", "oui", "bien", "peut", "faut", "fois", "moi", "toi", "lui", "eux",
            "quoi", "dont", "ou", "hier", "chaque", "sans", "ceux", "celle", "celui", "aux", "une", "cette",
        ],
        "en": [
            "the", "a", "an", "and", "is", "are", "was", "were", "be", "been", "i", "you", "he", "she", "we", "they", "it", "this",
            "that", "these", "those", "of", "to", "in", "for", "on", "with", "but", "or", "at", "my", "your", "his", "her", "our",
            "their", "not", "no", "do", "does", "did", "don't", "can't", "won't", "isn't", "have", "has", "had", "so", "very",
            "just", "what", "when", "where", "why", "how", "from", "by", "will", "would", "can", "could", "should", "me", "again",
            "still", "thanks", "thank", "today", "all", "any", "there", "here", "about", "flight", "get", "got", "am",
            "its", "never", "mine", "which", "who", "than", "then", "only", "out", "up", "if", "into", "after", "because",
            "some", "more", "much", "couldn't", "wouldn't", "shouldn't", "didn't", "doesn't", "wasn't", "weren't", "aren't",
            "haven't", "hasn't",
        ],
        "es": [
            "el", "la", "los", "las", "un", "una", "y", "es", "son", "no", "yo", "que", "de", "del", "en", "con", "para", "por",
            "pero", "muy", "mi", "tu", "su", "lo", "al", "esta", "este", "estoy", "esto", "hay", "como", "cuando", "porque", "gracias",
            "hoy", "todo", "nada", "ya", "tambien", "vuelo", "se", "me", "le", "nos", "han", "ha", "he", "hemos", "sin", "sobre", "entre",
            "desde", "hasta", "nadie", "alguien", "algo", "eso", "esa", "ese", "aqui", "tan", "otro", "otra", "mucho", "donde", "ahora",
            "siempre", "nunca", "tengo", "tiene", "estar", "ser", "fue", "era", "voy", "vamos", "puedo", "te", "les",
        ],
        "de": [
            "der", "die", "das", "und", "ist", "nicht", "ich", "du", "er", "sie", "wir", "ihr", "ein", "eine", "einen", "mit", "von",
            "zu", "den", "dem", "des", "auf", "fur", "aber", "oder", "sehr", "mein", "dein", "sein", "kein", "keine", "noch", "schon",
            "heute", "danke", "wie", "was", "wenn", "weil", "auch", "nur", "bin", "hat", "habe", "war", "es", "im", "bei", "nach",
            "nichts", "jetzt", "immer", "wieder", "kann", "muss", "will", "mir", "mich", "dich", "uns", "euch", "am", "um", "aus",
            "wird", "sind", "seit", "gibt", "jemand", "niemand", "ganz", "gestern", "morgen", "hier",
        ],
        "it": [
            "il", "lo", "la", "gli", "le", "un", "una", "e", "non", "io", "tu", "lui", "noi", "voi", "che", "di", "del", "della", "in",
            "con", "per", "su", "ma", "molto", "mio", "mia", "tuo", "suo", "sono", "ho", "ha", "abbiamo", "questo", "questa", "come",
            "quando", "perche", "grazie", "oggi", "tutto", "niente", "gia", "anche", "ancora", "volo", "sempre", "piu", "nel", "alla",
            "qui", "qualche", "dei", "degli", "delle", "ad", "nella", "sul", "sulla", "tutti", "questo", "quello", "sei", "siamo", "faccio",
            "fatto", "stato", "stata", "essere", "ieri", "domani", "cosa", "da", "dal", "dalla", "allo", "alle", "agli", "ai", "si", "ci",
            "ne", "nessuno", "qualcuno", "sta", "sto", "va", "vado", "era", "fa", "mi", "ti", "se", "ora", "poi", "dove", "mai", "troppo",
            "bene", "solo",
        ],
        "pt": [
            "o", "a", "os", "as", "um", "uma", "e", "nao", "eu", "voce", "ele", "ela", "nos", "eles", "que", "de", "do", "da", "dos",
            "das", "em", "no", "na", "com", "para", "por", "mas", "muito", "meu", "minha", "seu", "sua", "sou", "estou", "tem", "isso",
            "este", "esta", "como", "quando", "porque", "obrigado", "obrigada", "hoje", "tudo", "nada", "ja", "tambem", "ainda", "voo",
            "foi", "ontem", "amanha", "toda", "todo", "todos", "ao", "aos", "pelo", "pela", "mais", "vou", "estao", "sao", "ha", "se",
            "onde", "agora", "sempre", "nunca", "tenho", "estar", "ser", "era", "vai", "vamos", "posso", "pode", "numa", "num", "nem",
            "aqui", "depois", "antes", "sem", "sobre", "entre", "desde", "ate", "alguem", "ninguem", "algo", "isto", "essa", "esse", "lhe",
        ],
        "nl": [
            "de", "het", "een", "en", "is", "niet", "ik", "jij", "je", "hij", "zij", "wij", "we", "dat", "die", "van", "in", "met",
            "voor", "op", "maar", "of", "heel", "mijn", "jouw", "zijn", "haar", "ons", "geen", "nog", "al", "vandaag", "bedankt",
            "hoe", "wat", "als", "omdat", "ook", "alleen", "ben", "heeft", "heb", "was", "er", "bij", "naar", "vlucht", "weer",
        ],
    ]

    /// Content words that tell a language as well as its function words do — words of customer talk no other of these
    /// languages writes ("colis arrivé en avance": `en` and `é` alone tie with Spanish). Evidence only: unlike the
    /// function words, they stay content (emerging terms, the sentiment rules' objects).
    static let markers: [String: Set<String>] = [
        "fr": ["colis", "retard", "commande", "livraison", "jamais", "billet", "gare"],
    ]

    /// Letters and the languages that write them (a letter several languages use still tells them from the others:
    /// `è` is French or Italian, `ç` French or Portuguese).
    static let hints: [(Unicode.Scalar, [String])] = [
        ("ç", ["fr", "pt"]), ("è", ["fr", "it"]), ("ê", ["fr", "pt"]), ("à", ["fr", "it", "pt"]), ("ù", ["fr", "it"]), ("œ", ["fr"]),
        ("ë", ["fr", "nl"]), ("é", ["fr", "es", "pt", "it"]), ("î", ["fr"]), ("û", ["fr"]), ("â", ["fr", "pt"]), ("ô", ["fr", "pt"]),
        ("á", ["es", "pt"]), ("í", ["es", "pt"]), ("ó", ["es", "pt"]), ("ú", ["es", "pt"]),
        ("ñ", ["es"]), ("¿", ["es"]), ("¡", ["es"]), ("ß", ["de"]), ("ä", ["de"]), ("ö", ["de"]), ("ü", ["de"]),
        ("ã", ["pt"]), ("õ", ["pt"]), ("ì", ["it"]), ("ò", ["it"]), ("ĳ", ["nl"]),
    ]

    static let hintLanguages: [Unicode.Scalar: [String]] = Dictionary(hints.map { ($0.0, $0.1) }) { a, _ in a }
    /// Upper-case forms of the hint letters.
    static let hintLowercase: [Unicode.Scalar: Unicode.Scalar] = {
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (letter, _) in hints {
            for upper in letter.properties.uppercaseMapping.unicodeScalars where upper != letter { table[upper] = letter }
        }
        return table
    }()

    /// The most likely language, ISO 639-1, or `und`.
    public static func detect(_ text: String) -> String {
        detect(text: text, tokens: TextNormalizer.tokenize(text))
    }

    /// Same, reusing tokens already made (their facts say which languages' function words they are).
    public static func detect(text: String, tokens: [TextNormalizer.Token]) -> String {
        // The scores on the stack (an array would be allocated for every mention): function words, hint letters,
        // n-grams.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: supported.count * 3) { scores in
            scores.initialize(repeating: 0)
            let count = supported.count
            return detect(
                text: text, tokens: tokens, words: UnsafeMutableBufferPointer(rebasing: scores[0..<count]),
                hints: UnsafeMutableBufferPointer(rebasing: scores[count..<2 * count]),
                letters: UnsafeMutableBufferPointer(rebasing: scores[2 * count..<3 * count]))
        }
    }

    /// A function word weighs as much as this many nats of n-gram evidence: a whole word frequent in its language and
    /// rare in the others ("merci", whose letters alone read Italian), which the profiles' n-grams, learnt from
    /// encyclopaedia prose, tell poorly. Chosen on the first 140 very short posts of the tests (not on the 70 written
    /// after): 2 → 10 took them from 128 to 132 right (a plateau from 8 to 14).
    static let functionWordWeight = 10.0

    private static func detect(
        text: String, tokens: [TextNormalizer.Token], words: UnsafeMutableBufferPointer<Double>, hints: UnsafeMutableBufferPointer<Double>,
        letters: UnsafeMutableBufferPointer<Double>
    ) -> String {
        // Indices, not `for token in tokens`: copying a token retains and releases its two strings.
        for index in tokens.indices
        where tokens[index].facts.languages != 0 && !tokens[index].isHashtag && !tokens[index].isHandle && !tokens[index].isLink {
            var languages = tokens[index].facts.languages
            while languages != 0 {
                words[languages.trailingZeroBitCount] += 1
                languages &= languages - 1
            }
        }
        if TextNormalizer.containsByte(text, where: { $0 >= 0x80 }) {
            for scalar in text.unicodeScalars where scalar.value >= 0x80 {
                let lower = hintLowercase[scalar] ?? scalar
                for language in hintIndices[lower] ?? [] { hints[language] += 0.6 }
            }
        }
        // Function words decide when there are three and two more than for any other language (most texts of a few
        // lines: "the", "is", "and"…). The highest score; on a tie, the first language in alphabetical order.
        var best = -1
        var second = -1
        for index in alphabetical {
            let score = words[index] + hints[index]
            if best < 0 || score > words[best] + hints[best] {
                second = best
                best = index
            } else if second < 0 || score > words[second] + hints[second] {
                second = index
            }
        }
        let bestScore = words[best] + hints[best]
        if bestScore >= 3 && bestScore - (words[second] + hints[second]) >= 2 { return supported[best] }
        // Otherwise the letters, with the function words beside them (the n-grams already hold the hint letters).
        // Fewer than three letters outside handles, hashtags and links is no evidence.
        let (ngrams, read) = LanguageProfiles.shared.score(text, into: letters)
        guard ngrams > 0, read >= 3 else { return "und" }
        var chosen = -1
        for index in alphabetical {
            letters[index] += functionWordWeight * words[index]
            if chosen < 0 || letters[index] > letters[chosen] { chosen = index }
        }
        return supported[chosen]
    }

    /// Hint letter → indices in ``supported``.
    static let hintIndices: [Unicode.Scalar: [Int]] = hintLanguages.mapValues { $0.compactMap { supported.firstIndex(of: $0) } }
    /// Indices of ``supported`` in alphabetical order of the codes.
    static let alphabetical: [Int] = supported.indices.sorted { supported[$0] < supported[$1] }
}
