import Foundation
import VigieEvents
import VigiePostgres

/// Where scoring keeps its results.
protocol ScoreRepository: Sendable {
    func save(_ results: [(mention: Mention, enrichment: MentionScorer.Enrichment, scored: [ScoredMention])], scoredAt: Date) async throws
}

struct PostgresScoreRepository: ScoreRepository {
    let client: PostgresClient

    func save(_ results: [(mention: Mention, enrichment: MentionScorer.Enrichment, scored: [ScoredMention])], scoredAt: Date) async throws {
        guard !results.isEmpty else { return }
        try await client.withTransaction { connection in
            for chunk in stride(from: 0, to: results.count, by: 500) {
                let slice = results[chunk..<min(chunk + 500, results.count)]
                var sql = "INSERT INTO scoring.mention_scores (mention_id, language, sentiment, label, drivers, influence, matches, scorer_version, scored_at) VALUES "
                var binds: [String?] = []
                for (index, result) in slice.enumerated() {
                    let base = index * 9
                    sql += (index == 0 ? "" : ",") + "(" + (1...9).map { "$\(base + $0)" }.joined(separator: ",") + ")"
                    let sentiment = result.enrichment.sentiment
                    binds += [
                        result.mention.id, result.enrichment.language, sentiment.score.postgresText, sentiment.label.rawValue,
                        sentiment.drivers.postgresText, result.enrichment.influence.postgresText, result.scored.count.postgresText,
                        MentionScorer.version, scoredAt.postgresText,
                    ]
                }
                sql += " ON CONFLICT (mention_id) DO NOTHING"
                try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds))
            }
            let matches = results.flatMap(\.scored)
            for chunk in stride(from: 0, to: matches.count, by: 500) {
                let slice = matches[chunk..<min(chunk + 500, matches.count)]
                var sql = "INSERT INTO scoring.matches (mention_id, project_id, topic_id, sentiment, label, matched_terms, scored_at) VALUES "
                var binds: [String?] = []
                for (index, match) in slice.enumerated() {
                    let base = index * 7
                    sql += (index == 0 ? "" : ",") + "(" + (1...7).map { "$\(base + $0)" }.joined(separator: ",") + ")"
                    binds += [
                        match.mention.id, match.projectID, match.topicID, match.sentiment.score.postgresText, match.sentiment.label.rawValue,
                        match.matchedTerms.postgresText, scoredAt.postgresText,
                    ]
                }
                sql += " ON CONFLICT DO NOTHING"
                try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds))
            }
        }
    }
}
