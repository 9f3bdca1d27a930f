import VigieEvents

/// Volume spike on distinct authors against a rolling, robust baseline.
///
/// The measure is the number of distinct (non-spam) authors in a bucket, so one account flooding counts once.
/// The baseline is the median of the previous `windowBuckets` buckets (missing buckets count 0) and its spread the
/// scaled median absolute deviation — both robust, so a past spike does not drag the baseline up. A bucket fires
/// when it reaches `threshold = max(minAuthors, median + k·max(spread, √median, 1), ratio·median)`; the current,
/// still open bucket is evaluated as it fills, so an alert comes within seconds of the burst. Nothing fires before
/// `minHistory` buckets of history exist (a new topic has no baseline).
struct VolumeSpikeDetector: Sendable {
    var windowBuckets = 36
    var minHistory = 6
    var minAuthors = 10
    var k = 4.0
    var ratio = 2.5

    init(settings: Project.AlertSettings) {
        minAuthors = settings.minAuthors
        switch settings.sensitivity {
        case .low:
            k = 6
            ratio = 4
        case .balanced:
            k = 4
            ratio = 2.5
        case .high:
            k = 3
            ratio = 1.8
        }
    }

    struct Baseline: Sendable, Equatable {
        var expected: Double
        var spread: Double
        var threshold: Double
        var historyBuckets: Int
    }

    /// The baseline for a bucket from the counts of the buckets before it (oldest first, at most `windowBuckets`),
    /// or `nil` when there is not enough history.
    func baseline(history: [Int]) -> Baseline? {
        guard history.count >= minHistory else { return nil }
        let window = history.suffix(windowBuckets).map(Double.init).sorted()
        let median = Self.median(window)
        let deviations = window.map { abs($0 - median) }.sorted()
        let spread = 1.4826 * Self.median(deviations)
        let threshold = max(Double(minAuthors), median + k * max(spread, median.squareRoot(), 1), ratio * median)
        return Baseline(expected: median, spread: spread, threshold: threshold.rounded(.up), historyBuckets: window.count)
    }

    static func median(_ sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Severity 1–5 from how far the threshold was crossed and whether far-reaching accounts took part.
    static func severity(observed: Double, threshold: Double, influencerInvolved: Bool) -> Int {
        let ratio = threshold > 0 ? observed / threshold : 1
        var severity = ratio >= 4 ? 4 : (ratio >= 2 ? 3 : 2)
        if influencerInvolved { severity += 1 }
        return min(5, severity)
    }
}
