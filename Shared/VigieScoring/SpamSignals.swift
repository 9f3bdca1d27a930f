/// What a single mention shows of spam or noise, without looking at other mentions: link stuffing, hashtag
/// stuffing, promotion wording, shouting. (Repetition across mentions — one account repeating itself, one text
/// from many accounts, bot-like cadence — needs history and is added by the scoring service.)
public enum SpamSignals {
    static let promotions = PhraseSet(promotionCues)

    static let promotionCues = [
        "gagnez", "gagner", "concours", "cliquez", "gratuit", "code promo", "offre speciale", "jeu concours", "inscrivez vous",
        "click here", "win", "giveaway", "free", "promo code", "limited offer", "follow back", "dm me", "earn money", "crypto",
    ]

    /// Reasons found in the text (empty when none).
    public static func reasons(text: String, tokens: [TextNormalizer.Token]) -> [String] {
        var reasons: [String] = []
        var links = 0
        if text.utf8.contains(UInt8(ascii: ":")) || text.contains("www.") {
            links = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("www.") }.count
        }
        if links >= 3 { reasons.append("link_stuffing") }
        let hashtags = tokens.filter(\.isHashtag).count
        if hashtags >= 6 || (hashtags >= 4 && hashtags * 2 > tokens.count) { reasons.append("hashtag_stuffing") }
        let promotions = Self.promotions.count(in: tokens.map(\.text))
        if promotions >= 2 || (promotions >= 1 && links >= 1) { reasons.append("promotion") }
        return reasons
    }
}
