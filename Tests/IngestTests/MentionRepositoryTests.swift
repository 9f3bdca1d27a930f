import Foundation
import Testing
import VigieEvents
import VigiePostgres
import VigieTesting
@testable import Ingest

/// `ingest.mentions` on a real PostgreSQL (a fresh database per test).
@Suite("Ingested mentions")
struct MentionRepositoryTests {
    static func mention(_ id: String) -> Mention {
        Mention(source: "twitter", externalID: id, author: .init(id: "a", handle: "a"), text: "acme", publishedAt: Date())
    }

    @Test func retentionDeletesOnlyPublishedMentionsOlderThanItsHorizon() async throws {
        try await TestDatabase.withDatabase { client in
            let (logger, _) = InMemoryLogHandler.makeLogger()
            _ = try await DatabaseMigrations(client: client, schema: "ingest", migrations: ingestMigrations, logger: logger).apply()
            let repository = PostgresMentionRepository(client: client)
            let mentions = ["old-published", "old-pending", "new-published"].map(Self.mention)
            _ = try await repository.store(mentions, client: "test")
            try await repository.markPublished([mentions[0].id, mentions[2].id])
            let old = Date().addingTimeInterval(-40 * 86_400)
            try await client.query("UPDATE ingest.mentions SET received_at = \(old) WHERE id = ANY(\([mentions[0].id, mentions[1].id])::text[])")

            #expect(try await repository.prune(receivedBefore: Date().addingTimeInterval(-35 * 86_400)) == 1)
            // The old unpublished one is still there, for the relay: retention loses nothing.
            #expect(try await repository.unpublished(before: Date(), limit: 10).map(\.id) == [mentions[1].id])
            let known = try await repository.store(mentions, client: "test")
            #expect(known[mentions[0].id]?.known == false, "posted again after retention: new to ingest (consumers dedupe by id)")
            #expect(known[mentions[2].id]?.known == true && known[mentions[2].id]?.published == true)
            #expect(try await repository.prune(receivedBefore: Date().addingTimeInterval(-35 * 86_400)) == 0)
        }
    }
}
