import Foundation
import Testing
import VigieEvents
import VigieTesting

let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

/// JSON as Foundation objects, for a comparison that ignores key order and white space.
func canonical(_ data: Data) throws -> NSObject {
    try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as! NSObject
}

/// Drops explicit nulls: an absent optional and a null are the same value on the wire.
func withoutNulls(_ object: Any) -> Any {
    if let dictionary = object as? [String: Any] {
        return dictionary.filter { !($0.value is NSNull) }.mapValues(withoutNulls)
    }
    if let array = object as? [Any] { return array.map(withoutNulls) }
    return object
}

func roundTrip<T: Codable & Equatable>(_ type: T.Type, _ file: String) throws -> T {
    let data = try Data(contentsOf: fixtures.appendingPathComponent(file))
    let value = try EventCodec.decode(type, from: data)
    let encoded = try EventCodec.encode(value)
    let original = withoutNulls(try canonical(data)) as! NSObject
    let again = withoutNulls(try canonical(encoded)) as! NSObject
    #expect(original == again, "\(file) changes when decoded and encoded again:\n\(String(decoding: encoded, as: UTF8.self))")
    #expect(try EventCodec.decode(type, from: encoded) == value)
    return value
}

@Suite("Event contracts")
struct ContractTests {
    @Test func mentionGoldenFixture() throws {
        let mention = try roundTrip(Mention.self, "mention.v1.json")
        #expect(mention.id == MentionID.derive(source: "twitter", externalID: "1862534000123456789"))
        #expect(mention.author.followers == 48213)
        #expect(mention.engagement.views == 15800)
        #expect(mention.publishedAt == Date(timeIntervalSince1970: 1_776_240_750.25))
        #expect(mention.raw != nil)
        #expect(mention.text.contains("🌋"))
    }

    @Test func scoredMentionGoldenFixture() throws {
        let scored = try roundTrip(ScoredMention.self, "scored-mention.v1.json")
        #expect(scored.sentiment.label == .negative)
        #expect(scored.id == "\(scored.mention.id):\(scored.projectID):\(scored.topicID)")
    }

    @Test func alertGoldenFixture() throws {
        let alert = try roundTrip(Alert.self, "alert.v1.json")
        #expect(alert.kind == .volumeSpike)
        #expect(alert.status == .firing)
        #expect(alert.id == "\(alert.fingerprint):firing:\(Int(alert.startedAt.timeIntervalSince1970))")
        #expect(!alert.isReminder)
        var reminder = alert
        reminder.id += ":r1"
        #expect(reminder.isReminder, "a reminder's id ends in :r<n>")
        #expect(!reminder.isAcknowledgement && reminder.cloudEvent.type == "vigie.alert.firing")
    }

    @Test func alertEventGoldenFixture() throws {
        let event = try roundTrip(CloudEvent<Alert>.self, "alert-event.v1.json")
        #expect(event.specversion == "1.0")
        #expect(event.data.cloudEvent == event, "Alert.cloudEvent builds exactly the published envelope")
        #expect(!event.data.isAcknowledgement && event.data.acknowledgement == nil)
    }

    /// Someone acknowledged a firing alert: the same alert, with who and when, under its own id and type.
    @Test func acknowledgementEventFixture() throws {
        let event = try roundTrip(CloudEvent<Alert>.self, "alert-event.v1.acknowledged.json")
        #expect(event.type == "vigie.alert.acknowledged")
        #expect(event.data.cloudEvent == event, "Alert.cloudEvent gives an acknowledgement its type")
        #expect(event.data.isAcknowledgement && !event.data.isReminder && event.data.status == .firing)
        #expect(event.data.occurrenceID == "air-vigie:brand:volume_spike:firing:1776240600")
        #expect(event.data.acknowledgement?.by == "marie.cm")
        #expect(event.data.acknowledgement?.at == Date(timeIntervalSince1970: 1_776_241_471))
    }

    /// A firing a silence held back: the same alert, with the silence, under its own id and type (nobody is paged).
    @Test func silencedEventFixture() throws {
        let event = try roundTrip(CloudEvent<Alert>.self, "alert-event.v1.silenced.json")
        #expect(event.type == "vigie.alert.silenced")
        #expect(event.data.cloudEvent == event, "Alert.cloudEvent gives a silenced firing its type")
        #expect(event.data.isSilenced && !event.data.isAcknowledgement && !event.data.isReminder && event.data.status == .firing)
        #expect(event.data.occurrenceID == "air-vigie:brand:volume_spike:firing:1776240600")
        #expect(event.data.silence?.createdBy == "marie.cm" && event.data.silence?.endsAt == Date(timeIntervalSince1970: 1_776_288_600))
        var firing = event.data
        firing.id = firing.occurrenceID
        #expect(!firing.isSilenced && firing.cloudEvent.type == "vigie.alert.firing")
    }

    /// Sources' language tags: ISO codes, BCP 47 tags and locales in any case name their primary language; codes that
    /// name none (Twitter's `und`, `zxx`, `qme`…) leave the text to be identified; anything else is refused.
    @Test func languageTagsNameTheirPrimaryLanguage() {
        for (tag, code) in [("fr", "fr"), ("FR", "fr"), ("fr-FR", "fr"), ("pt_BR", "pt"), ("zh-Hant-TW", "zh"), (" en ", "en"), ("gsw", "gsw")] {
            #expect(LanguageTag(tag) == .language(code), "\(tag)")
        }
        for tag in ["und", "UND", "zxx", "mul", "mis", "qme", "qht", "qaa", "qtz", "und-FR"] { #expect(LanguageTag(tag) == .none, "\(tag)") }
        for tag in ["", "f", "français", "fren", "fr FR", "12", "fr-FR-" + String(repeating: "x", count: 40), "-fr"] {
            #expect(LanguageTag(tag) == .invalid, "\(tag)")
        }
        #expect(LanguageTag("qub").code == "qub")  // Quechua's codes start with q too, outside the private-use range
    }

    @Test func hmacSHA256MatchesRFC4231() {
        // RFC 4231 test case 2.
        #expect(HMACSHA256.hex(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
            == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // Test case 6: a key longer than the block.
        #expect(HMACSHA256.hex(key: [UInt8](repeating: 0xaa, count: 131), message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
            == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
        #expect(HMACSHA256.verify(signatureHex: "5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843", key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
        #expect(!HMACSHA256.verify(signatureHex: "00", key: Array("Jefe".utf8), message: Array("x".utf8)))
    }

    @Test func projectGoldenFixture() throws {
        let project = try roundTrip(Project.self, "project.v1.json")
        #expect(project.topics.map(\.kind) == [.brand, .competitor])
        #expect(project.sentimentOverrides["retard"] == -0.6)
    }

    @Test func deadLetterGoldenFixture() throws {
        _ = try roundTrip(DeadLetter.self, "dead-letter.v1.json")
    }

    @Test func decodingErrorsNameTheField() throws {
        let data = try Data(contentsOf: fixtures.appendingPathComponent("invalid/mention.v1.followers-not-a-number.json"))
        let error = #expect(throws: EventDecodingError.self) { try EventCodec.decode(Mention.self, from: data) }
        #expect(error?.path == "author.followers")
        #expect(error?.reason == "expected a number")
        let missing = #expect(throws: EventDecodingError.self) { try EventCodec.decode(Mention.self, from: Data("{\"id\":\"x\"}".utf8)) }
        #expect(missing?.reason == "is required")
        let notJSON = #expect(throws: EventDecodingError.self) { try EventCodec.decode(Mention.self, from: Data("{oops".utf8)) }
        #expect(notJSON?.path == "")
        let badDate = try Data(contentsOf: fixtures.appendingPathComponent("invalid/mention.v1.bad-date.json"))
        let dateError = #expect(throws: EventDecodingError.self) { try EventCodec.decode(Mention.self, from: badDate) }
        #expect(dateError?.path == "published_at")
    }

    @Test func datesAreUTCWithMilliseconds() throws {
        #expect(EventCodec.formatDate(Date(timeIntervalSince1970: 1_776_240_750.25)) == "2026-04-15T08:12:30.250Z")
        #expect(EventCodec.parseDate("2026-04-15T08:12:30Z") == Date(timeIntervalSince1970: 1_776_240_750))
        #expect(EventCodec.parseDate("2026-04-15T10:12:30.250+02:00") == Date(timeIntervalSince1970: 1_776_240_750.25))
        #expect(EventCodec.parseDate("15/04/2026") == nil)
    }
}

@Suite("Mention ids")
struct MentionIDTests {
    @Test func uuid5MatchesTheRFCConstruction() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(MentionID.uuid5(namespace: dns, name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test func sameSourceAndExternalIDGiveOneID() {
        let a = MentionID.derive(source: "twitter", externalID: "42")
        #expect(a == MentionID.derive(source: "Twitter", externalID: "42"))
        #expect(a != MentionID.derive(source: "twitter", externalID: "43"))
        #expect(a != MentionID.derive(source: "facebook", externalID: "42"))
        let mention = Mention(source: .twitter, externalID: "42", author: .init(id: "1", handle: "a"), text: "t", publishedAt: Date())
        #expect(mention.id == a)
    }
}

@Suite("Topic registry")
struct TopicRegistryTests {
    @Test func namesFollowTheConvention() {
        #expect(Topics.all.allSatisfy { Topics.isValidName($0.name) })
        #expect(Set(Topics.all.map(\.name)).count == Topics.all.count)
        #expect(Topics.isValidName("vigie.mentions.v1"))
        #expect(!Topics.isValidName("vigie.Mentions.v1"))
        #expect(!Topics.isValidName("mentions"))
        #expect(!Topics.isValidName("vigie..v1"))
    }

    @Test func everyTopicHasOneWriterAndASchema() throws {
        #expect(Topics.mentions.descriptor.writer == .ingest)
        #expect(Topics.scoredMentions.descriptor.writer == .scoring)
        #expect(Topics.alerts.descriptor.writer == .alerting)
        #expect(Topics.projects.descriptor.compacted)
        #expect(Topics.deadLetters(for: .scoring).name == "vigie.dlq.scoring.v1")
        let root = try TestEnvironment.repositoryRoot()
        for descriptor in Topics.all {
            let path = root.appendingPathComponent("deploy/schemas/\(descriptor.schemaFile)").path
            #expect(FileManager.default.fileExists(atPath: path), "\(path)")
        }
    }
}

@Suite("JSON Schemas", .timeLimit(.minutes(1)))
struct SchemaTests {
    struct Verdict: Decodable {
        let file: String
        let valid: Bool
        let errors: [String]
    }

    func validate(_ schema: String, _ files: [URL]) async throws -> [Verdict] {
        let root = try TestEnvironment.repositoryRoot()
        let result = try await ProcessRunner.run(
            "/usr/bin/env", ["python3", root.appendingPathComponent("scripts/validate-json-schema.py").path, root.appendingPathComponent("deploy/schemas").path, schema] + files.map(\.path))
        #expect(result.status == 0 || result.status == 1, "\(result.standardError)")
        return try result.standardOutput.split(separator: "\n").map { try JSONDecoder().decode(Verdict.self, from: Data($0.utf8)) }
    }

    static let schemas = ["mention.v1", "scored-mention.v1", "alert.v1", "alert-event.v1", "project.v1", "dead-letter.v1"]

    @Test(arguments: schemas)
    func schemaAcceptsTheGoldenFixture(_ schema: String) async throws {
        // Other valid forms of a schema's documents sit beside its fixture: `alert-event.v1.acknowledged.json`.
        let others = try FileManager.default.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix(schema + ".") && $0.lastPathComponent != "\(schema).json" }
        let verdicts = try await validate(schema, [fixtures.appendingPathComponent("\(schema).json")] + others)
        #expect(verdicts.count == 1 + others.count)
        let errors = verdicts.flatMap(\.errors)
        #expect(verdicts.allSatisfy { $0.valid }, "\(errors)")
    }

    @Test(arguments: schemas)
    func schemaRejectsBrokenFixtures(_ schema: String) async throws {
        let invalid = try FileManager.default.contentsOfDirectory(at: fixtures.appendingPathComponent("invalid"), includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix(schema + ".") }
        #expect(!invalid.isEmpty)
        let verdicts = try await validate(schema, invalid)
        #expect(verdicts.count == invalid.count)
        for verdict in verdicts {
            #expect(!verdict.valid, "\(verdict.file) should be rejected")
        }
    }

    @Test func whatTheCodecWritesMatchesTheSchemas() async throws {
        let mention = Mention(
            source: .news, externalID: "article-1", url: "https://example.org/a", author: .init(id: "lemonde", handle: "lemonde", followers: 2_000_000, verified: true),
            text: "Éruption : les vols annulés", language: "fr", publishedAt: Date(timeIntervalSince1970: 1_776_240_000.5),
            engagement: .init(likes: 1, shares: 2, replies: 3), country: "FR")
        let scored = ScoredMention(
            projectID: "air-vigie", topicID: "brand", topicName: "Air Vigie", isCompetitor: false, mention: mention, language: "fr",
            sentiment: .init(score: -0.5, label: .negative, drivers: ["annulés"]), intents: [.init(name: "crisis_signal", confidence: 0.7)],
            influence: 88, matchedTerms: ["vols"], scoredAt: Date(), scorerVersion: "test")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(TestEnvironment.uniqueName("contracts"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let mentionFile = directory.appendingPathComponent("mention.json")
        let scoredFile = directory.appendingPathComponent("scored.json")
        try EventCodec.encode(mention).write(to: mentionFile)
        try EventCodec.encode(scored).write(to: scoredFile)
        #expect(try await validate("mention.v1", [mentionFile]).allSatisfy { $0.valid })
        #expect(try await validate("scored-mention.v1", [scoredFile]).allSatisfy { $0.valid })
    }
}

@Suite("Dates on the wire")
struct DateCodingTests {
    @Test(arguments: [0.0, 1.0, -1.5, 951_782_400.999, 1_776_240_750.25, 4_102_444_799.001, 1_709_164_800.412])
    func formatThenParseIsTheMillisecond(_ seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let text = EventCodec.formatDate(date)
        let parsed = try #require(EventCodec.parseDate(text))
        #expect(abs(parsed.timeIntervalSince1970 - seconds) < 0.0005, "\(text)")
        #expect(EventCodec.formatDate(parsed) == text)
    }

    @Test func knownDates() {
        #expect(EventCodec.formatDate(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(EventCodec.formatDate(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        #expect(EventCodec.parseDate("2000-02-29T00:00:00Z") == Date(timeIntervalSince1970: 951_782_400))
        #expect(EventCodec.parseDate("2026-13-01T00:00:00Z") == nil)
        #expect(EventCodec.parseDate("2026-01-01T00:00:00") == nil)
        #expect(EventCodec.parseDate("2026-01-01T00:00:00.Z") == nil)
    }
}
