/// What a source's language tag says, as a mention stores it.
///
/// Sources write languages in many ways: ISO 639 codes (`fr`), BCP 47 tags (`fr-FR`, `pt-BR`, `zh-Hant-TW`), locales
/// (`fr_CA`), in any case — and codes that name no language: undetermined (`und`, which Twitter gives its short posts),
/// no linguistic content (`zxx`), several (`mul`), uncoded (`mis`), private use (`qaa`–`qtz`: Twitter's `qme` for
/// media only, `qht` for hashtags only).
public enum LanguageTag: Sendable, Equatable {
    /// The primary language subtag, lower case (`fr-FR` → `fr`).
    case language(String)
    /// A well-formed tag that names no language: the text's own language is to be identified.
    case none
    /// Not a language tag.
    case invalid

    /// The longest tag read (BCP 47's longest registered tags are under 35 characters).
    public static let maxLength = 35

    public init(_ tag: String) {
        // What ingest stores, so what scoring reads for nearly every mention: two or three lower-case letters.
        let count = tag.utf8.count
        if count == 2 || count == 3, tag.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }), !Self.namesNoLanguage(tag) {
            self = .language(tag)
            return
        }
        let trimmed = String(tag.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard !trimmed.isEmpty, trimmed.utf8.count <= Self.maxLength,
            trimmed.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
            })
        else {
            self = .invalid
            return
        }
        let primary = trimmed.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false)[0].lowercased()
        guard (2...3).contains(primary.count), primary.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else {
            self = .invalid
            return
        }
        self = Self.namesNoLanguage(primary) ? .none : .language(primary)
    }

    /// Undetermined, no linguistic content, several, uncoded, private use.
    private static func namesNoLanguage(_ code: String) -> Bool {
        code == "und" || code == "zxx" || code == "mul" || code == "mis"
            || (code.utf8.count == 3 && code >= "qaa" && code <= "qtz")
    }

    /// The language code to store, `nil` when the tag names none (or is not a tag).
    public var code: String? {
        if case .language(let code) = self { return code }
        return nil
    }
}
