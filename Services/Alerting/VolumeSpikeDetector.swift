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
/// A **sustained** rise fires without that confirmation: the sum of the last `sustainedBuckets` buckets (an hour at
/// 5-minute buckets) reaching `max(E + sustainedK·max(S, √E, 1), sustainedRatio·E)`, E the median of the sums of the
/// `sustainedWindows` windows before it, or of the windows ending at the same time of day on the previous days and
/// weeks when that is higher, S the scaled MAD of those same-time sums (``sustainedBaseline(recent:seasonal:)``).
/// A surge that climbs over an hour never stands
/// out in one bucket — the median of the last buckets climbs with it — but its hour does; a burst of one or two
/// buckets barely moves an hour's sum, so the shape check still judges those.
///
/// On counts, a new-shaped level crossing is then *pending*, as a Prometheus rule with `for:` is: it fires at once
/// only when it reaches `fireAtOnce` × its level bar; otherwise it fires when the next bucket reaches `confirmRatio` ×
/// that bar (``LevelConfirmation``). Mention counts burst all day — a viral post, a bot, a retweet cascade — and one
/// bucket of it looks like the onset of news; news lasts. On seeded social-media-like series (`tweet_like.py`) this
/// halved the false alerts (80 → 35 and 87 → 31) for one window of 76 lost; on NAB's count series it costs the two
/// anomalies that were a single bucket (`nyc_taxi`, `elb_request_count_8c0756`). Bare series of another unit (the
/// CSV backtest's CPU loads, temperatures) fire on the crossing.
/// `vigie-alerting backtest FILE.csv` runs the same conditions on a bare series (``SeriesBacktest``).
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
    /// A crossing of counts this many times its level bar fires at once; a smaller one waits for the next bucket.
    var fireAtOnce = 4.0
    /// The next bucket confirms a pending crossing when it reaches this many times the bar the crossing crossed.
    var confirmRatio = 1.25
    /// The sustained condition: buckets summed, windows before it in the recent baseline, and its `k`.
    var sustainedBuckets = 12
    var sustainedWindows = 6
    var sustainedK = 10.0
    var sustainedRatio = 2.0
    /// Fewest earlier windows before the sustained condition is judged (3 hours at the defaults).
    var minSustainedWindows = 3

    /// Buckets of history the detector reads before a judged bucket: the level's window or the sustained windows.
    var historyBuckets: Int { max(windowBuckets, (sustainedWindows + 1) * sustainedBuckets) }

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
            sustainedK = 15
            sustainedRatio = 2.5
        case .balanced:
            k = 4
            ratio = 2.5
            sustainedK = 10
            sustainedRatio = 2
        case .high:
            k = 3
            ratio = 1.8
            sustainedK = 7.5
            sustainedRatio = 1.6
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
        return Self.baseline(
            recent: Array(history.suffix(windowBuckets)), seasonal: seasonal, minSeasonal: minSeasonal, k: k, ratio: ratio,
            minimum: Double(minAuthors), counts: counts)
    }

    /// The bar of the sum of the last `sustainedBuckets` buckets, from `recent` (the sums of the windows before it,
    /// oldest first; the last `sustainedWindows` are used) and `seasonal` (the sums of the windows ending at the
    /// ``seasonalSlots(of:bucketMinutes:)``); nil without `minSustainedWindows` recent sums or without the three days
    /// of rhythm (`minSeasonal`) that tell a daily rise from a surge.
    ///
    /// The spread is the same-time sums' only: the recent hours' spread mostly measures the slope of the daily rhythm
    /// (an evening's decline, a morning's climb), and ×10 it hid surges of ×3 for hours that began at night (on
    /// `tweet_like.py`'s series, 14 of the 186 windows of seeds 1–5, all such surges). The floor `sustainedRatio`·E
    /// stands in for it against what a spread of the recent hours did catch: a level that drifts up a little from one
    /// day to the next. The sums are of counts (the CSV backtest judges a sustained rise only on a series of counts), so
    /// the count floors apply too: a spread of at least √E and 1, and `minAuthors`.
    func sustainedBaseline(recent: [Double], seasonal: [Double]) -> Baseline? {
        guard recent.count >= minSustainedWindows, seasonal.count >= minSeasonal else { return nil }
        let windows = Array(recent.suffix(sustainedWindows))
        let near = RobustStatistics(windows).median
        let rhythm = RobustStatistics(seasonal)
        let seasonalUsed = rhythm.median > near
        let expected = seasonalUsed ? rhythm.median : near
        let spread = seasonalUsed ? rhythm.spread : 0
        let threshold = max(Double(minAuthors), expected + sustainedK * max(spread, expected.squareRoot(), 1), sustainedRatio * expected).rounded(.up)
        return Baseline(
            expected: expected, spread: spread, threshold: threshold, historyBuckets: windows.count, seasonalBuckets: seasonalUsed ? seasonal.count : 0)
    }

    private static func baseline(recent history: [Double], seasonal: [Double], minSeasonal: Int, k: Double, ratio: Double, minimum: Double, counts: Bool)
        -> Baseline
    {
        let recent = RobustStatistics(history)
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
            ? max(minimum, expected + k * max(spread, expected.squareRoot(), 1), ratio * expected).rounded(.up)
            : expected + k * max(spread, Double.ulpOfOne * abs(expected), .leastNormalMagnitude)
        return Baseline(expected: expected, spread: spread, threshold: threshold, historyBuckets: history.count, seasonalBuckets: seasonalUsed)
    }

    /// The buckets whose counts make the daily/weekly rhythm of `bucket`: the same time (±1 bucket) on each of the
    /// 7 previous days and on the same weekday 2, 3 and 4 weeks before.
    static func seasonalSlots(of bucket: Date, bucketMinutes: Int) -> [Date] {
        let width = Double(max(1, bucketMinutes) * 60)
        let day = 86_400.0
        let offsets = (1...7).map { Double($0) * day } + (2...4).map { Double($0) * 7 * day }
        return offsets.flatMap { offset in (-1...1).map { bucket.addingTimeInterval(-offset + Double($0) * width) } }
    }

    /// Whether a window's rise is broad: at least half of its buckets above the window's expected mean per bucket. An
    /// hour that crossed its bar because of one or two buckets is a burst (the shape check's business), not a surge.
    func isBroad<Window: Collection<Double>>(_ window: Window, expected: Double) -> Bool {
        let mean = expected / Double(sustainedBuckets)
        return 2 * window.lazy.filter { $0 > mean }.count >= sustainedBuckets
    }

    /// The buckets the sustained condition of `bucket` reads at the same time of day on previous days and weeks: the
    /// `sustainedBuckets` buckets ending at each of its ``seasonalSlots(of:bucketMinutes:)``.
    func sustainedSlots(of bucket: Date, bucketMinutes: Int) -> [Date] {
        let width = Double(max(1, bucketMinutes) * 60)
        let ends = Self.seasonalSlots(of: bucket, bucketMinutes: bucketMinutes)
        return Array(Set(ends.flatMap { end in (0..<sustainedBuckets).map { end.addingTimeInterval(-Double($0) * width) } }))
    }

    /// The sustained condition's sums for the bucket at `index` of a series: the window ending there, the windows
    /// before it (oldest first) and the windows ending at the seasonal `slots` (indices, earlier than `index`).
    /// `total(a, b)` is the sum of the values at indices a..<b (clamped to the series by the caller).
    func sustainedSums(at index: Int, seasonal slots: [Int], total: (Int, Int) -> Double) -> (current: Double, recent: [Double], seasonal: [Double]) {
        let m = sustainedBuckets
        let current = total(max(0, index - m + 1), index + 1)
        let recent = (1...sustainedWindows).reversed().compactMap { back -> Double? in
            let end = index + 1 - back * m
            return end - m >= 0 ? total(end - m, end) : nil
        }
        let seasonal = slots.compactMap { slot in slot - m + 1 >= 0 ? total(slot - m + 1, slot + 1) : nil }
        return (current, recent, seasonal)
    }

    /// Severity 1–5 from how far the threshold was crossed and whether far-reaching accounts took part.
    static func severity(observed: Double, threshold: Double, influencerInvolved: Bool) -> Int {
        let ratio = threshold > 0 ? observed / threshold : 1
        var severity = ratio >= 4 ? 4 : (ratio >= 2 ? 3 : 2)
        if influencerInvolved { severity += 1 }
        return min(5, severity)
    }
}

/// The level rule of a count series walked in order, with its confirmation (``VolumeSpikeDetector``'s `for:`): a
/// crossing fires at once at `fireAtOnce` × its bar, or is pending and fires when the next bucket reaches
/// `confirmRatio` × that bar. The CSV backtest and the history replay walk with it; live, the engine sets the same two
/// bars on each bucket (``AlertEngine/volumeSpike(_:connection:shapeCheck:)``).
struct LevelConfirmation: Sendable {
    let fireAtOnce: Double
    let confirmRatio: Double
    /// The last pending crossing: its index and the bar it crossed.
    private var pending: (index: Int, threshold: Double)?

    init(_ detector: VolumeSpikeDetector) {
        fireAtOnce = detector.fireAtOnce
        confirmRatio = detector.confirmRatio
    }

    /// Bucket `index` (the walk calls it for each bucket it may fire on, in order) with its value, and `crossed`: its
    /// level bar when it crossed it with a new shape, nil otherwise. Returns the bar of the crossing the bucket fires
    /// on — its own (at once) or the bucket before's (confirmed) —, nil when it does not fire (a crossing under
    /// `fireAtOnce` × its bar is then pending until the next bucket).
    mutating func judge(index: Int, observed: Double, crossed: Double?) -> Double? {
        let previous = pending
        pending = nil
        if let previous, previous.index == index - 1, observed >= confirmRatio * previous.threshold { return previous.threshold }
        guard let crossed, observed >= crossed else { return nil }
        if observed >= fireAtOnce * crossed { return crossed }
        pending = (index, crossed)
        return nil
    }
}
