import Foundation
import Testing
import VigieEvents
import VigiePostgres
import VigieScoring
import VigieTesting
@testable import Scoring

/// Spam that spans mentions, judged from `scoring.activity` on a real PostgreSQL (a fresh database per test).
@Suite("Spam across mentions")
struct ActivityRepositoryTests {
    static let start = EventCodec.parseDate("2026-03-02T10:00:00Z")!
    static let words = ["bagages", "retard", "accueil", "repas", "siège", "hublot", "escale", "billet"]

    static func mention(_ id: String, author: String, text: String, at seconds: Double) -> Mention {
        Mention(
            source: "twitter", externalID: id, author: .init(id: author, handle: author), text: text,
            publishedAt: start.addingTimeInterval(seconds))
    }

    func withRepository(_ body: (ActivityRepository, PostgresClient) async throws -> Void) async throws {
        try await TestDatabase.withDatabase { client in
            let (logger, _) = InMemoryLogHandler.makeLogger()
            _ = try await DatabaseMigrations(client: client, schema: "scoring", migrations: scoringMigrations, logger: logger).apply()
            try await body(ActivityRepository(), client)
        }
    }

    func record(_ mentions: [Mention], _ repository: ActivityRepository, _ client: PostgresClient) async throws -> [String: [String]] {
        try await client.withTransaction { connection in
            try await repository.record(
                mentions.map { ActivityRepository.entry(for: $0) }, connection: connection)
        }
    }

    @Test func theSameTextFromManyAccountsIsACampaign() async throws {
        try await withRepository { repository, client in
            let text = "Acme est la meilleure compagnie du monde, foncez https://t.co/x"
            let first = (0..<4).map { Self.mention("c\($0)", author: "bot\($0)", text: text, at: Double($0) * 60) }
            let verdict1 = try await record(first, repository, client)
            #expect(verdict1.isEmpty, "four accounts may agree")
            let fifth = Self.mention("c4", author: "bot4", text: text.uppercased() + " https://t.co/other", at: 300)
            let verdict2 = try await record([fifth], repository, client)
            #expect(verdict2[fifth.id] == ["duplicate_text"], "case and links do not hide a copy")
            let later = Self.mention("c5", author: "bot5", text: text, at: 2 * 3600)
            let verdict3 = try await record([later], repository, client)
            #expect(verdict3[later.id] == nil, "an hour later the window is empty again")
            let verdict4 = try await record([fifth], repository, client)
            #expect(verdict4[fifth.id] == ["duplicate_text"], "the same batch again: the same verdict")
        }
    }

    @Test func anAccountRepeatingOrFloodingIsFlagged() async throws {
        try await withRepository { repository, client in
            let text = "Rejoignez mon super groupe de bons plans voyages"
            let posts = (0..<3).map { Self.mention("r\($0)", author: "promo", text: text, at: Double($0) * 1000 + Double($0 * $0) * 37) }
            let verdicts = try await record(posts, repository, client)
            #expect(verdicts[posts[2].id] == ["repeated_text"])
            #expect(verdicts[posts[0].id] == nil && verdicts[posts[1].id] == nil)
            let flood = (0..<31).map {
                Self.mention("f\($0)", author: "flooder", text: "\(Self.words[$0 % 8]) \(Self.words[$0 / 8]) encore", at: Double($0) * 100 + Double(($0 * 37) % 50))
            }
            let flooded = try await record(flood, repository, client)
            #expect(flooded[flood[30].id]?.contains("flooding") == true)
            #expect(flooded[flood[29].id] == nil)
            let verdict5 = try await record([Self.mention("short", author: "x", text: "merci", at: 0)], repository, client)
            #expect(verdict5.isEmpty)
        }
    }

    @Test func aBotLikeCadenceIsFlagged() async throws {
        try await withRepository { repository, client in
            let clockwork = (0..<8).map { Self.mention("k\($0)", author: "clock", text: "\(Self.words[$0]) du jour sur Acme", at: Double($0) * 600) }
            let verdict6 = try await record(clockwork, repository, client)
            #expect(verdict6[clockwork[7].id] == ["regular_cadence"])
            let human = [0.0, 420, 1900, 2000, 5200, 5300, 7000, 9900].enumerated().map {
                Self.mention("h\($0.offset)", author: "human", text: "\(Self.words[$0.offset]) sur Acme et son service", at: $0.element)
            }
            let verdict7 = try await record(human, repository, client)
            #expect(verdict7[human[7].id] == nil)
        }
    }

    /// Every scenario above, through the batch's in-process record and through the database: the same verdicts.
    @Test func theBatchRecordJudgesAsTheDatabaseDoes() async throws {
        let text = "Acme est la meilleure compagnie du monde, foncez https://t.co/x"
        var mentions = (0..<6).map { Self.mention("c\($0)", author: "bot\($0)", text: $0 == 4 ? text.uppercased() : text, at: Double($0) * 60) }
        mentions.append(Self.mention("c9", author: "bot9", text: text, at: 2 * 3600))
        mentions += (0..<3).map { Self.mention("r\($0)", author: "promo", text: "Rejoignez mon super groupe de bons plans voyages", at: Double($0) * 1000) }
        mentions += (0..<31).map {
            Self.mention("f\($0)", author: "flooder", text: "\(Self.words[$0 % 8]) \(Self.words[$0 / 8]) encore", at: Double($0) * 100 + Double(($0 * 37) % 50))
        }
        mentions += (0..<8).map { Self.mention("k\($0)", author: "clock", text: "\(Self.words[$0]) du jour sur Acme", at: Double($0) * 600) }
        mentions += [0.0, 420, 1900, 2000, 5200, 5300, 7000, 9900].enumerated().map {
            Self.mention("h\($0.offset)", author: "human", text: "\(Self.words[$0.offset]) sur Acme et son service", at: $0.element)
        }
        var reply = Self.mention("reply", author: "bot8", text: text, at: 300)
        reply.parentID = "c0"
        mentions.append(reply)
        mentions.append(mentions[4])  // the same line twice

        var history = SpamHistory()
        var inProcess: [String: [String]] = [:]
        for mention in mentions {
            let entry = ActivityRepository.entry(for: mention)
            let reasons = history.record(id: entry.mentionID, author: entry.authorKey, textKey: entry.text, at: mention.publishedAt.timeIntervalSince1970)
            if !reasons.isEmpty { inProcess[mention.id] = reasons }
        }
        let id = Dictionary(mentions.map { ($0.externalID, $0.id) }) { first, _ in first }
        func verdict(_ externalID: String) -> [String]? { inProcess[id[externalID]!] }
        #expect(verdict("c4") == ["duplicate_text"] && verdict("c3") == nil && verdict("c9") == nil && verdict("reply") == nil)
        #expect(verdict("r2") == ["repeated_text"] && verdict("r1") == nil && verdict("f30")?.contains("flooding") == true && verdict("f29") == nil)
        #expect(verdict("k7") == ["regular_cadence"] && verdict("h7") == nil)
        try await withRepository { repository, client in
            var inDatabase: [String: [String]] = [:]
            for mention in mentions { inDatabase.merge(try await record([mention], repository, client)) { _, new in new } }
            #expect(inDatabase == inProcess)
        }
    }

    @Test func retentionDeletesOnlyWhatIsOlderThanItsHorizon() async throws {
        try await withRepository { repository, client in
            // Activity 10 days, 3 days and an hour old; scores 40 and 2 days old.
            let now = Self.start.addingTimeInterval(20 * 86_400)
            let ages = [10.0, 3, 1.0 / 24]
            _ = try await record(
                ages.enumerated().map { Self.mention("a\($0.offset)", author: "u", text: "bonjour", at: 20 * 86_400 - $0.element * 86_400) },
                repository, client)
            for (id, days) in [("old", 40.0), ("recent", 2.0)] {
                let scoredAt = now.addingTimeInterval(-days * 86_400)
                try await client.query(
                    """
                    INSERT INTO scoring.mention_scores (mention_id, language, sentiment, label, drivers, influence, matches, scorer_version, scored_at)
                    VALUES (\(id), 'fr', 0, 'neutral', '{}', 1, 1, 'test', \(scoredAt));
                    """)
                try await client.query(
                    """
                    INSERT INTO scoring.matches (mention_id, project_id, topic_id, sentiment, label, matched_terms, scored_at)
                    VALUES (\(id), 'p', 't', 0, 'neutral', '{}', \(scoredAt))
                    """)
            }
            let retention = ScoringRetention()  // 7 days of activity, 35 of scores
            #expect(try await retention.prune(now: now, client: client) == .init(activity: 1, mentionScores: 1, matches: 1))
            #expect(try await client.query("SELECT count(*)::int FROM scoring.activity").decode(column: Int.self) == [2])
            #expect(try await client.query("SELECT mention_id FROM scoring.mention_scores").decode(column: String.self) == ["recent"])
            #expect(try await client.query("SELECT mention_id FROM scoring.matches").decode(column: String.self) == ["recent"])
            #expect(try await retention.prune(now: now, client: client) == .init(), "nothing more to delete")
        }
    }
}
