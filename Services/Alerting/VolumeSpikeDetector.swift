import Foundation
import VigieEvents

/// Volume spike on distinct authors against a rolling, robust baseline.
///
/// The measure is the number of distinct (non-spam) authors in a bucket, so one account flooding counts once.
/// The baseline is the median of the previous `windowBuckets` buckets (missing buckets count 0) and its spread the
/// scaled median absolute deviation — both robust, so a past spike does not drag the baseline up. A bucket fires
/// when it reaches `threshold = max(minAuthors, median + k·max(spread, √median, 1), ratio·median)`; the current,
/// still open bucket is evaluated as it fills, so an alert comes within seconds of the burst. Nothing fires before
/// `minHistory` buckets of history exist (a new topic has no baseline).
///
/// Crossing the level is necessary, not sufficient: once a topic has enough history (`novelty.historyBuckets` at
/// most, `novelty.warmUp` judged buckets at least), the shape of the last buckets must also be *novel*
/// (``SeriesDetector``): a rise that looks like the ones noise and rhythm made before does not page anyone.
/// `vigie-alerting backtest FILE.csv` runs the same two conditions on a bare series (``SeriesBacktest``).
struct VolumeSpikeDetector: Sendable {
    var windowBuckets = 36
    var minHistory = 6
    var minAuthors = 10
    var k = 4.0
    var ratio = 2.5
    /// Counts of authors (live) or a bare series of unknown unit (the CSV backtest). Only counts get the floors that
    /// make sense for them: `minAuthors`, `ratio`·expected, a spread of at least √expected and 1, a whole threshold.
    var counts = true
    /// The shape-novelty confirmation.
    var novelty = SeriesDetector()

    /// The balanced rule on a series of unknown unit: the level at `k` spreads above the (seasonal) median, no floor.
    static var bareSeries: VolumeSpikeDetector {
        var detector = VolumeSpikeDetector(settings: Project.AlertSettings(sensitivity: .balanced, minAuthors: 0))
        detector.counts = false
        return detector
    }

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
        /// Buckets at the same time of day on the previous days and weeks that were used (0: not enough of them).
        var seasonalBuckets = 0
    }

    /// Fewest same-time-of-day buckets before the daily/weekly rhythm is used (three days' worth).
    var minSeasonal = 9

    /// The baseline for a bucket from the counts of the buckets before it (oldest first, at most `windowBuckets`),
    /// or `nil` when there is not enough history.
    ///
    /// `seasonal` holds the counts at the same time of day (±1 bucket) on each of the previous 7 days and the same
    /// weekday of the 3 weeks before (see ``seasonalSlots(of:bucketMinutes:)``). When there are enough of them and
    /// their median is above the recent one, the rhythm wins: a Monday-morning rise that happens every Monday is
    /// expected, not a spike. Both levels are medians, so past spikes do not drag them up.
    func baseline(history: [Double], seasonal: [Double] = []) -> Baseline? {
        guard history.count >= minHistory else { return nil }
        let recent = RobustStatistics(Array(history.suffix(windowBuckets)))
        var expected = recent.median
        var spread = recent.spread
        var seasonalUsed = 0
        if seasonal.count >= minSeasonal {
            let rhythm = RobustStatistics(seasonal)
            if rhythm.median > recent.median {
                expected = rhythm.median
                spread = max(spread, rhythm.spread)
                seasonalUsed = seasonal.count
            }
        }
        let threshold =
            counts
            ? max(Double(minAuthors), expected + k * max(spread, expected.squareRoot(), 1), ratio * expected).rounded(.up)
            : expected + k * max(spread, Double.ulpOfOne * abs(expected), .leastNormalMagnitude)
        return Baseline(
            expected: expected, spread: spread, threshold: threshold, historyBuckets: min(history.count, windowBuckets),
            seasonalBuckets: seasonalUsed)
    }

    /// The buckets whose counts make the daily/weekly rhythm of `bucket`: the same time (±1 bucket) on each of the
    /// 7 previous days and on the same weekday 2, 3 and 4 weeks before.
    static func seasonalSlots(of bucket: Date, bucketMinutes: Int) -> [Date] {
        let width = Double(max(1, bucketMinutes) * 60)
        let day = 86_400.0
        let offsets = (1...7).map { Double($0) * day } + (2...4).map { Double($0) * 7 * day }
        return offsets.flatMap { offset in (-1...1).map { bucket.addingTimeInterval(-offset + Double($0) * width) } }
    }

    /// Severity 1–5 from how far the threshold was crossed and whether far-reaching accounts took part.
    static func severity(observed: Double, threshold: Double, influencerInvolved: Bool) -> Int {
        let ratio = threshold > 0 ? observed / threshold : 1
        var severity = ratio >= 4 ? 4 : (ratio >= 2 ? 3 : 2)
        if influencerInvolved { severity += 1 }
        return min(5, severity)
    }
}
