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
                Writes one line per input line: {"id", "sentiment", "label", "lang", "supported", "drivers", "intents", "spam", "influence"};
                a bad line gives {"line": N, "error": "..."} and the others are still scored.
                """)

        func run() async throws {
            let scorer = MentionScorer()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var output = Data()
            var lineNumber = 0
            while let line = readLine(strippingNewline: true) {
                lineNumber += 1
                if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                output.append(Self.score(line: line, number: lineNumber, scorer: scorer, encoder: encoder))
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
            var influence: Double
        }

        static func score(line: String, number: Int, scorer: MentionScorer, encoder: JSONEncoder) -> Data {
            func error(_ reason: String) -> Data {
                (try? encoder.encode(["line": "\(number)", "error": reason])) ?? Data()
            }
            let data = Data(line.utf8)
            let mention: Mention
            if let full = try? EventCodec.decode(Mention.self, from: data) {
                mention = full
            } else {
                guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return error("not a JSON object") }
                guard let text = object["text"] as? String else { return error("text: is required (a string)") }
                let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "\(number)"
                let language = (object["lang"] as? String) ?? (object["language"] as? String)
                mention = Mention(
                    id: id, source: .other, externalID: id, author: .init(id: "batch", handle: "batch"), text: text, language: language,
                    publishedAt: Date())
            }
            let enrichment = scorer.enrich(mention)
            let result = Line(
                id: mention.id, sentiment: enrichment.sentiment.score, label: enrichment.sentiment.label.rawValue, lang: enrichment.language,
                supported: enrichment.sentiment.supported, drivers: enrichment.sentiment.drivers, intents: enrichment.intents, spam: enrichment.spam.isSpam,
                influence: enrichment.influence)
            return (try? encoder.encode(result)) ?? error("could not encode the result")
        }
    }
}
