import Testing
import VigieScoring

func matches(_ query: String, _ text: String, language: String? = nil, source: String? = nil, author: String? = nil, url: String? = nil, followers: Int = 0) throws -> Bool {
    try Query(query).matches(MatchDocument(text: text, language: language, source: source, authorHandle: author, url: url, followers: followers))
}

@Suite("Topic queries")
struct QueryTests {
    @Test func wordsAreCaseAndAccentInsensitive() throws {
        #expect(try matches("annulé", "Vol ANNULE ce matin"))
        #expect(try matches("annule", "Vol annulé ce matin"))
        #expect(try matches("Noël", "joyeux noel"))
        #expect(try !matches("annulé", "annulation du vol"))
    }

    @Test func booleanOperatorsAndParentheses() throws {
        let query = #"("air vigie" OR airvigie) AND NOT "vigie pirate""#
        #expect(try matches(query, "Mon vol Air Vigie est en retard"))
        #expect(try matches(query, "Merci #AirVigie !"))
        #expect(try !matches(query, "Air Vigie et le plan vigie pirate"))
        #expect(try !matches(query, "air et vigie"))
        #expect(try matches("volcan cendres", "les cendres du volcan"), "adjacent words are joined by AND")
        #expect(try !matches("volcan cendres", "le volcan"))
        #expect(try matches("a OR b AND c", "a"), "AND binds tighter than OR")
        #expect(try !matches("(a OR b) AND c", "a"))
    }

    @Test func phrasesKeepOrderAndAdjacency() throws {
        #expect(try matches(#""nuage de cendres""#, "Un nuage de cendres bloque l'Europe"))
        #expect(try !matches(#""nuage de cendres""#, "des cendres et un nuage"))
        #expect(try matches("coca-cola", "J'adore le Coca Cola"))
    }

    @Test func prefixesAndProximity() throws {
        #expect(try matches("annul*", "annulation générale"))
        #expect(try matches("annul*", "vol annulé"))
        #expect(try matches("vol NEAR/3 annul*", "mon vol a été annulé"))
        #expect(try !matches("vol NEAR/2 annul*", "mon vol a encore été annulé"))
        #expect(try matches("retard NEAR/3 train", "le train a du retard"), "either order")
    }

    @Test func fields() throws {
        #expect(try matches("vigie lang:fr", "vigie", language: "fr"))
        #expect(try !matches("vigie lang:fr", "vigie", language: "en"))
        #expect(try matches("vigie source:news", "vigie", source: "news"))
        #expect(try matches("vigie author:@AirVigie", "vigie", author: "airvigie"))
        #expect(try matches("vigie site:lemonde.fr", "vigie", url: "https://www.lemonde.fr/economie/article.html"))
        #expect(try matches("vigie site:lemonde.fr", "vigie", url: "https://abonnes.lemonde.fr/x"))
        #expect(try !matches("vigie site:lemonde.fr", "vigie", url: "https://notlemonde.fr/x"))
        #expect(try matches("vigie followers:>10000", "vigie", followers: 20_000))
        #expect(try !matches("vigie followers:>10000", "vigie", followers: 10_000))
        #expect(try matches("vigie followers:<=10000", "vigie", followers: 10_000))
    }

    @Test func matchedTermsAreReported() throws {
        var matched: [String] = []
        #expect(try Query(#"volcan OR "nuage de cendres""#).matches(MatchDocument(text: "Le nuage de cendres du volcan"), matched: &matched))
        #expect(Set(matched) == ["volcan", "nuage de cendres"])
    }

    @Test(arguments: [
        ("", 1, "empty"), ("(a OR b", 1, "missing ')'"), ("a OR b)", 7, "unbalanced ')'"), (#"a "b c"#, 3, "unterminated quote"),
        ("a AND", 6, "ends where a word was expected"), ("OR a", 1, "OR where a word was expected"), ("NOT a", 1, "not negated"),
        ("an*", 1, "at least 3 letters"), ("a NEAR/0 b", 3, "distance"), ("colour:red a", 1, "unknown field"), ("a ()", 3, "empty parentheses"),
        ("(a OR b) NEAR/2 c", 10, "NEAR joins"), ("followers:lots a", 1, "followers needs"),
    ])
    func parseErrorsGiveThePositionAndTheReason(_ query: String, _ position: Int, _ reason: String) {
        #expect {
            try Query(query)
        } throws: { error in
            guard let error = error as? QueryError else { return false }
            return error.position == position && error.reason.contains(reason)
        }
    }
}

@Suite("Language identification")
struct LanguageTests {
    @Test(arguments: [
        ("Mon vol est annulé et personne ne répond au téléphone", "fr"),
        ("My flight was cancelled and nobody answers the phone", "en"),
        ("Mi vuelo fue cancelado y nadie contesta el teléfono", "es"),
        ("Mein Flug wurde gestrichen und niemand geht ans Telefon", "de"),
        ("Il mio volo è stato cancellato e nessuno risponde al telefono", "it"),
        ("O meu voo foi cancelado e ninguém atende o telefone", "pt"),
        ("Mijn vlucht is geannuleerd en niemand neemt de telefoon op", "nl"),
        ("#AirVigie", "und"),
    ])
    func detects(_ text: String, _ language: String) {
        #expect(LanguageDetector.detect(text) == language)
    }
}
