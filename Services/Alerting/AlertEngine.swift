import Foundation
import Logging
import NIOConcurrencyHelpers
import VigieEvents
import VigiePostgres
import VigieScoring

/// Decides the alert transitions of a (project, topic) from what `alerting.mentions` and `alerting.buckets` hold,
/// in event time, for every detector (``Detectors``, ``VolumeSpikeDetector``).
///
/// One lifecycle for every kind:
/// - A bucket fires when its value reaches the detector's bar (the open bucket is evaluated as it fills). Firing is
///   published once; while it fires nothing more is published. Only live buckets (the last `liveBuckets` on the
///   clock) fire: history loaded later (backfills) is counted, not alerted on.
/// - A firing alert resolves at the end of the first later bucket that is closed (a newer bucket exists, in event
///   time or, for a live stream, on the clock) and stays under the threshold it fired at. Resolution is published once.
/// - Related alerts of a project share an incident (``AlertRepository/joinIncident(_:connection:)``); an alert that
///   fires under a silence is recorded but not published (the clock publishes it if it still fires when the silence
///   ends), and neither is its resolution.
/// - After a resolution, the same fingerprint stays quiet for `cooldownBuckets` buckets (late records of the same
///   burst, or a burst that flaps around its threshold, do not page twice).
struct AlertEngine: Sendable {
    let repository: AlertRepository
    let dashboardURL: String?
    /// How many buckets back from now a bucket may still fire. Default: 2 (10 minutes with 5-minute buckets).
    var liveBuckets = 2
    /// Quiet buckets after a resolution. Default: 2.
    var cooldownBuckets = 2
    /// Buckets read before the first judged one: the detectors' windows and the volume spike's sustained windows.
    static let historyBuckets = max(Detectors.windowBuckets, VolumeSpikeDetector(settings: .init()).historyBuckets)
    /// The shape-novelty calibration of the buckets being judged (see ``volumeSpike(_:connection:)``).
    let calibrations = NoveltyCalibrations()

    /// `project:topic:kind`, plus `:key` for kinds with one alert per key (an influencer's author id).
    static func fingerprint(project: String, topic: String, kind: Alert.Kind, key: String? = nil) -> String {
        "\(project):\(topic):\(kind.rawValue)" + (key.map { ":" + $0 } ?? "")
    }

    /// What every detector of one evaluation shares.
    struct Scope {
        var project: Project
        var topic: Project.WatchedTopic
        var width: TimeInterval
        /// Buckets that may fire: touched by this batch and live.
        var candidates: [Date]
        /// First bucket evaluated (the oldest touched or firing one) and the newest with data.
        var from: Date
        var latest: Date
        /// The topic's first bucket with data.
        var first: Date
        var counts: [Date: AlertRepository.BucketCounts]
        var firing: [(fingerprint: String, kind: Alert.Kind, bucket: Date)]

        /// The buckets before `bucket` in its window (missing ones count 0), oldest first.
        func history(before bucket: Date, buckets: Int, _ value: (AlertRepository.BucketCounts) -> Int) -> [Double] {
            var values: [Double] = []
            var cursor = max(first, bucket.addingTimeInterval(-Double(buckets) * width))
            while cursor < bucket {
                values.append(Double(counts[cursor].map(value) ?? 0))
                cursor = cursor.addingTimeInterval(width)
            }
            return values
        }

        var buckets: [Date] {
            Array(sequence(first: from) { $0.addingTimeInterval(width) }.prefix { $0 <= latest })
        }
    }

    /// Which detectors may fire in an evaluation (firing alerts of every kind may always resolve).
    struct DetectorSelection: Sendable {
        /// Look for new influencer alerts (the batch holds a candidate mention).
        var influencers = true
        /// Look for new emerging terms (a word count over the bucket: on the clock, not per batch).
        var emergingTerms = true
    }

    /// What to evaluate for one (project, topic).
    struct Request: Sendable {
        var project: Project
        var topic: Project.WatchedTopic
        /// Buckets whose counts changed (bucket starts); only they may fire.
        var touched: [Date]
        /// The newest bucket to consider closed before it (at least the newest with data).
        var latest: Date
        var detectors = DetectorSelection()
    }

    /// Evaluates the buckets `touched` (bucket starts) of `topic`; buckets before `latest` (or before the newest with
    /// data, if later) count as closed.
    /// - Returns: The alert events recorded (in the caller's transaction, outbox included).
    func evaluate(
        project: Project, topic: Project.WatchedTopic, touched: [Date], latest: Date, now: Date,
        detectors: DetectorSelection = DetectorSelection(), connection: PostgresConnection
    ) async throws -> [Alert] {
        try await evaluate(
            [Request(project: project, topic: topic, touched: touched, latest: latest, detectors: detectors)], now: now, connection: connection)
    }

    /// Evaluates many topics, reading what they share (firing alerts, spans, counts) in one query each, not one per topic.
    func evaluate(_ requests: [Request], now: Date, connection: PostgresConnection) async throws -> [Alert] {
        guard !requests.isEmpty else { return [] }
        let keys = requests.map { AlertRepository.TopicKey(project: $0.project.id, topic: $0.topic.id) }
        let firingByTopic = try await repository.firingFingerprints(of: keys, connection: connection)
        let spans = try await repository.bucketSpans(of: keys, connection: connection)
        var prepared: [(request: Request, key: AlertRepository.TopicKey, scope: Scope, slots: [Date])] = []
        for (request, key) in zip(requests, keys) {
            let firing = firingByTopic[key] ?? []
            guard !request.touched.isEmpty || !firing.isEmpty, let span = spans[key] else { continue }
            let project = request.project
            let width = Double(max(1, project.alerts.bucketMinutes) * 60)
            let latest = max(request.latest, span.last)
            // Only live buckets page anyone: a bucket older than `liveBuckets` on the clock is history (a backfill, a
            // replay, late data), whose baseline may still be incomplete while it streams in out of order.
            let liveFrom = now.addingTimeInterval(-Double(liveBuckets) * width)
            let candidates = Set(request.touched).filter { $0 >= liveFrom }.sorted()
            let from = min(request.touched.min() ?? latest, firing.map(\.bucket).min() ?? latest)
            let volume = VolumeSpikeDetector(settings: project.alerts)
            let slots = candidates.flatMap { volume.sustainedSlots(of: $0, bucketMinutes: project.alerts.bucketMinutes) }
                .filter { $0 >= span.first }
            let scope = Scope(
                project: project, topic: request.topic, width: width, candidates: candidates, from: from, latest: latest, first: span.first,
                counts: [:], firing: firing)
            prepared.append((request, key, scope, slots))
        }
        let counts = try await repository.bucketCounts(
            of: prepared.map { item in
                (item.key, item.scope.from.addingTimeInterval(-Double(Self.historyBuckets) * item.scope.width), item.scope.latest, item.slots)
            },
            connection: connection)
        var events: [Alert] = []
        for item in prepared {
            var scope = item.scope
            scope.counts = counts[item.key] ?? [:]
            events += try await evaluate(scope, detectors: item.request.detectors, now: now, connection: connection)
        }
        return events
    }

    /// Runs every detector of one prepared topic.
    func evaluate(_ scope: Scope, detectors: DetectorSelection, now: Date, connection: PostgresConnection) async throws -> [Alert] {
        let firing = scope.firing
        var series = [try await volumeSpike(scope, connection: connection), negativeSurge(scope), keyword(scope)]
        if detectors.influencers || firing.contains(where: { $0.kind == .influencer }) {
            series += try await influencers(scope, connection: connection)
        }
        if detectors.emergingTerms || firing.contains(where: { $0.kind == .emergingTerm }) {
            var emergingScope = scope
            if !detectors.emergingTerms { emergingScope.candidates = [] }
            if let emerging = try await emergingTerms(emergingScope, connection: connection) { series.append(emerging) }
        }

        var events: [Alert] = []
        for watched in series {
            events += try await run(watched, scope: scope, now: now, connection: connection)
        }
        return events
    }

    /// The lifecycle of one fingerprint over the scope's buckets.
    func run(_ series: WatchedSeries, scope: Scope, now: Date, connection: PostgresConnection) async throws -> [Alert] {
        // Most evaluations change nothing: not firing, no bar reached. They need no state (one query less per kind).
        let crosses = series.bars.contains { bucket, bar in (series.observed[bucket] ?? 0) >= bar.firing }
        guard crosses || scope.firing.contains(where: { $0.fingerprint == series.fingerprint }) else { return [] }
        var state: AlertRepository.AlertState?
        if let read = series.stateRead {
            state = read.state
        } else {
            state = try await repository.state(fingerprint: series.fingerprint, connection: connection)
        }
        let project = scope.project
        let width = scope.width
        var events: [Alert] = []
        for bucket in scope.buckets {
            let observed = series.observed[bucket] ?? 0
            if let current = state, current.status == .firing {
                let settled = series.settled.contains(bucket)
                guard bucket > current.bucketStart, bucket < scope.latest, observed < current.threshold || settled else { continue }
                let fired = current.payload
                var baseline = fired.explanation.baseline
                if settled {
                    baseline["resolution"] = "settled"
                    baseline["settle_buckets"] = "\(Detectors.emergingSettleBuckets)"
                }
                var resolved = Alert(
                    fingerprint: series.fingerprint, projectID: project.id, topicID: scope.topic.id, kind: series.kind, status: .resolved,
                    severity: fired.severity, title: "Resolved — " + fired.title, startedAt: current.startedAt,
                    resolvedAt: bucket.addingTimeInterval(width), windowStart: bucket, windowEnd: bucket.addingTimeInterval(width),
                    explanation: Alert.Explanation(
                        observed: observed, expected: fired.explanation.expected, threshold: current.threshold, metric: series.metric,
                        baseline: baseline),
                    dashboardURL: fired.dashboardURL, emittedAt: now)
                resolved.incidentID = fired.incidentID
                // A firing that a silence held back is not followed by a resolution nobody saw firing.
                try await repository.record(
                    resolved, bucketStart: current.bucketStart, threshold: current.threshold, notify: current.notified, connection: connection)
                if let incident = fired.incidentID {
                    try await repository.closeIncidentIfDone(incident, at: bucket.addingTimeInterval(width), connection: connection)
                }
                if current.notified { events.append(resolved) }
                state?.status = .resolved
                state?.resolvedAt = resolved.resolvedAt
                continue
            }
            guard let bar = series.bars[bucket], observed >= bar.firing else { continue }
            // A bucket up to `cooldownBuckets` after the last resolution does not fire again.
            if let current = state, let resolvedAt = current.resolvedAt, bucket < resolvedAt.addingTimeInterval(Double(cooldownBuckets) * width) {
                continue
            }
            let evidence = try await repository.evidence(
                project: project.id, topic: scope.topic.id, bucket: bucket, filter: series.evidence(bucket), connection: connection)
            var alert = Alert(
                fingerprint: series.fingerprint, projectID: project.id, topicID: scope.topic.id, kind: series.kind, status: .firing,
                severity: series.severity(observed, bar, evidence), title: series.title(observed, bar), startedAt: bucket,
                windowStart: bucket, windowEnd: bucket.addingTimeInterval(width),
                explanation: Alert.Explanation(
                    observed: bar.summed?.observed ?? observed, expected: bar.summed?.expected ?? bar.expected,
                    threshold: bar.summed?.threshold ?? bar.threshold,
                    metric: bar.summed.map { "\(series.metric)_summed_over_\($0.buckets)_buckets" } ?? series.metric, baseline: bar.parameters,
                    topTerms: series.terms[bucket] ?? evidence.terms, topAuthors: evidence.authors, sources: evidence.sources,
                    sentiment: evidence.sentiment, sampleMentionIDs: evidence.samples),
                dashboardURL: dashboardURL.map { base in
                    "\(base)/projects/\(project.id)?alert=\(series.fingerprint.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? series.fingerprint)"
                },
                emittedAt: now)
            alert.incidentID = try await repository.joinIncident(alert, connection: connection)
            let silence = try await repository.activeSilence(
                project: project.id, topic: scope.topic.id, kind: series.kind, now: now, connection: connection)
            try await repository.record(alert, bucketStart: bucket, threshold: bar.resolveBelow ?? bar.threshold, notify: silence == nil, connection: connection)
            if let silence {
                // Published for dashboards and audits as `vigie.alert.silenced` (nobody is notified; the bridge skips it).
                var held = alert
                held.id = alert.occurrenceID + ":s"
                held.silence = silence
                try await repository.enqueue(held, connection: connection)
                events.append(held)
            } else {
                events.append(alert)
            }
            state = AlertRepository.AlertState(
                status: .firing, startedAt: bucket, resolvedAt: nil, bucketStart: bucket, threshold: bar.resolveBelow ?? bar.threshold, payload: alert,
                notified: silence == nil)
        }
        return events
    }

    // MARK: - Detectors

    /// Distinct non-spam authors against the seasonal level bar, confirmed by the novelty of the recent shape
    /// (``VolumeSpikeDetector``). The novelty is asked only of a bucket that crosses the level and is not already
    /// firing; while a topic lacks the history for it (`novelty.warmUp` judged buckets), the level alone decides.
    /// A new-shaped crossing fires at once at `fireAtOnce` × its bar; under that it is pending, and the next bucket
    /// fires at `confirmRatio` × the bar it crossed
    /// (``pendingCrossing(_:before:detector:fingerprint:stateRead:connection:)``).
    /// A bucket under its level, or above it with a familiar shape, still fires when its last hour is a sustained rise
    /// (``sustainedBar(_:bucket:detector:parameters:)``). Each bucket's bar is the route that needs the fewest authors.
    /// - Parameter shapeCheck: `false` gives the level bars alone in `bars` and the sustained ones in `sustainedBars`
    ///   (the history backtest replays the shape condition itself, with its own alerts in the calibration).
    func volumeSpike(_ scope: Scope, connection: PostgresConnection, shapeCheck: Bool = true) async throws -> WatchedSeries {
        let project = scope.project
        let detector = VolumeSpikeDetector(settings: project.alerts)
        let fingerprint = Self.fingerprint(project: project.id, topic: scope.topic.id, kind: .volumeSpike)
        let firing = scope.firing.contains { $0.fingerprint == fingerprint }
        var bars: [Date: WatchedSeries.Bar] = [:]
        var sustainedBars: [Date: WatchedSeries.Bar] = [:]
        // The stored state, read at most once (by the first pending crossing that needs it).
        var stateRead: WatchedSeries.StateRead?
        for bucket in scope.candidates {
            let history = scope.history(before: bucket, buckets: detector.windowBuckets) { $0.authors }
            let seasonal = VolumeSpikeDetector.seasonalSlots(of: bucket, bucketMinutes: project.alerts.bucketMinutes)
                .filter { $0 >= scope.first }.map { Double(scope.counts[$0]?.authors ?? 0) }
            guard let baseline = detector.baseline(history: history, seasonal: seasonal) else { continue }
            let level = levelBar(baseline, detector: detector, project: project)
            let sustained = sustainedBar(scope, bucket: bucket, detector: detector, parameters: level.parameters)
            if let sustained { sustainedBars[bucket] = sustained }
            guard shapeCheck, !firing else {
                bars[bucket] = level
                continue
            }
            // The ways this bucket can fire; the one it needs least of decides.
            var routes: [WatchedSeries.Bar] = []
            if Double(scope.counts[bucket]?.authors ?? 0) >= baseline.threshold,
                var crossing = try await novelCrossing(scope, bucket: bucket, level: level, detector: detector, fingerprint: fingerprint, connection: connection)
            {
                crossing.firesAt = (detector.fireAtOnce * baseline.threshold).rounded(.up)
                crossing.parameters["confirmation"] = "at_once"
                routes.append(crossing)
            }
            if let confirmed = try await pendingCrossing(
                scope, before: bucket, detector: detector, fingerprint: fingerprint, stateRead: &stateRead,
                connection: connection)
            {
                routes.append(confirmed)
            }
            if let sustained { routes.append(sustained) }
            bars[bucket] = routes.min { $0.firing < $1.firing }
        }
        let minutes = project.alerts.bucketMinutes
        let influencerFollowers = project.alerts.influencerFollowers
        let name = "\(project.name) — \(scope.topic.name)"
        return WatchedSeries(
            fingerprint: fingerprint, kind: .volumeSpike,
            metric: "distinct_authors", observed: scope.counts.mapValues { Double($0.authors) }, bars: bars, sustainedBars: sustainedBars,
            evidence: { _ in .init() }, stateRead: stateRead,
            title: { observed, bar in
                if let summed = bar.summed {
                    return "\(name): \(Int(summed.observed)) distinct authors over the last \(summed.buckets * minutes) min, a sustained rise (expected \(Self.format(summed.expected)))"
                }
                if bar.parameters["confirmation"] == "next_bucket" {
                    return "\(name): \(Int(observed)) distinct authors in \(minutes) min, the second bucket in a row above its bar (expected \(Self.format(bar.expected)))"
                }
                return "\(name): \(Int(observed)) distinct authors in \(minutes) min (expected \(Self.format(bar.expected)))"
            },
            severity: Self.crossingSeverity(influencerFollowers: influencerFollowers))
    }

    /// The level bar of a baseline, with the parameters that recompute it.
    func levelBar(_ baseline: VolumeSpikeDetector.Baseline, detector: VolumeSpikeDetector, project: Project) -> WatchedSeries.Bar {
        let parameters = [
            "method": baseline.seasonalBuckets > 0 ? "median_mad_daily_weekly" : "median_mad", "window_buckets": "\(detector.windowBuckets)",
            "history_buckets": "\(baseline.historyBuckets)", "seasonal_buckets": "\(baseline.seasonalBuckets)",
            "bucket_minutes": "\(project.alerts.bucketMinutes)", "k": Self.format(detector.k), "ratio": Self.format(detector.ratio),
            "min_authors": "\(detector.minAuthors)", "spread": Self.format(baseline.spread), "sensitivity": project.alerts.sensitivity.rawValue,
        ]
        return WatchedSeries.Bar(expected: baseline.expected, threshold: baseline.threshold, parameters: parameters)
    }

    /// `level` (the level bar of `bucket`, which its count reaches) with the shape-novelty parameters when the shape
    /// ending at `bucket` is new, or when there is not yet the history to judge it; nil when the shape is familiar.
    func novelCrossing(
        _ scope: Scope, bucket: Date, level: WatchedSeries.Bar, detector: VolumeSpikeDetector, fingerprint: String, connection: PostgresConnection
    ) async throws -> WatchedSeries.Bar? {
        let judgement = try await shapeNovelty(scope, bucket: bucket, detector: detector.novelty, fingerprint: fingerprint, connection: connection)
        // Above its level but shaped like what noise and rhythm did before: not a spike.
        if judgement?.isNovel == false { return nil }
        var crossing = level
        if let judgement {
            crossing.parameters["method"]! += "+shape_novelty"
            crossing.parameters["shape_novelty"] = String(format: "%.3f", judgement.novelty)
            crossing.parameters["shape_novelty_bar"] = String(format: "%.3f", judgement.bar)
            crossing.parameters["shape_buckets"] = "\(detector.novelty.shape)"
            crossing.parameters["novelty_reference_buckets"] = "\(detector.novelty.reference)"
            crossing.parameters["novelty_neighbours"] = "\(detector.novelty.neighbours)"
            crossing.parameters["novelty_calibration_buckets"] = "\(detector.novelty.calibration)"
            crossing.parameters["novelty_ratio"] = Self.format(detector.novelty.ratio)
            crossing.parameters["novelty_growth"] = Self.format(detector.novelty.growth)
            crossing.parameters["novelty_excluded_buckets"] = "\(detector.novelty.excluded)"
            crossing.parameters["novelty_warm_up"] = "\(detector.novelty.warmUp)"
        } else {
            crossing.parameters["shape_novelty"] = "not_enough_history"
        }
        crossing.parameters["fire_at_once_ratio"] = String(format: "%g", detector.fireAtOnce)
        crossing.parameters["confirm_ratio"] = String(format: "%g", detector.confirmRatio)
        return crossing
    }

    /// The bar that confirms a pending crossing: when the bucket before `bucket` crossed its level with a new shape
    /// (under `fireAtOnce` × its bar, or it would have fired), `bucket` fires at `confirmRatio` × that bar — the
    /// episode's bar, explained with the pending bucket's count and baseline. Nil when the bucket before did not cross,
    /// or crossed in the cooldown after a resolution.
    func pendingCrossing(
        _ scope: Scope, before bucket: Date, detector: VolumeSpikeDetector, fingerprint: String,
        stateRead: inout WatchedSeries.StateRead?, connection: PostgresConnection
    ) async throws -> WatchedSeries.Bar? {
        let previous = bucket.addingTimeInterval(-scope.width)
        guard previous >= scope.first else { return nil }
        let count = Double(scope.counts[previous]?.authors ?? 0)
        // Every bar of counts is at least `min_authors`: most buckets before are under it, with no baseline to compute.
        guard count >= Double(detector.minAuthors) else { return nil }
        let history = scope.history(before: previous, buckets: detector.windowBuckets) { $0.authors }
        let seasonal = VolumeSpikeDetector.seasonalSlots(of: previous, bucketMinutes: scope.project.alerts.bucketMinutes)
            .filter { $0 >= scope.first }.map { Double(scope.counts[$0]?.authors ?? 0) }
        guard let baseline = detector.baseline(history: history, seasonal: seasonal), count >= baseline.threshold,
            count < detector.fireAtOnce * baseline.threshold
        else { return nil }
        // As in the replays, a crossing in the quiet buckets after a resolution is not pending (it could not fire).
        if stateRead == nil {
            stateRead = .init(state: try await repository.state(fingerprint: fingerprint, connection: connection))
        }
        if let state = stateRead?.state, let resolvedAt = state.resolvedAt,
            previous < resolvedAt.addingTimeInterval(Double(cooldownBuckets) * scope.width)
        {
            return nil
        }
        guard var crossing = try await novelCrossing(
                scope, bucket: previous, level: levelBar(baseline, detector: detector, project: scope.project), detector: detector,
                fingerprint: fingerprint, connection: connection)
        else { return nil }
        crossing.firesAt = (detector.confirmRatio * baseline.threshold).rounded(.up)
        crossing.parameters["confirmation"] = "next_bucket"
        crossing.parameters["pending_bucket_start"] = EventCodec.formatDate(previous)
        crossing.parameters["pending_observed"] = Self.format(count)
        return crossing
    }

    /// The sustained-rise bar of `bucket` (``VolumeSpikeDetector/sustainedBaseline(recent:seasonal:)``), put as
    /// the count this bucket needs: the hour's bar less what the buckets before it in the hour already hold, and, when
    /// fewer than half of those are above the hour's mean, above that mean itself (the rise must be broad). Nil when
    /// there is no baseline or the hour cannot be broad whatever this bucket holds.
    func sustainedBar(_ scope: Scope, bucket: Date, detector: VolumeSpikeDetector, parameters: [String: String]) -> WatchedSeries.Bar? {
        let width = scope.width
        let m = detector.sustainedBuckets
        func value(_ date: Date) -> Double { Double(scope.counts[date]?.authors ?? 0) }
        /// The sum of the `m` buckets ending at `end`, nil when the window starts before the topic's first bucket.
        func windowSum(endingAt end: Date) -> Double? {
            guard end.addingTimeInterval(-Double(m - 1) * width) >= scope.first else { return nil }
            return (0..<m).reduce(0) { $0 + value(end.addingTimeInterval(-Double($1) * width)) }
        }
        let recent = (1...detector.sustainedWindows).reversed().compactMap { windowSum(endingAt: bucket.addingTimeInterval(-Double($0 * m) * width)) }
        let seasonal = VolumeSpikeDetector.seasonalSlots(of: bucket, bucketMinutes: scope.project.alerts.bucketMinutes).compactMap { windowSum(endingAt: $0) }
        guard let baseline = detector.sustainedBaseline(recent: recent, seasonal: seasonal) else { return nil }
        let earlier = (1..<m).map { value(bucket.addingTimeInterval(-Double($0) * width)) }
        let mean = baseline.expected / Double(m)
        let broadAlready = earlier.filter { $0 > mean }.count
        guard 2 * (broadAlready + 1) >= m else { return nil }
        let needed = max(1, baseline.threshold - earlier.reduce(0, +), 2 * broadAlready >= m ? 0 : mean.rounded(.down) + 1)
        let sum = earlier.reduce(0, +) + value(bucket)
        var parameters = parameters
        parameters["method"] = "sustained_sum_median_mad" + (baseline.seasonalBuckets > 0 ? "_daily_weekly" : "")
        parameters["sustained_buckets"] = "\(m)"
        parameters["sustained_windows"] = "\(baseline.historyBuckets)"
        parameters["sustained_seasonal_windows"] = "\(baseline.seasonalBuckets)"
        parameters["sustained_k"] = Self.format(detector.sustainedK)
        parameters["sustained_ratio"] = Self.format(detector.sustainedRatio)
        parameters["sustained_observed"] = Self.format(sum)
        parameters["sustained_expected"] = Self.format(baseline.expected)
        parameters["sustained_spread"] = Self.format(baseline.spread)
        parameters["sustained_threshold"] = Self.format(baseline.threshold)
        return WatchedSeries.Bar(
            expected: mean, threshold: needed, parameters: parameters, resolveBelow: (baseline.threshold / Double(m)).rounded(.up),
            summed: .init(buckets: m, observed: sum, expected: baseline.expected, threshold: baseline.threshold))
    }

    /// The novelty of the shape ending at `bucket` (its count so far and the buckets before it) against its bar,
    /// past firings left out of the calibration; nil while there is not enough history. The bar depends only on the
    /// closed buckets, so it is computed once per bucket (``NoveltyCalibrations``); the open bucket's own novelty is
    /// recomputed as it fills.
    func shapeNovelty(_ scope: Scope, bucket: Date, detector: SeriesDetector, fingerprint: String, connection: PostgresConnection) async throws
        -> SeriesDetector.Judgement?
    {
        let width = scope.width
        let from = max(scope.first, bucket.addingTimeInterval(-Double(detector.historyBuckets) * width))
        let firings = try await repository.firings(fingerprint: fingerprint, from: from, to: bucket.addingTimeInterval(-width), connection: connection)
        let key = NoveltyCalibrations.Key(fingerprint: fingerprint, bucket: bucket, firings: firings.sorted())
        let calibration: NoveltyCalibrations.Calibration
        if let cached = calibrations[key] {
            calibration = cached
        } else {
            let counts = try await repository.bucketCounts(
                project: scope.project.id, topic: scope.topic.id, from: from, to: bucket.addingTimeInterval(-width), connection: connection)
            var closed: [Double] = []
            var cursor = from
            while cursor < bucket {
                closed.append(Double(counts[cursor]?.authors ?? 0))
                cursor = cursor.addingTimeInterval(width)
            }
            let alerted = Set(firings.map { Int(($0.timeIntervalSince(from) / width).rounded()) })
            calibration = NoveltyCalibrations.Calibration(closed: closed, bar: detector.barAfter(closed, alerted: alerted))
            calibrations[key] = calibration
        }
        // The shape's own buckets come from this evaluation's counts: the bucket before may still be receiving late
        // records after the calibration was cached.
        var values = calibration.closed
        for back in 1..<max(1, detector.shape) where back <= values.count {
            values[values.count - back] = Double(scope.counts[bucket.addingTimeInterval(-Double(back) * width)]?.authors ?? 0)
        }
        values.append(Double(scope.counts[bucket]?.authors ?? 0))
        guard let bar = calibration.bar, let novelty = detector.noveltyOfLast(values) else { return nil }
        return SeriesDetector.Judgement(novelty: novelty, bar: bar)
    }

    /// Severity from how far the bar was crossed, one more when a far-reaching account took part.
    static func crossingSeverity(influencerFollowers: Int) -> @Sendable (Double, WatchedSeries.Bar, AlertRepository.Evidence) -> Int {
        { observed, bar, evidence in
            VolumeSpikeDetector.severity(
                observed: bar.summed?.observed ?? observed, threshold: bar.summed?.threshold ?? bar.threshold,
                influencerInvolved: evidence.authors.contains { $0.followers >= influencerFollowers })
        }
    }

    func negativeSurge(_ scope: Scope) -> WatchedSeries {
        let project = scope.project
        var bars: [Date: WatchedSeries.Bar] = [:]
        for bucket in scope.candidates {
            let counts = scope.counts[bucket] ?? .init()
            bars[bucket] = Detectors.negativeSurgeBar(
                negatives: scope.history(before: bucket, buckets: Detectors.windowBuckets) { $0.negativeAuthors },
                totals: scope.history(before: bucket, buckets: Detectors.windowBuckets) { $0.authors },
                observedTotal: Double(counts.authors), observedNegative: Double(counts.negativeAuthors), settings: project.alerts)
        }
        let minutes = project.alerts.bucketMinutes
        let influencerFollowers = project.alerts.influencerFollowers
        let name = "\(project.name) — \(scope.topic.name)"
        return WatchedSeries(
            fingerprint: Self.fingerprint(project: project.id, topic: scope.topic.id, kind: .negativeSurge), kind: .negativeSurge,
            metric: "negative_authors", observed: scope.counts.mapValues { Double($0.negativeAuthors) }, bars: bars,
            evidence: { _ in .init(negativeOnly: true) },
            title: { observed, bar in
                "\(name): \(Int(observed)) authors negative in \(minutes) min (\(bar.parameters["negative_share"] ?? "?") negative, usually \(bar.parameters["usual_negative_share"] ?? "?"))"
            },
            severity: Self.crossingSeverity(influencerFollowers: influencerFollowers))
    }

    func keyword(_ scope: Scope) -> WatchedSeries {
        let project = scope.project
        var bars: [Date: WatchedSeries.Bar] = [:]
        for bucket in scope.candidates {
            bars[bucket] = Detectors.keywordBar(
                history: scope.history(before: bucket, buckets: Detectors.windowBuckets) { $0.crisisAuthors }, settings: project.alerts)
        }
        let minutes = project.alerts.bucketMinutes
        let influencerFollowers = project.alerts.influencerFollowers
        let name = "\(project.name) — \(scope.topic.name)"
        return WatchedSeries(
            fingerprint: Self.fingerprint(project: project.id, topic: scope.topic.id, kind: .keyword), kind: .keyword,
            metric: "crisis_term_authors", observed: scope.counts.mapValues { Double($0.crisisAuthors) }, bars: bars,
            evidence: { _ in .init(crisisTermsOnly: true) },
            title: { observed, _ in "\(name): crisis terms from \(Int(observed)) authors in \(minutes) min" },
            severity: { observed, bar, evidence in
                var severity = observed >= 2 * bar.threshold ? 4 : 3
                if evidence.authors.contains(where: { $0.followers >= influencerFollowers }) { severity += 1 }
                return min(5, severity)
            })
    }

    /// One series per far-reaching author with a negative, complaint or crisis mention (and per firing one).
    func influencers(_ scope: Scope, connection: PostgresConnection) async throws -> [WatchedSeries] {
        let project = scope.project
        let threshold = Detectors.influencerFollowers(project.alerts)
        let rows = try await repository.influencerMentions(
            project: project.id, topic: scope.topic.id, minFollowers: threshold, from: scope.from, to: scope.latest, connection: connection)
        var authors = Set(rows.map(\.author))
        // One alert per account and project, whichever topics its mention matched (`<project>:*:influencer:<author>`).
        let prefix = Self.fingerprint(project: project.id, topic: "*", kind: .influencer) + ":"
        // A firing one of the earlier per-topic form (`<project>:<topic>:influencer:<author>`) is still resolved.
        var legacy: [String: String] = [:]
        let topicPrefix = Self.fingerprint(project: project.id, topic: scope.topic.id, kind: .influencer) + ":"
        for firing in scope.firing where firing.kind == .influencer {
            if firing.fingerprint.hasPrefix(prefix) {
                authors.insert(String(firing.fingerprint.dropFirst(prefix.count)))
            } else if firing.fingerprint.hasPrefix(topicPrefix) {
                legacy[firing.fingerprint] = String(firing.fingerprint.dropFirst(topicPrefix.count))
            }
        }
        let legacySeries = legacy.sorted { $0.key < $1.key }.map { fingerprint, author in
            var observed: [Date: Double] = [:]
            for row in rows where row.author == author { observed[row.bucket] = Double(row.mentions) }
            return WatchedSeries(
                fingerprint: fingerprint, kind: .influencer, metric: "influencer_mentions", observed: observed, bars: [:],
                evidence: { _ in .init(author: author) }, title: { _, _ in fingerprint }, severity: { _, _, _ in 3 })
        }
        let candidates = Set(scope.candidates)
        return legacySeries + authors.sorted().map { author in
            let mine = rows.filter { $0.author == author }
            var observed: [Date: Double] = [:]
            var bars: [Date: WatchedSeries.Bar] = [:]
            for row in mine {
                observed[row.bucket] = Double(row.mentions)
                guard candidates.contains(row.bucket) else { continue }
                bars[row.bucket] = WatchedSeries.Bar(
                    expected: 0, threshold: 1,
                    parameters: [
                        "method": "reach_threshold", "followers_threshold": "\(threshold)", "followers": "\(row.followers)", "handle": row.handle,
                        "crisis_signal": "\(row.crisis)", "sensitivity": project.alerts.sensitivity.rawValue,
                    ])
            }
            return WatchedSeries(
                fingerprint: prefix + author, kind: .influencer,
                metric: "influencer_mentions", observed: observed, bars: bars, evidence: { _ in .init(author: author) },
                title: { _, bar in
                    "\(project.name): @\(bar.parameters["handle"] ?? author) (\(bar.parameters["followers"] ?? "?") followers) posted a "
                        + (bar.parameters["crisis_signal"] == "true" ? "crisis" : "negative") + " mention"
                },
                severity: { _, bar, _ in
                    var severity = 3
                    if let followers = bar.parameters["followers"].flatMap(Int.init), followers >= 10 * threshold { severity += 1 }
                    if bar.parameters["crisis_signal"] == "true" { severity += 1 }
                    return severity
                })
        }
    }

    /// One series per topic: the top new term of a bucket (fires), then the peak of the fired terms (resolves).
    func emergingTerms(_ scope: Scope, connection: PostgresConnection) async throws -> WatchedSeries? {
        let project = scope.project
        let topic = scope.topic
        let fingerprint = Self.fingerprint(project: project.id, topic: topic.id, kind: .emergingTerm)
        let minimum = Detectors.preset(project.alerts.sensitivity).minEmergingAuthors
        var observed: [Date: Double] = [:]
        var bars: [Date: WatchedSeries.Bar] = [:]
        var terms: [Date: [Alert.Explanation.Count]] = [:]
        var settled: Set<Date> = []
        if scope.firing.contains(where: { $0.fingerprint == fingerprint }),
            let state = try await repository.state(fingerprint: fingerprint, connection: connection)
        {
            // Firing: it resolves when its terms fall under the bar again, or have settled into the conversation.
            let start = min(scope.from, state.bucketStart)
            observed = try await repository.termPeakPerBucket(
                project: project.id, topic: topic.id, terms: state.payload.explanation.topTerms.map(\.key), from: start, to: scope.latest,
                connection: connection
            ).mapValues(Double.init)
            settled = Detectors.emergingSettled(observed, from: state.bucketStart, through: scope.latest, width: scope.width)
        } else {
            // The topic's own words (its query) are always there; they are not news.
            let excluded = Set(TextNormalizer.tokenize(topic.query).map(\.text))
            for bucket in scope.candidates where bucket >= scope.first.addingTimeInterval(Double(Detectors.emergingMinHistoryBuckets) * scope.width) {
                let current = try await repository.frequentTerms(
                    project: project.id, topic: topic.id, bucket: bucket, minAuthors: minimum, connection: connection
                ).filter { !excluded.contains($0.key) }
                guard !current.isEmpty else { continue }
                let lookback = bucket.addingTimeInterval(-Double(Detectors.emergingLookbackBuckets) * scope.width)
                let before = try await repository.termAuthors(
                    project: project.id, topic: topic.id, terms: Array(current.keys), from: lookback, before: bucket, connection: connection)
                let emerging = Detectors.emergingTerms(current: current, before: before, excluded: excluded)
                guard let top = emerging.first else { continue }
                observed[bucket] = Double(top.count)
                terms[bucket] = Array(emerging.prefix(10))
                bars[bucket] = WatchedSeries.Bar(
                    expected: Double(before[top.key] ?? 0), threshold: Double(minimum),
                    parameters: [
                        "method": "new_term", "lookback_buckets": "\(Detectors.emergingLookbackBuckets)", "min_authors": "\(minimum)",
                        "max_previous_share": "25%", "term": top.key, "previous_authors": "\(before[top.key] ?? 0)",
                        "sensitivity": project.alerts.sensitivity.rawValue,
                    ])
            }
            guard !bars.isEmpty else { return nil }
        }
        let minutes = project.alerts.bucketMinutes
        let name = "\(project.name) — \(topic.name)"
        let allTerms = terms
        return WatchedSeries(
            fingerprint: fingerprint, kind: .emergingTerm, metric: "emerging_term_authors", observed: observed, bars: bars,
            evidence: { bucket in .init(anyOfTerms: (allTerms[bucket] ?? []).map(\.key)) }, terms: terms, settled: settled,
            title: { observed, bar in
                "\(name): new term «\(bar.parameters["term"] ?? "?")» from \(Int(observed)) authors in \(minutes) min"
            },
            severity: { observed, bar, evidence in
                var severity = observed >= 3 * bar.threshold ? 3 : 2
                let negative = evidence.sentiment["negative"] ?? 0
                if negative * 2 > evidence.sentiment.values.reduce(0, +) { severity += 1 }
                return severity
            })
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// The shape-novelty bars of the buckets being judged, so that a bucket that stays above its level without being
/// novel costs one history read and one calibration, not one per batch. Keyed by the firings left out, so a replay
/// of another preset (other firings) does not reuse another's bar. Holds the latest bucket of at most 10 000 topics.
final class NoveltyCalibrations: Sendable {
    struct Key: Hashable, Sendable {
        var fingerprint: String
        var bucket: Date
        var firings: [Date]
    }

    struct Calibration: Sendable {
        var closed: [Double]
        var bar: Double?
    }

    private let entries = NIOLockedValueBox<[String: (key: Key, calibration: Calibration)]>([:])

    subscript(key: Key) -> Calibration? {
        get { entries.withLockedValue { $0[key.fingerprint] }.flatMap { $0.key == key ? $0.calibration : nil } }
        set {
            entries.withLockedValue { entries in
                if entries.count >= 10_000, entries[key.fingerprint] == nil { entries.removeAll(keepingCapacity: true) }
                entries[key.fingerprint] = newValue.map { (key, $0) }
            }
        }
    }
}
