import Testing
import VigieScoring

@Suite("One matcher for every query")
struct QueryIndexTests {
    static let queries = [
        "acme", "\"air vigie\" OR airvigie", "annul* AND vol", "globex AND NOT spam", "vol NEAR/3 retard", "acme OR lang:fr",
        "(fizzly OR colaroc) AND (prix OR price)", "NOT foo AND bar", "site:lemonde.fr AND volcan", "\"nuage de cendres\"",
        // Stems of several lengths, accented and in other scripts (probed by their bytes' hash).
        "rembours* OR remb*", "straß* AND NOT xyz", "прив*", "déçu*", "vol*",
    ]
    static let texts = [
        "Acme est génial", "Vol Air Vigie annulé ce matin", "mon vol a du retard", "Globex spam spam", "Globex rachète",
        "le prix du Fizzly", "foo bar", "bar", "Le nuage de cendres arrive", "rien à voir", "annulation du vol", "price of Colaroc",
        "Remboursement refusé", "remb rapide", "Straße gesperrt", "ПРИВЕТ всем", "Très DÉÇUE", "de", "volcan",
    ]

    @Test func findsExactlyWhatEveryQueryFindsAlone() throws {
        let parsed = try Self.queries.map { try Query($0) }
        let index = QueryIndex(parsed)
        for text in Self.texts {
            for language in ["fr", "en"] {
                let document = MatchDocument(text: text, language: language, url: "https://www.lemonde.fr/x")
                let expected = parsed.enumerated().filter { $0.element.matches(document) }.map(\.offset)
                #expect(index.matches(document).map(\.entry) == expected, "\(text) [\(language)]")
            }
        }
    }

    @Test func testsOnlyTheQueriesAWordCanSatisfy() throws {
        var queries: [Query] = []
        for project in 0..<1000 {
            queries.append(try Query("brand\(project) OR \"brand \(project)\""))
        }
        queries.append(try Query("anything OR source:news"))
        let index = QueryIndex(queries)
        let candidates = index.candidates(MatchDocument(text: "I love brand42 and brand7"))
        #expect(candidates.count == 3)  // brand42, brand7, and the query without an anchor
    }
}
