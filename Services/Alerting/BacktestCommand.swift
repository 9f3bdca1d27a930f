import ArgumentParser
import Configuration
import Foundation
import VigieEvents
import VigiePostgres
import VigieRuntime

/// `vigie-alerting backtest FILE.csv`: the timestamps at which the volume detector would have alerted on a series.
/// `vigie-alerting backtest --project ID`: the alerts each preset would have raised on a project's stored history.
struct Backtest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the times at which the spike detector alerts on a timestamp,value series (one default configuration, causal), "
            + "or, with --project, the alerts each sensitivity preset would have raised on the project's stored history.")

    @Argument(help: "CSV with a header line and timestamp,value rows, one per bucket; '-' reads standard input.") var file: String?
    @Option(help: "Replay this project's history from alerting's database (VIGIE_POSTGRES_URL) instead of a CSV file.") var project: String?
    @Option(help: "First bucket replayed (ISO-8601; default: the first stored).") var from: String?
    @Option(help: "Last bucket replayed (ISO-8601; default: the last stored).") var to: String?
    @Option(help: "The project's min_authors.") var minAuthors = 10
    @Option(help: "The project's bucket_minutes.") var bucketMinutes = 5
    @Option(help: "The project's influencer_followers.") var influencerFollowers = 100_000

    func validate() throws {
        guard (file == nil) != (project == nil) else { throw ValidationError("give either a CSV file or --project") }
        if let from, EventCodec.parseDate(from) == nil { throw ValidationError("--from: '\(from)' is not an ISO-8601 date") }
        if let to, EventCodec.parseDate(to) == nil { throw ValidationError("--to: '\(to)' is not an ISO-8601 date") }
        guard minAuthors >= 1, (1...1440).contains(bucketMinutes), influencerFollowers >= 1 else {
            throw ValidationError("--min-authors, --bucket-minutes (1…1440) and --influencer-followers must be positive")
        }
    }

    func run() async throws {
        if let project {
            try await replayHistory(of: project)
            return
        }
        guard let file else { return }
        let text = try CommandInput.text(file)
        let rows: [SeriesCSV.Row]
        do {
            rows = try SeriesCSV.parse(text)
        } catch {
            throw ValidationError("\(file): \(error)")
        }
        var output = ""
        var backtest = SeriesBacktest()
        try Self.applyOverrides(ProcessInfo.processInfo.environment, to: &backtest.detector)
        for index in backtest.alerts(rows) { output += rows[index].timestamp + "\n" }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// `VIGIE_BACKTEST_SHAPE`, `_REFERENCE`, `_NEIGHBOURS`, `_CALIBRATION`, `_COOLDOWN`, `_EXCLUDED`, `_WINDOW` (positive
    /// integers), `_RATIO`, `_GROWTH`, `_K`, `_SUSTAINED_K`, `_SUSTAINED_RATIO`, `_FIRE_AT_ONCE` and `_CONFIRM` (positive numbers) change the detector for
    /// experiments; a value that is not one is refused by name.
    static func applyOverrides(_ environment: [String: String], to detector: inout VolumeSpikeDetector) throws {
        let integers: [(String, WritableKeyPath<VolumeSpikeDetector, Int>)] = [
            ("SHAPE", \.novelty.shape), ("REFERENCE", \.novelty.reference), ("NEIGHBOURS", \.novelty.neighbours),
            ("CALIBRATION", \.novelty.calibration), ("COOLDOWN", \.novelty.cooldown), ("EXCLUDED", \.novelty.excluded), ("WINDOW", \.windowBuckets),
        ]
        for (name, keyPath) in integers {
            guard let text = environment["VIGIE_BACKTEST_\(name)"] else { continue }
            guard let value = Int(text), value > 0 else { throw ValidationError("VIGIE_BACKTEST_\(name): '\(text)' is not a positive integer") }
            detector[keyPath: keyPath] = value
        }
        let numbers: [(String, WritableKeyPath<VolumeSpikeDetector, Double>)] = [
            ("RATIO", \.novelty.ratio), ("GROWTH", \.novelty.growth), ("K", \.k), ("SUSTAINED_K", \.sustainedK), ("FIRE_AT_ONCE", \.fireAtOnce), ("CONFIRM", \.confirmRatio),
            ("SUSTAINED_RATIO", \.sustainedRatio),
        ]
        for (name, keyPath) in numbers {
            guard let text = environment["VIGIE_BACKTEST_\(name)"] else { continue }
            guard let value = Double(text), value.isFinite, value > 0 else { throw ValidationError("VIGIE_BACKTEST_\(name): '\(text)' is not a positive number") }
            detector[keyPath: keyPath] = value
        }
    }

    func replayHistory(of project: String) async throws {
        let config = try await VigieConfiguration.makeReader()
        VigieLogging.bootstrap(config: config)
        let logger = VigieLogging.logger("backtest", config: config)
        let client = PostgresClient(configuration: try PostgresConfiguration(config: config.scoped(to: "postgres")), logger: logger)
        defer { client.shutdown() }
        let repository = AlertRepository()
        let backtest = HistoryBacktest(
            repository: repository, engine: AlertEngine(repository: repository, dashboardURL: nil), bucketMinutes: bucketMinutes,
            minAuthors: minAuthors, influencerFollowers: influencerFollowers)
        let episodes = try await backtest.run(
            project: project, from: from.flatMap(EventCodec.parseDate), to: to.flatMap(EventCodec.parseDate), client: client)
        print(Self.report(episodes, project: project))
    }

    /// One line per alert, then the count per preset and kind.
    static func report(_ episodes: [HistoryBacktest.Episode], project: String) -> String {
        var lines = ["preset\tkind\ttopic\tstarted_at\tresolved_at\tobserved\tthreshold\tfingerprint"]
        for episode in episodes {
            lines.append(
                [
                    episode.sensitivity.rawValue, episode.kind.rawValue, episode.topic, EventCodec.formatDate(episode.startedAt),
                    episode.resolvedAt.map(EventCodec.formatDate) ?? "-", AlertEngine.format(episode.observed), AlertEngine.format(episode.threshold),
                    episode.fingerprint,
                ].joined(separator: "\t"))
        }
        lines.append("")
        for sensitivity in [Project.AlertSettings.Sensitivity.low, .balanced, .high] {
            let mine = episodes.filter { $0.sensitivity == sensitivity }
            let kinds = Dictionary(grouping: mine, by: \.kind).map { "\($0.key.rawValue) \($0.value.count)" }.sorted()
            lines.append("\(project) \(sensitivity.rawValue): \(mine.count) alerts" + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))"))
        }
        return lines.joined(separator: "\n")
    }
}
