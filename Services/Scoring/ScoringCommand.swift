import ArgumentParser
import Configuration
import Foundation
import ServiceLifecycle
import VigieEvents
import VigieRuntime
import VigieScoring

/// `vigie-scoring`: enrichment and topic matching of every mention.
@main
struct ScoringCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigie-scoring", abstract: "Vigie's scoring service, and batch scoring of JSONL.",
        subcommands: [Serve.self, Score.self, Bench.self], defaultSubcommand: Serve.self)

    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Consume vigie.mentions.v1 and publish vigie.scored-mentions.v1.")
        @Option(help: "HTTP port (VIGIE_HTTP_PORT; default 8081).") var port: Int?

        func run() async throws {
            var overrides: [String: ConfigValue] = [:]
            if let port { overrides["http.port"] = .init(.int(port), isSecret: false) }
            try await buildScoring(config: try await VigieConfiguration.makeReader(overrides: overrides)).run()
        }
    }

    /// Batch mode: JSONL in, JSONL out, for offline re-scoring and evaluation.
    struct Score: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score JSONL from standard input: {\"id\", \"text\", \"lang\"?} or a whole Mention per line.",
            discussion: """
                Writes one line per input line: {"id", "sentiment", "label", "lang", "supported", "drivers", "intents", "spam",
                "spam_reasons", "influence"}; a bad line gives {"line": N, "error": "..."} and the others are still scored.
                Whole Mentions are also judged against the ones before them in the input (the same text from many accounts,
                one account repeating itself or flooding, a bot-like cadence), as the live service judges them against
                its history; {"id", "text"} lines have no author or time and get the signals of their own text only.
                """)

        func run() async throws {
            let scorer = MentionScorer()
            var history = SpamHistory()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var output = Data()
            var lineNumber = 0
            while let line = readLine(strippingNewline: true) {
                lineNumber += 1
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                output.append(Self.score(line: line, number: lineNumber, scorer: scorer, history: &history, encoder: encoder))
                output.append(10)
                if output.count > 1 << 16 {
                    FileHandle.standardOutput.write(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            FileHandle.standardOutput.write(output)
        }

        struct Line: Encodable {
            var id: String
            var sentiment: Double
            var label: String
            var lang: String
            var supported: Bool
            var drivers: [String]
            var intents: [ScoredMention.Intent]
            var spam: Bool
            var spamReasons: [String]
            var influence: Double

            enum CodingKeys: String, CodingKey {
                case id, sentiment, label, lang, supported, drivers, intents, spam, influence
                case spamReasons = "spam_reasons"
            }
        }

        static func score(line: String, number: Int, scorer: MentionScorer, history: inout SpamHistory, encoder: JSONEncoder) -> Data {
            func failure(_ reason: String) -> Data {
                (try? encoder.encode(["line": "\(number)", "error": reason])) ?? Data()
            }
            let data = Data(line.utf8)
            let mention: Mention
            var acrossMentions: [String] = []
            guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return failure("not a JSON object") }
            if object["author"] != nil {
                // Meant as a whole Mention: one that does not decode is refused with its field, not scored as bare text.
                let full: Mention
                do {
                    full = try EventCodec.decode(Mention.self, from: data)
                } catch {
                    return failure("\(error)")
                }
                mention = full
                // The live service's key for who posted what (a reply or repost has no text key), kept in the process.
                let entry = ActivityRepository.entry(for: full)
                acrossMentions = history.record(id: entry.mentionID, author: entry.authorKey, textKey: entry.text, at: full.publishedAt.timeIntervalSince1970)
            } else {
                guard let text = object["text"] as? String else { return failure("text: is required (a string)") }
                let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "\(number)"
                let language = (object["lang"] as? String) ?? (object["language"] as? String)
                mention = Mention(
                    id: id, source: .other, externalID: id, author: .init(id: "batch", handle: "batch"), text: text, language: language,
                    publishedAt: Date())
            }
            let enrichment = scorer.enrich(mention)
            let spamReasons = enrichment.spam.reasons + acrossMentions
            let result = Line(
                id: mention.id, sentiment: enrichment.sentiment.score, label: enrichment.sentiment.label.rawValue, lang: enrichment.language,
                supported: enrichment.sentiment.supported, drivers: enrichment.sentiment.drivers, intents: enrichment.intents, spam: !spamReasons.isEmpty,
                spamReasons: spamReasons, influence: enrichment.influence)
            return (try? encoder.encode(result)) ?? failure("could not encode the result")
        }
    }
}
