import ArgumentParser
import Configuration
import Foundation
import VigieRuntime

/// `vigie-ingest replay FILE`: sends a file of mentions (NDJSON, or CSV with a header) to the push API, at a given
/// rate, with a progress bar — for backfills and demos. Rejected lines are listed with their file line and reason.
struct Replay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send a NDJSON or CSV file of mentions to POST /v1/mentions.",
        discussion: """
            CSV columns (header line; any order, unknown ones ignored): source, external_id, text, published_at, url, language,
            country, author_id, author_handle, author_name, author_followers, author_verified, likes, shares, replies, views,
            parent_id, thread_id.
            """)

    @Argument(help: "The file (.ndjson/.jsonl or .csv); '-' reads NDJSON from standard input.") var file: String
    @Option(help: "ndjson or csv (default: from the file extension).") var format: String?
    @Option(help: "Ingest URL (VIGIE_INGEST_URL; default http://127.0.0.1:8080).") var url: String?
    @Option(help: "API key (VIGIE_INGEST_API_KEY).") var apiKey: String?
    @Option(help: "Mentions per second, 0 for as fast as possible.") var rate: Double = 0
    @Option(help: "Mentions per request.") var batch: Int = 500
    @Flag(help: "No progress bar.") var quiet = false

    func run() async throws {
        let config = try await VigieConfiguration.makeReader()
        guard let key = apiKey ?? config.string(forKey: "ingest.apiKey", isSecret: true) else {
            throw ValidationError("an API key is needed: --api-key or VIGIE_INGEST_API_KEY")
        }
        let target = url ?? config.string(forKey: "ingest.url", default: "http://127.0.0.1:8080")
        let items = try loadItems()
        guard batch > 0, rate >= 0 else { throw ValidationError("--batch must be positive and --rate not negative") }

        let client = IngestClient(url: target, apiKey: key)
        defer { Task { await client.shutdown() } }
        let progress = ProgressBar(total: items.count, enabled: !quiet)
        let start = ContinuousClock.now
        var sent = 0
        var totals = IngestClient.Summary()
        let batchSize = rate > 0 ? max(1, min(batch, Int(rate / 5))) : batch
        while sent < items.count {
            let chunk = Array(items[sent..<min(sent + batchSize, items.count)])
            let summary = try await client.post(lines: chunk.map(\.json))
            totals.accepted += summary.accepted
            totals.rejected += summary.rejected
            totals.duplicates += summary.duplicates
            for rejection in summary.rejections {
                // "item N: ..." → the file line of item N of this chunk.
                if let number = Int(rejection.dropFirst(5).prefix { $0.isNumber }), number >= 1, number <= chunk.count {
                    totals.rejections.append("line \(chunk[number - 1].line):" + rejection.drop { $0 != ":" }.dropFirst())
                } else {
                    totals.rejections.append(rejection)
                }
            }
            sent += chunk.count
            progress.update(done: sent, accepted: totals.accepted, rejected: totals.rejected)
            if rate > 0 {
                let due = Duration.seconds(Double(sent) / rate)
                let elapsed = ContinuousClock.now - start
                if due > elapsed { try await Task.sleep(for: due - elapsed) }
            }
        }
        progress.finish()
        let seconds = Double((ContinuousClock.now - start).components.seconds) + Double((ContinuousClock.now - start).components.attoseconds) / 1e18
        print("replayed \(items.count) mentions in \(String(format: "%.1f", seconds)) s: \(totals.accepted) accepted (\(totals.duplicates) already known), \(totals.rejected) rejected")
        for rejection in totals.rejections.prefix(50) { print("  rejected \(rejection)") }
        if totals.rejections.count > 50 { print("  … and \(totals.rejections.count - 50) more") }
        if totals.rejected > 0 { throw ExitCode(3) }
    }

    struct Item {
        let line: Int
        let json: String
    }

    func loadItems() throws -> [Item] {
        let text = try CommandInput.text(file)
        let kind = format ?? (file.lowercased().hasSuffix(".csv") ? "csv" : "ndjson")
        switch kind {
        case "ndjson", "jsonl":
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
                line.trimmingCharacters(in: .whitespaces).isEmpty ? nil : Item(line: index + 1, json: String(line))
            }
        case "csv":
            return try CSVMentions.items(text)
        default:
            throw ValidationError("--format must be ndjson or csv")
        }
    }
}

/// CSV rows → mention JSON objects (the server validates them).
enum CSVMentions {
    static func items(_ text: String) throws -> [Replay.Item] {
        let rows = try CSVReader.rows(text)
        guard let header = rows.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else { return [] }
        for required in ["source", "external_id", "text", "published_at"] where !header.contains(required) {
            throw ValidationError("the CSV header lacks the column \(required)")
        }
        return try rows.dropFirst().map { line, fields in
            var values: [String: String] = [:]
            for (index, name) in header.enumerated() where index < fields.count && !fields[index].isEmpty { values[name] = fields[index] }
            func number(_ text: String?) -> Any? { text.map { Int($0).map { $0 as Any } ?? $0 } }
            var object: [String: Any] = [:]
            for key in ["source", "external_id", "text", "published_at", "url", "language", "country", "parent_id", "thread_id"] {
                if let value = values[key] { object[key] = value }
            }
            var author: [String: Any] = [:]
            author["id"] = values["author_id"] ?? values["author_handle"]
            author["handle"] = values["author_handle"]
            author["name"] = values["author_name"]
            author["followers"] = number(values["author_followers"])
            if let verified = values["author_verified"]?.lowercased() { author["verified"] = ["true", "1", "yes"].contains(verified) }
            object["author"] = author
            var engagement: [String: Any] = [:]
            for key in ["likes", "shares", "replies", "views"] { engagement[key] = number(values[key]) }
            object["engagement"] = engagement
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            return Replay.Item(line: line, json: String(decoding: data, as: UTF8.self))
        }
    }
}

/// A one-line progress bar on standard error.
final class ProgressBar {
    let total: Int
    let enabled: Bool
    let start = ContinuousClock.now
    var lastDraw = ContinuousClock.now - .seconds(1)

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func update(done: Int, accepted: Int, rejected: Int) {
        guard enabled, ContinuousClock.now - lastDraw > .milliseconds(100) || done == total else { return }
        lastDraw = .now
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let elapsed = ContinuousClock.now - start
        let seconds = max(0.001, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(done)/\(total) \(total == 0 ? 100 : done * 100 / total)% \(Int(Double(done) / seconds))/s accepted \(accepted) rejected \(rejected)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
