import Foundation
import Logging
import VigieEvents
import VigiePostgres

/// Decides volume-spike transitions for a (project, topic) from what `alerting.mentions` holds, in event time.
///
/// - A bucket fires when its distinct authors reach the detector's threshold (the open bucket is evaluated as it
///   fills). Firing is published once; while it fires nothing more is published. Only live buckets (the last
///   `liveBuckets` on the clock) fire: history loaded later (backfills) is counted, not alerted on.
/// - A firing alert resolves at the end of the first later bucket that is closed (a newer bucket exists, in event
///   time or, for a live stream, on the clock) and stays under the threshold it fired at. Resolution is published once.
struct AlertEngine: Sendable {
    let repository: AlertRepository
    let dashboardURL: String?
    /// How many buckets back from now a bucket may still fire. Default: 2 (10 minutes with 5-minute buckets).
    var liveBuckets = 2

    static func fingerprint(project: String, topic: String, kind: Alert.Kind) -> String { "\(project):\(topic):\(kind.rawValue)" }

    /// Evaluates the buckets `touched` (bucket starts) of `topic`, with `latest` the newest bucket with data.
    /// - Returns: The alert events recorded (in the caller's transaction, outbox included).
    func evaluate(
        project: Project, topic: Project.WatchedTopic, touched: [Date], latest: Date, now: Date, connection: PostgresConnection
    ) async throws -> [Alert] {
        let width = Double(max(1, project.alerts.bucketMinutes) * 60)
        let detector = VolumeSpikeDetector(settings: project.alerts)
        let fingerprint = Self.fingerprint(project: project.id, topic: topic.id, kind: .volumeSpike)
        var state = try await repository.state(fingerprint: fingerprint, connection: connection)
        let firingBucket = state?.status == .firing ? state?.bucketStart : nil
        let earliest = min(touched.min() ?? latest, firingBucket ?? latest).addingTimeInterval(-Double(detector.windowBuckets) * width)
        let counts = try await repository.distinctAuthors(project: project.id, topic: topic.id, from: earliest, to: latest, connection: connection)
        guard let first = try await repository.firstBucket(project: project.id, topic: topic.id, connection: connection) else { return [] }

        var events: [Alert] = []
        // Buckets to look at, in order: from the oldest touched (or the firing one) to the newest. Only touched
        // buckets may fire (their counts changed); every closed bucket after a firing one may resolve it, also an
        // empty one. Records can arrive out of event-time order (scoring runs in parallel), so a burst bucket may be
        // completed after later buckets exist.
        let touchedSet = Set(touched)
        var buckets: [Date] = []
        var cursor = min(touched.min() ?? latest, firingBucket ?? latest)
        while cursor <= latest {
            buckets.append(cursor)
            cursor = cursor.addingTimeInterval(width)
        }
        for bucket in buckets {
            let observed = counts[bucket] ?? 0
            if let current = state, current.status == .firing {
                guard bucket > current.bucketStart, bucket < latest, Double(observed) < current.threshold else { continue }
                var resolved = current.payload
                resolved = Alert(
                    fingerprint: fingerprint, projectID: project.id, topicID: topic.id, kind: .volumeSpike, status: .resolved,
                    severity: resolved.severity, title: "Resolved — " + resolved.title, startedAt: current.startedAt,
                    resolvedAt: bucket.addingTimeInterval(width), windowStart: bucket, windowEnd: bucket.addingTimeInterval(width),
                    explanation: Alert.Explanation(
                        observed: Double(observed), expected: resolved.explanation.expected, threshold: current.threshold,
                        metric: "distinct_authors", baseline: resolved.explanation.baseline),
                    dashboardURL: resolved.dashboardURL, emittedAt: now)
                try await repository.record(resolved, bucketStart: current.bucketStart, threshold: current.threshold, connection: connection)
                events.append(resolved)
                state?.status = .resolved
                state?.resolvedAt = resolved.resolvedAt
                continue
            }
            guard touchedSet.contains(bucket) else { continue }
            // Only live buckets page anyone: a bucket older than `liveBuckets` on the clock is history (a backfill,
            // a replay, late data), whose baseline may still be incomplete while it streams in out of order.
            guard bucket >= now.addingTimeInterval(-Double(liveBuckets) * width) else { continue }
            // A bucket up to the end of the last resolved occurrence does not fire again (late records of a burst).
            if let current = state, current.status == .resolved, let resolvedAt = current.resolvedAt, bucket < resolvedAt { continue }
            // Not firing: does this bucket cross the threshold?
            var history: [Int] = []
            var previous = max(first, bucket.addingTimeInterval(-Double(detector.windowBuckets) * width))
            while previous < bucket {
                history.append(counts[previous] ?? 0)
                previous = previous.addingTimeInterval(width)
            }
            guard let baseline = detector.baseline(history: history), Double(observed) >= baseline.threshold else { continue }
            let evidence = try await repository.evidence(project: project.id, topic: topic.id, bucket: bucket, connection: connection)
            let influencer = evidence.authors.contains { $0.followers >= project.alerts.influencerFollowers }
            let minutes = project.alerts.bucketMinutes
            let alert = Alert(
                fingerprint: fingerprint, projectID: project.id, topicID: topic.id, kind: .volumeSpike, status: .firing,
                severity: VolumeSpikeDetector.severity(observed: Double(observed), threshold: baseline.threshold, influencerInvolved: influencer),
                title: "\(project.name) — \(topic.name): \(observed) distinct authors in \(minutes) min (expected \(Self.format(baseline.expected)))",
                startedAt: bucket, windowStart: bucket, windowEnd: bucket.addingTimeInterval(width),
                explanation: Alert.Explanation(
                    observed: Double(observed), expected: baseline.expected, threshold: baseline.threshold, metric: "distinct_authors",
                    baseline: [
                        "method": "median_mad", "window_buckets": "\(detector.windowBuckets)", "history_buckets": "\(baseline.historyBuckets)",
                        "bucket_minutes": "\(minutes)", "k": Self.format(detector.k), "ratio": Self.format(detector.ratio),
                        "min_authors": "\(detector.minAuthors)", "spread": Self.format(baseline.spread),
                        "sensitivity": project.alerts.sensitivity.rawValue,
                    ],
                    topTerms: evidence.terms, topAuthors: evidence.authors, sources: evidence.sources, sentiment: evidence.sentiment,
                    sampleMentionIDs: evidence.samples),
                dashboardURL: dashboardURL.map { "\($0)/projects/\(project.id)?alert=\(fingerprint.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? fingerprint)" },
                emittedAt: now)
            try await repository.record(alert, bucketStart: bucket, threshold: baseline.threshold, connection: connection)
            events.append(alert)
            state = AlertRepository.AlertState(
                status: .firing, startedAt: bucket, resolvedAt: nil, bucketStart: bucket, threshold: baseline.threshold, payload: alert)
        }
        return events
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
