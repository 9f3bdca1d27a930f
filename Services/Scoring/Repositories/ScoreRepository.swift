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
            try await connection.insert(
                into: "scoring.mention_scores",
                columns: ["mention_id", "language", "sentiment", "label", "drivers", "influence", "matches", "scorer_version", "scored_at"],
                rows: results.map { result in
                    let sentiment = result.enrichment.sentiment
                    return [
                        result.mention.id, result.enrichment.language, sentiment.score.postgresText, sentiment.label.rawValue,
                        sentiment.drivers.postgresText, result.enrichment.influence.postgresText, result.scored.count.postgresText,
                        MentionScorer.version, scoredAt.postgresText,
                    ]
                },
                suffix: "ON CONFLICT (mention_id) DO NOTHING")
            try await connection.insert(
                into: "scoring.matches", columns: ["mention_id", "project_id", "topic_id", "sentiment", "label", "matched_terms", "scored_at"],
                rows: results.flatMap(\.scored).map { match in
                    [
                        match.mention.id, match.projectID, match.topicID, match.sentiment.score.postgresText, match.sentiment.label.rawValue,
                        match.matchedTerms.postgresText, scoredAt.postgresText,
                    ]
                },
                suffix: "ON CONFLICT DO NOTHING")
        }
    }
}
