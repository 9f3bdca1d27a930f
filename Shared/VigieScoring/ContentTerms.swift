/// The content words of a text, for "what are people talking about" (emerging terms, top terms).
///
/// Folded tokens of three characters or more that are not function words of a supported language, numbers, link
/// fragments or @handles; each once, in order of appearance, at most `limit`.
public enum ContentTerms {
    static let extraStopwords: Set<String> = [
        "http", "https", "www", "com", "org", "net", "html", "amp", "via", "lol", "mdr", "ptdr", "svp", "stp", "cest", "jai",
        "etait", "sont", "avait", "fais", "faire", "dit", "dire", "tres", "plus", "moins", "meme", "autre", "autres", "quel",
        "quelle", "quels", "quelles", "leurs", "elles", "nous", "vous", "them", "then", "than", "were", "been", "being", "into",
        "over", "only", "also", "some", "more", "most", "such", "which", "while", "who", "whom", "whose", "because", "after",
        "before", "your", "yours", "ours", "theirs", "its", "it's", "i'm", "you're", "won't", "don't", "can't", "didn't", "doesn't",
        "isn't", "aren't", "wasn't", "haven't", "hasn't", "one", "two", "new", "now", "out", "like", "really", "even", "much",
    ]
    static let stopwords: Set<String> = LanguageDetector.stopwords.values.reduce(into: extraStopwords) { $0.formUnion($1) }

    public static func terms(of tokens: [TextNormalizer.Token], limit: Int = 32) -> [String] {
        var seen = Set<String>()
        var terms: [String] = []
        for token in tokens where !token.isHandle {
            let text = token.text
            guard text.unicodeScalars.count >= 3, !token.facts.flags.contains(.contentStopword), !text.allSatisfy(\.isNumber) else { continue }
            guard seen.insert(text).inserted else { continue }
            terms.append(text)
            if terms.count == limit { break }
        }
        return terms
    }
}
