import Foundation
import VigieEvents
import VigiePostgres

/// Replays a project's stored history (`alerting.buckets`, `alerting.mentions`) through the detectors with each
/// sensitivity preset, and reports the alerts each would have raised: "what would `high` have cost us last month?".
///
/// Causal like the live engine: a bucket is judged on the buckets before it only (the volume spike's shape condition
/// with this replay's own alerts in its calibration, as live with live's). Each bucket is judged complete
/// (live, an alert may come earlier, while the bucket fills). Every detector is replayed: the count-based ones (volume
/// spike, negative surge, keyword), influencers, and emerging terms (two queries per bucket with frequent words: the
/// bucket's words and their authors in the lookback before it; a fired term resolves when its peak falls under the
/// bar, as live).
struct HistoryBacktest: Sendable {
    /// An alert the replay would have raised.
    struct Episode: Sendable, Equatable {
        var sensitivity: Project.AlertSettings.Sensitivity
        var fingerprint: String
        var kind: Alert.Kind
        var topic: String
        var startedAt: Date
        var resolvedAt: Date?
        var observed: Double
        var threshold: Double
    }

    let repository: AlertRepository
    var engine: AlertEngine
    var bucketMinutes = 5
    var minAuthors = 10
    var influencerFollowers = 100_000

    /// The episodes of each preset for `project` that start between `from` and `to` (bucket starts, inclusive), as
    /// the replay of the whole stored history up to `to` raises them.
    func run(project projectID: String, from: Date?, to: Date?, client: PostgresClient) async throws -> [Episode] {
        let width = Double(max(1, bucketMinutes) * 60)
        let topics = try await client.query(
            "SELECT topic_id, min(bucket_start), max(bucket_start), max(crisis_authors) FROM alerting.buckets WHERE project_id = \(projectID) GROUP BY topic_id ORDER BY topic_id"
        ).decode((String, Date, Date, Int).self)
        var episodes: [Episode] = []
        for (topicID, first, last, crisis) in topics {
            let start = max(first, from ?? first)
            let end = min(last, to ?? last)
            guard start <= end else { continue }
            let counts = try await client.withConnection { connection in
                try await repository.bucketCounts(project: projectID, topic: topicID, from: first, to: end, connection: connection)
            }
            // The lifecycle runs from the topic's first bucket whatever `from` says, so that an episode reported
            // from `from` on is one the whole replay raises too: a crossing pending or an alert firing just before
            // `from` is not raised again, or missed, at `from` (the report keeps the episodes that start in range).
            let buckets = Array(sequence(first: first) { $0.addingTimeInterval(width) }.prefix { $0 <= end })
            // Distinct authors of every bucket from the topic's first to `end` (what the shape condition reads).
            let authors = sequence(first: first) { $0.addingTimeInterval(width) }.prefix { $0 <= end }.map { Double(counts[$0]?.authors ?? 0) }
            for sensitivity in [Project.AlertSettings.Sensitivity.low, .balanced, .high] {
                // The project's own crisis terms were matched when the mentions were stored; any term switches the detector on.
                let project = Project(
                    id: projectID, name: projectID, topics: [.init(id: topicID, name: topicID, query: topicID)],
                    alerts: .init(
                        sensitivity: sensitivity, bucketMinutes: bucketMinutes, minAuthors: minAuthors, crisisTerms: crisis > 0 ? ["(stored)"] : [],
                        influencerFollowers: influencerFollowers),
                    updatedAt: end)
                let scope = AlertEngine.Scope(
                    project: project, topic: project.topics[0], width: width, candidates: buckets, from: first, latest: end, first: first,
                    counts: counts, firing: [])
                // The volume spike's level bars alone: its shape condition is replayed below, with this replay's own
                // alerts in the novelty calibration (live, the calibration holds the buckets where live fired).
                let series = try await client.withConnection { connection in
                    [try await engine.volumeSpike(scope, connection: connection, shapeCheck: false), engine.negativeSurge(scope), engine.keyword(scope)]
                        + (try await engine.influencers(scope, connection: connection))
                }
                var replays: [(WatchedSeries, [Replayed])] = []
                for watched in series {
                    if watched.kind == .volumeSpike {
                        replays.append(
                            (watched, Self.replayVolumeSpike(
                                watched, values: authors, first: first, width: width, cooldownBuckets: engine.cooldownBuckets,
                                detector: VolumeSpikeDetector(settings: project.alerts))))
                    } else {
                        replays.append((watched, try await Self.replay(watched, buckets: buckets, width: width, cooldownBuckets: engine.cooldownBuckets)))
                    }
                }
                let emergingScope = scope
                if let emerging = try await client.withConnection({ connection in try await engine.emergingTerms(emergingScope, connection: connection) }) {
                    // While a term fires, what counts is the peak of the terms it fired with (not the next new term),
                    // and whether they have settled into the conversation.
                    let replayed = try await Self.replay(
                        emerging, buckets: buckets, width: width, cooldownBuckets: engine.cooldownBuckets,
                        whileFiring: { bucket in
                            let terms = (emerging.terms[bucket] ?? []).map(\.key)
                            let peaks = try await client.withConnection { connection in
                                try await repository.termPeakPerBucket(
                                    project: projectID, topic: topicID, terms: terms, from: bucket, to: end, connection: connection
                                ).mapValues(Double.init)
                            }
                            return (peaks, Detectors.emergingSettled(peaks, from: bucket, through: end, width: width))
                        })
                    replays.append((emerging, replayed))
                }
                for (watched, replayed) in replays {
                    episodes += replayed.filter { $0.start >= start }.map {
                        Episode(
                            sensitivity: sensitivity, fingerprint: watched.fingerprint, kind: watched.kind, topic: topicID, startedAt: $0.start,
                            resolvedAt: $0.end, observed: $0.observed, threshold: $0.threshold)
                    }
                }
            }
        }
        // An influencer's alert is one per project: the topics its mentions matched replay it once each.
        var seen = Set<String>()
        return episodes.sorted { ($0.startedAt, $0.fingerprint) < ($1.startedAt, $1.fingerprint) }.filter { episode in
            seen.insert("\(episode.sensitivity.rawValue) \(episode.fingerprint) \(episode.startedAt.timeIntervalSince1970)").inserted
        }
    }

    /// An episode as replayed: when it fired and resolved, the value and bar it fired at (a sustained rise's: the
    /// hour's sum and bar), and the value a later bucket must fall under to resolve it.
    typealias Replayed = (start: Date, end: Date?, observed: Double, threshold: Double, resolveBelow: Double)

    /// The volume spike's lifecycle on complete buckets, as ``replay(_:buckets:width:cooldownBuckets:whileFiring:)``,
    /// where a bucket that crosses its level bar (`series.bars`) fires only if its shape is also new and the crossing
    /// is large or confirmed by the next bucket (``LevelConfirmation``) — or its sustained
    /// bar (`series.sustainedBars`), which needs no shape check — judged as live,
    /// by ``SeriesDetector/scan(_:alerts:)`` over `values` (distinct authors from `first`, one per bucket), so that the
    /// novelty calibration holds this replay's own alerts (capped) — or if there is not enough history to judge it.
    static func replayVolumeSpike(
        _ series: WatchedSeries, values: [Double], first: Date, width: TimeInterval, cooldownBuckets: Int,
        detector: VolumeSpikeDetector
    ) -> [Replayed] {
        let novelty = detector.novelty
        // Whether the calibration is warm at each bucket (it counts novelties, which alerts cap but never remove).
        let raw = novelty.novelties(values)
        var warm = [Bool](repeating: false, count: values.count)
        var judged = 0
        for index in values.indices {
            if index - novelty.calibration - 1 >= 0, raw[index - novelty.calibration - 1] != nil { judged -= 1 }
            if index >= 1, raw[index - 1] != nil { judged += 1 }
            warm[index] = judged >= novelty.warmUp
        }
        var episodes: [Replayed] = []
        var quietUntil = 0
        var confirmation = LevelConfirmation(detector)
        /// One bucket of the lifecycle; `judgement` is its shape's, when it has one. Returns whether it fired.
        func step(_ index: Int, _ judgement: SeriesDetector.Judgement?) -> Bool {
            let bucket = first.addingTimeInterval(Double(index) * width)
            let observed = values[index]
            if let open = episodes.last, open.end == nil {
                if bucket > open.start, observed < open.resolveBelow {
                    episodes[episodes.count - 1].end = bucket.addingTimeInterval(width)
                    quietUntil = index + 1 + cooldownBuckets
                }
                return false
            }
            guard index >= quietUntil else { return false }
            let crossed = series.bars[bucket].flatMap { bar in
                observed >= bar.threshold && (!warm[index] || judgement?.isNovel == true) ? bar.threshold : nil
            }
            if let level = confirmation.judge(index: index, observed: observed, crossed: crossed) {
                episodes.append((bucket, nil, observed, level, level))
                return true
            }
            guard let bar = series.sustainedBars[bucket], observed >= bar.threshold else { return false }
            episodes.append((bucket, nil, bar.summed?.observed ?? observed, bar.summed?.threshold ?? bar.threshold, bar.resolveBelow ?? bar.threshold))
            return true
        }
        // Buckets the scan does not judge go through the lifecycle too.
        novelty.walk(values, step)
        return episodes
    }

    /// The engine's lifecycle on complete buckets: fire at the bar, resolve at the first later bucket under the
    /// threshold fired at, stay quiet `cooldownBuckets` after a resolution.
    /// `whileFiring`, when it returns values, supplies the values an episode fired at `bucket` is then judged on (emerging terms:
    /// the peak of the terms it fired with) and the buckets where it resolves whatever its value (``WatchedSeries/settled``).
    static func replay(
        _ series: WatchedSeries, buckets: [Date], width: TimeInterval, cooldownBuckets: Int,
        whileFiring: (Date) async throws -> (values: [Date: Double], settled: Set<Date>)? = { _ in nil }
    ) async rethrows -> [Replayed] {
        var episodes: [Replayed] = []
        var quietUntil = Date.distantPast
        var firing: (values: [Date: Double], settled: Set<Date>)?
        for bucket in buckets {
            let observed = firing.map { $0.values[bucket] ?? 0 } ?? series.observed[bucket] ?? 0
            if let open = episodes.last, open.end == nil {
                let settled = (firing?.settled ?? series.settled).contains(bucket)
                if bucket > open.start, observed < open.resolveBelow || settled {
                    episodes[episodes.count - 1].end = bucket.addingTimeInterval(width)
                    quietUntil = bucket.addingTimeInterval(width * Double(1 + cooldownBuckets))
                    firing = nil
                }
                continue
            }
            guard bucket >= quietUntil, let bar = series.bars[bucket], observed >= bar.threshold else { continue }
            episodes.append((bucket, nil, observed, bar.threshold, bar.resolveBelow ?? bar.threshold))
            firing = try await whileFiring(bucket)
        }
        return episodes
    }
}
