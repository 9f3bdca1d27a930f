import ArgumentParser
import Foundation
import Logging
import NIOCore
import VigieEvents
import VigieKafka

/// `vigie-bench alerts`: alert latency under load (issue #5), against a running vigie-alerting.
///
/// 1. Publishes `projects` projects of `topics` topics (1-minute buckets) on `vigie.projects.v1`.
/// 2. Backfills `history` past buckets of scored mentions with the same author mix as the load (counted, not alerted),
///    and `deepHistory` buckets of the burst's topic alone (so that the shape-novelty check runs on its crossing).
/// 3. Streams scored mentions at `rate`/s for `seconds` s over every topic, with live timestamps.
/// 4. Half way, a burst of `burst` new authors on one topic; measures from the burst's acknowledgement to the alert
///    on `vigie.alerts.v1`. With `pendingBurst`, that many new authors first cross the bar 3 s before a bucket ends
///    (too few to fire at once) and `burst` comes 1 s into the next bucket: the alert is the confirmation of the crossing.
/// 5. Measures how long alerting takes to process everything once the load stops (did it keep up?).
struct AlertLatency: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "alerts", abstract: "Alert latency while scored mentions flow at a given rate.")
    @Option var bootstrap: String
    @Option var rate = 10_000
    @Option var seconds = 30
    @Option var projects = 20
    @Option var topics = 5
    @Option(help: "Distinct authors per topic in the steady load.") var authors = 100
    @Option var history = 10
    @Option(help: "Past buckets of the burst's topic alone (beyond `history`): with 210 or more, the volume detector's shape-novelty check runs on the crossing (it needs that much history), and its cost is in the latency.")
    var deepHistory = 0
    @Option(help: "New authors in the burst. The steady topics' bar is 250 (2.5 × 100 authors): 1 200 with the usual 100 is four times it and fires at once; a smaller crossing waits for the next bucket to confirm it.")
    var burst = 1_200
    @Option(help: "New authors crossing the bar without firing (under 4 × 250) 3 s before a bucket ends; `burst` then comes 1 s into the next bucket and confirms it (1.25 × the bar). 0: no pending crossing.")
    var pendingBurst = 0
    @Option(help: "vigie-alerting's /metrics, for its count of processed records.") var metricsURL: String
    @Option(help: "Words per text (drawn from a 200-word vocabulary): tokenising and storing terms costs per word.") var words = 2

    static let vocabulary: [String] = {
        let stems = ["vol", "retard", "bagage", "accueil", "prix", "billet", "siege", "repas", "equipage", "escale", "colis", "livraison",
            "facteur", "guichet", "appli", "service", "client", "reponse", "attente", "remboursement"]
        let suffixes = ["", "s", "ment", "age", "eur", "ette", "ier", "ion", "ique", "al"]
        return stems.flatMap { stem in suffixes.map { stem + $0 } }
    }()

    func text(_ seed: Int) -> String {
        (0..<words).map { Self.vocabulary[(seed &* 2_654_435_761 &+ $0 &* 40_503) % Self.vocabulary.count] }.joined(separator: " ")
    }

    func run() async throws {
        var logger = Logger(label: "vigie.bench")
        logger.logLevel = .warning
        var producerConfiguration = KafkaProducerConfiguration(bootstrapServers: [bootstrap])
        producerConfiguration.statisticsInterval = nil
        let producer = try KafkaProducer(configuration: producerConfiguration, logger: logger)
        let run = UUID().uuidString.prefix(6).lowercased()
        let projectIDs = (0..<projects).map { "bench-\(run)-\($0)" }
        let topicIDs = (0..<topics).map { "t\($0)" }

        // Alerts consumer first, from the end, so the alert is seen the moment it is published.
        var consumerConfiguration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: "bench-alerts-\(run)")
        consumerConfiguration.fetchWaitMax = .milliseconds(10)
        consumerConfiguration.statisticsInterval = nil
        consumerConfiguration.autoOffsetReset = .end
        let alerts = try KafkaConsumer(configuration: consumerConfiguration, logger: logger)
        try alerts.subscribe(topics: [Topics.alerts.name])
        alerts.startPolling()
        let target = (project: projectIDs[0], topic: topicIDs[0])
        let alertArrival = Task { () -> (ContinuousClock.Instant, Date, Alert)? in
            for try await message in alerts.messages {
                guard let value = message.value,
                    let event = try? EventCodec.decode(CloudEvent<Alert>.self, from: Data(value.readableBytesView)),
                    event.data.projectID == target.project, event.data.status == .firing, event.data.kind == .volumeSpike
                else { continue }
                return (.now, Date(), event.data)
            }
            return nil
        }

        let now = Date()
        let definitions = projectIDs.map { id in
            Project(
                id: id, name: id, topics: topicIDs.map { Project.WatchedTopic(id: $0, name: $0, query: $0) },
                alerts: .init(bucketMinutes: 1, minAuthors: 10), updatedAt: now)
        }
        _ = try await producer.send(
            batch: try definitions.map { KafkaProducerMessage(topic: Topics.projects.name, key: ByteBuffer(string: $0.id), value: ByteBuffer(bytes: try EventCodec.encode($0))) })
        try await Task.sleep(for: .seconds(3))  // alerting's projects follower reads them

        var sequence = 0
        func mentions(count: Int, at date: @escaping (Int) -> Date, author: (Int) -> String, project: (Int) -> String, topic: (Int) -> String) throws
            -> [KafkaProducerMessage]
        {
            try (0..<count).map { index in
                sequence += 1
                let mention = Mention(
                    source: "twitter", externalID: "\(run)-\(sequence)", author: .init(id: author(index), handle: author(index), followers: 100),
                    text: text(sequence), publishedAt: date(index))
                let scored = ScoredMention(
                    projectID: project(index), topicID: topic(index), topicName: topic(index), isCompetitor: false, mention: mention, language: "en",
                    sentiment: .init(score: 0, label: .neutral), matchedTerms: [topic(index)], scoredAt: Date(), scorerVersion: "bench")
                return KafkaProducerMessage(topic: Topics.scoredMentions.name, key: ByteBuffer(string: scored.projectID), value: ByteBuffer(bytes: try EventCodec.encode(scored)))
            }
        }
        let pairs = projectIDs.flatMap { project in topicIDs.map { (project, $0) } }

        // History: `authors` distinct authors per topic in each past minute.
        let minute = 60.0
        let thisMinute = (now.timeIntervalSince1970 / minute).rounded(.down) * minute
        let historyStart = ContinuousClock.now
        var historyCount = 0
        for back in 1...max(history, deepHistory) {
            let bucket = Date(timeIntervalSince1970: thisMinute - Double(back) * minute)
            let topics = back <= history ? pairs : [(target.project, target.topic)]
            let count = topics.count * authors
            historyCount += count
            _ = try await producer.send(
                batch: try mentions(
                    count: count, at: { _ in bucket.addingTimeInterval(1) }, author: { "a\($0 % authors)" }, project: { topics[$0 / authors].0 },
                    topic: { topics[$0 / authors].1 }))
        }
        // Steady state first: the load starts once alerting has counted the history.
        while try Self.processedRecords(metricsURL) < historyCount, ContinuousClock.now - historyStart < .seconds(300) {
            try await Task.sleep(for: .milliseconds(200))
        }
        print(String(format: "history: %d mentions sent and counted in %.1f s", historyCount, (ContinuousClock.now - historyStart).seconds))

        // Steady load, in 100 ms slices; the burst half way, or astride the end of a bucket after a pending crossing.
        let slice = max(1, rate / 10)
        let start = ContinuousClock.now
        var burstTick = seconds * 5
        var pendingTick: Int?
        if pendingBurst > 0 {
            let startSeconds = Date().timeIntervalSince1970
            var boundary = (startSeconds / minute).rounded(.up) * minute
            if boundary - startSeconds < 5 { boundary += minute }
            pendingTick = Int(((boundary - 3 - startSeconds) * 10).rounded())
            burstTick = Int(((boundary + 1 - startSeconds) * 10).rounded())
        }
        let ticks = max(seconds * 10, burstTick + 50)
        var pendingSent = 0
        var burstAcknowledged: ContinuousClock.Instant?
        var sent = 0
        var cursor = 0
        for tick in 0..<ticks {
            let due = start + .milliseconds(100 * tick)
            if ContinuousClock.now < due { try await Task.sleep(until: due) }
            let batch = try mentions(
                count: slice, at: { _ in Date() }, author: { "a\((cursor + $0) / pairs.count % authors)" },
                project: { pairs[(cursor + $0) % pairs.count].0 }, topic: { pairs[(cursor + $0) % pairs.count].1 })
            cursor += slice
            Task { _ = try? await producer.send(batch: batch) }
            sent += slice
            if tick == pendingTick {
                let pendingBatch = try mentions(
                    count: pendingBurst, at: { _ in Date() }, author: { "pending\($0)" }, project: { _ in target.project }, topic: { _ in target.topic })
                _ = try await producer.send(batch: pendingBatch)
                pendingSent = pendingBurst
            }
            if tick == burstTick {
                let burstBatch = try mentions(
                    count: burst, at: { _ in Date() }, author: { "burst\($0)" }, project: { _ in target.project }, topic: { _ in target.topic })
                _ = try await producer.send(batch: burstBatch)
                burstAcknowledged = .now
            }
        }
        try await producer.flush(timeout: .seconds(30))
        let loadEnd = ContinuousClock.now
        let achieved = Double(sent) / (loadEnd - start).seconds
        print(String(format: "load: %d scored mentions in %.1f s = %.0f/s over %d topics", sent, (loadEnd - start).seconds, achieved, pairs.count))

        // Drain: alerting has processed every record sent (its own counter, on /metrics).
        let total = historyCount + sent + pendingSent + burst
        var drained: Duration?
        var processed = 0
        while ContinuousClock.now - loadEnd < .seconds(120) {
            processed = try Self.processedRecords(metricsURL)
            if processed >= total {
                drained = ContinuousClock.now - loadEnd
                break
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        print(
            drained.map { String(format: "alerting processed all %d records %.1f s after the load stopped", total, $0.seconds) }
                ?? "alerting had processed \(processed) of \(total) records 120 s after the load stopped")

        let arrival = try await withThrowingTaskGroup(of: (ContinuousClock.Instant, Date, Alert)?.self) { group in
            group.addTask { try await alertArrival.value }
            group.addTask {
                try await Task.sleep(for: .seconds(30))
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
        if let (instant, wallClock, alert) = arrival, let burstAcknowledged {
            let latency = instant - burstAcknowledged
            print(String(format: "alert: published %.0f ms after the burst was acknowledged (%@ distinct authors, threshold %@)",
                latency.seconds * 1000, AlertLatency.format(alert.explanation.observed), AlertLatency.format(alert.explanation.threshold)))
            print(String(format: "alert: published %.1f s before the end of the bucket that triggers it (target: at most 1 s after its end)",
                alert.windowEnd.timeIntervalSince(wallClock)))
            let novelty = alert.explanation.baseline["shape_novelty"] ?? "-"
            print("alert: method \(alert.explanation.baseline["method"] ?? "-"), shape_novelty \(novelty), bar \(alert.explanation.baseline["shape_novelty_bar"] ?? "-")"
                + (alert.explanation.baseline["confirmation"].map { ", confirmation \($0)" } ?? "")
                + (alert.explanation.baseline["pending_observed"].map { " (the bucket before: \($0) authors)" } ?? ""))
        } else {
            print("alert: none within 30 s of the end of the load")
        }
        alertArrival.cancel()
        await alerts.close()
        await producer.shutdown()
    }

    static func format(_ value: Double) -> String { String(Int(value)) }

    /// `vigie_alerting_records_processed_total` from a Prometheus text page.
    static func processedRecords(_ url: String) throws -> Int {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-sf", "--max-time", "2", url]
        let output = Pipe()
        curl.standardOutput = output
        try curl.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        let page = String(decoding: data, as: UTF8.self)
        for line in page.split(separator: "\n") where line.hasPrefix("vigie_alerting_records_processed_total ") {
            return Int(Double(line.split(separator: " ").last ?? "") ?? 0)
        }
        return 0
    }
}
