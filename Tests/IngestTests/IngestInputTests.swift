import Foundation
import Testing
import VigieEvents
@testable import Ingest

@Suite("Ingest input")
struct IngestInputTests {
    func validate(_ json: String) -> MentionValidator.Outcome {
        MentionValidator.validate(try! JSONSerialization.jsonObject(with: Data(json.utf8)), now: Date(timeIntervalSince1970: 1_790_000_000))
    }

    func errors(_ json: String) -> [String] {
        guard case .invalid(let errors) = validate(json) else { return [] }
        return errors.map { "\($0.field): \($0.reason)" }
    }

    static let valid = #"{"source":"Twitter","external_id":"42","text":"Bonjour","published_at":"2026-09-21T10:00:00+02:00","author":{"id":"1","handle":"@Claire","followers":12,"verified":true},"engagement":{"likes":3},"country":"fr","language":"FR"}"#

    @Test func aValidMentionIsNormalised() throws {
        guard case .valid(let mention) = validate(Self.valid) else {
            Issue.record("rejected: \(errors(Self.valid))")
            return
        }
        #expect(mention.id == MentionID.derive(source: "twitter", externalID: "42"))
        #expect(mention.source == .twitter)
        #expect(mention.author.handle == "Claire")
        #expect(mention.author.verified)
        #expect(mention.country == "FR")
        #expect(mention.language == "fr")
        #expect(mention.engagement == .init(likes: 3, shares: 0, replies: 0))
        #expect(mention.publishedAt == EventCodec.parseDate("2026-09-21T08:00:00Z"))
    }

    @Test func everyBadFieldIsReported() {
        let reported = errors(#"{"source":"bad source!","external_id":"","text":"","published_at":"yesterday","author":{"id":"1","followers":-4,"verified":"yes"},"engagement":{"likes":1.5},"url":"ftp://x","country":"FRA"}"#)
        for expected in [
            "source: must be letters", "external_id: must not be empty", "text: must not be empty", "published_at: must be an ISO-8601",
            "author.handle: is required", "author.followers: must be a non-negative integer", "author.verified: must be true or false",
            "engagement.likes: must be a non-negative integer", "url: must be an http(s) URL", "country:",
        ] {
            #expect(reported.contains { $0.hasPrefix(expected) }, "\(expected) in \(reported)")
        }
    }

    /// A BCP 47 tag or a locale is stored as its language; a code that names none as none (scoring identifies the
    /// text's own); a word is refused with its field.
    @Test func languageTagsAreStoredAsTheirLanguage() {
        func language(_ value: String) -> String?? {
            let json = Self.valid.replacingOccurrences(of: #""language":"FR""#, with: #""language":"\#(value)""#)
            guard case .valid(let mention) = validate(json) else { return .none }
            return .some(mention.language)
        }
        #expect(language("fr-FR") == .some("fr"))
        #expect(language("pt_BR") == .some("pt"))
        #expect(language("und") == .some(nil))
        #expect(language("qme") == .some(nil))
        #expect(language("français") == .none)
        #expect(errors(Self.valid.replacingOccurrences(of: #""language":"FR""#, with: #""language":"français""#))
            == ["language: must be a language code such as fr, en or fr-FR"])
    }

    @Test func missingObjectsAndWrongTypes() {
        #expect(errors(#"[1, 2]"#) == ["$: must be a JSON object"])
        #expect(errors(#"{"source":"x","external_id":"1","text":"t","published_at":"2026-01-01T00:00:00Z"}"#) == ["author: is required"])
        #expect(errors(#"{"source":"x","external_id":"1","text":"t","published_at":"2026-01-01T00:00:00Z","author":"me"}"#) == ["author: must be an object with id and handle"])
        #expect(errors(#"{"source":"x","external_id":1,"text":"t","published_at":"2026-01-01T00:00:00Z","author":{"id":"a","handle":"a"}}"#) == ["external_id: must be a string"])
    }

    @Test func nulCharactersAreRefused() {
        #expect(errors(#"{"source":"x","external_id":"1","text":"a\u0000b","published_at":"2026-01-01T00:00:00Z","author":{"id":"a","handle":"a"},"raw":{"k":"\u0000"}}"#)
            == ["text: contains a NUL character", "raw: contains a NUL character"])
    }

    @Test func theFarFutureIsRefused() {
        #expect(errors(#"{"source":"x","external_id":"1","text":"t","published_at":"2030-01-01T00:00:00Z","author":{"id":"a","handle":"a"}}"#)
            == ["published_at: is more than a day in the future"])
    }

    @Test func csvFollowsRFC4180() throws {
        let rows = try CSVReader.rows("a,b,c\n1,\"two, with comma\",\"say \"\"hi\"\"\"\n2,\"multi\nline\",x\r\n\n3,,\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "two, with comma", "say \"hi\""], ["2", "multi\nline", "x"], ["3", "", ""]])
        #expect(rows.map(\.line) == [1, 2, 3, 6])
        #expect(throws: CSVReader.Error.self) { try CSVReader.rows("a,\"open\n") }
    }

    @Test func csvRowsBecomeMentions() throws {
        let items = try CSVMentions.items("source,external_id,text,published_at,author_handle,author_followers,likes\ntwitter,1,Salut,2026-01-01T00:00:00Z,bob,12,3\n")
        #expect(items.count == 1)
        #expect(items[0].line == 2)
        guard case .valid(let mention) = validate(items[0].json) else {
            Issue.record("rejected: \(items[0].json)")
            return
        }
        #expect(mention.author.followers == 12)
        #expect(mention.engagement.likes == 3)
    }

    @Test func apiKeysCompareWholeKeys() throws {
        let keys = try APIKeys(entries: ["alpha:0123456789abcdef", "beta:fedcba9876543210"])
        #expect(keys.client(for: "0123456789abcdef") == "alpha")
        #expect(keys.client(for: "fedcba9876543210") == "beta")
        #expect(keys.client(for: "0123456789abcde") == nil)
        #expect(keys.client(for: "0123456789abcdef0") == nil)
        #expect(throws: ConfigurationError.self) { try APIKeys(entries: ["short:key"]) }
    }
}
