import Foundation
import VigieEvents

/// Novelty of the recent shape of a series, judged against how novel the series usually is: the confirmation the
/// volume-spike detector asks for (live and in `vigie-alerting backtest`) before a level crossing pages anyone.
///
/// Each bucket is seen with the `shape - 1` before it, as a vector of `shape` values. Its *novelty* is the mean
/// Euclidean distance to its `neighbours` nearest vectors among the previous `reference` ones (which end at least
/// `shape` buckets earlier, so that the current values are not compared with themselves). The bar of a bucket is
/// `ratio` × the highest novelty of the previous `calibration` buckets. The daily rhythm is in the reference (a usual
/// evening peak has near neighbours yesterday), a burst or a level shift is not; random noise sets the calibration's
/// high-water mark, so a shape must stand out from what noise does. The buckets of an alert (the alerting one and the
/// `excluded - 1` after it) leave the calibration, so that one burst does not raise the bar for the next. Only the
/// past is used: the judgement of bucket t depends on nothing after t. Distances are ratios of each other, hence
/// scale-free. This is the principle of KNN-CAD (Burnaev & Ishimtsev, "Conformalized density- and distance-based
/// anomaly detection in time-series data", 2016), simplified.
struct SeriesDetector: Sendable {
    var shape = 10
    var reference = 1000
    var neighbours = 3
    var calibration = 1000
    /// Novelties needed in the calibration before a bucket is judged.
    var warmUp = 200
    /// Buckets after an alert during which the backtest prints no other (one alert per episode; live, the alert's
    /// own lifecycle does this).
    var cooldown = 50
    var excluded = 20
    /// The bar as a fraction of the calibration's highest novelty.
    var ratio = 1.0
    /// How far an alert may raise the calibration's highest novelty.
    var growth = 1.5

    /// The buckets of history a judgement can use: the reference and the calibration before it, and their shapes.
    var historyBuckets: Int { reference + calibration + 2 * shape }

    /// The novelty of every bucket (nil while there is not enough past).
    func novelties(_ values: [Double]) -> [Double?] {
        values.withUnsafeBufferPointer { v in v.indices.map { novelty(at: $0, in: v) } }
    }

    /// The novelty of the last value (nil while there is not enough past).
    func noveltyOfLast(_ values: [Double]) -> Double? {
        values.withUnsafeBufferPointer { v in v.isEmpty ? nil : novelty(at: v.count - 1, in: v) }
    }

    private func novelty(at index: Int, in v: UnsafeBufferPointer<Double>) -> Double? {
        guard shape >= 1, neighbours >= 1, index >= shape - 1 else { return nil }
        let start = index - shape + 1
        let upper = start - shape
        let lower = max(0, upper - reference)
        guard upper - lower >= max(neighbours, 20) else { return nil }
        // The `neighbours` smallest squared distances, largest last.
        var best = [Double](repeating: .infinity, count: neighbours)
        for candidate in lower..<upper {
            var squared = 0.0
            for offset in 0..<shape {
                let difference = v[candidate + offset] - v[start + offset]
                squared += difference * difference
            }
            if squared < best[neighbours - 1] {
                var slot = neighbours - 1
                while slot > 0, best[slot - 1] > squared {
                    best[slot] = best[slot - 1]
                    slot -= 1
                }
                best[slot] = squared
            }
        }
        return best.reduce(0) { $0 + $1.squareRoot() } / Double(neighbours)
    }

    /// The bar of the bucket that follows `closed` (the complete buckets before it), the buckets at `alerted`
    /// (indices into `closed`) having alerted; nil while the calibration is not warm.
    func barAfter(_ closed: [Double], alerted: Set<Int>) -> Double? {
        let calibrated = scan(closed) { index, _ in alerted.contains(index) }
        return bar(at: closed.count, novelties: calibrated).map { ratio * $0 }
    }

    /// The highest novelty of the calibration before `index`, once it holds `warmUp` of them.
    private func bar(at index: Int, novelties: [Double?]) -> Double? {
        var count = 0
        var highest = -Double.infinity
        for earlier in max(0, index - calibration)..<index {
            if let value = novelties[earlier] {
                count += 1
                highest = max(highest, value)
            }
        }
        return count >= warmUp ? highest : nil
    }

    /// The backtest: the buckets that are novel (novelty above the bar) and pass `gate` (the level condition), at
    /// most one per `cooldown` buckets.
    func alerts(_ values: [Double], gate: (Int) -> Bool = { _ in true }) -> [Int] {
        var alerts: [Int] = []
        var quietUntil = 0
        scan(values) { index, judgement in
            guard judgement.isNovel, index >= quietUntil, gate(index) else { return false }
            alerts.append(index)
            quietUntil = index + cooldown
            return true
        }
        return alerts
    }

    /// The novelty of a bucket and the bar it is judged against.
    struct Judgement: Sendable, Equatable {
        var novelty: Double
        var bar: Double
        var isNovel: Bool { novelty > bar }
    }

    /// ``scan(_:alerts:)`` over every bucket, in order: `decide(index, judgement)` gets the judgement of the buckets
    /// the scan judges and nil for the others; what it returns for a judged bucket marks it alerted.
    func walk(_ values: [Double], _ decide: (Int, Judgement?) -> Bool) {
        var cursor = 0
        scan(values) { index, judgement in
            while cursor < index {
                _ = decide(cursor, nil)
                cursor += 1
            }
            cursor = index + 1
            return decide(index, judgement)
        }
        while cursor < values.count {
            _ = decide(cursor, nil)
            cursor += 1
        }
    }

    /// Walks the series causally: for each bucket whose calibration is warm, `alerts(index, judgement)` says whether
    /// it alerted. An alert's bucket, the one before it and the `excluded - 1` after it then enter the calibration at
    /// most at `growth` × the highest novelty before them: one burst does not raise the bar for the next much, yet a
    /// rise that comes back (a routine) raises it a little each time, until its shape, now in the reference, is no longer new.
    /// - Returns: The novelties as the calibration saw them.
    @discardableResult
    func scan(_ values: [Double], alerts: (Int, Judgement) -> Bool) -> [Double?] {
        let raw = novelties(values)
        var novelty = raw
        for index in raw.indices {
            guard let current = raw[index], current > 0, let highest = bar(at: index, novelties: novelty),
                alerts(index, Judgement(novelty: current, bar: ratio * highest))
            else { continue }
            // From the bucket before, at the highest novelty before it: a crossing that waited for the next bucket to
            // confirm it is the alert's too (for an alert at once, that bucket is ordinary and the cap barely differs).
            let cap = growth * (bar(at: index - 1, novelties: novelty) ?? highest)
            for later in max(0, index - 1)..<min(novelty.count, index + excluded) { novelty[later] = novelty[later].map { min($0, cap) } }
        }
        return novelty
    }
}

/// `vigie-alerting backtest FILE.csv`: the volume-spike rule of ``VolumeSpikeDetector`` on a bare series — a value
/// at or above its level bar (the balanced `k` spreads over the median of the last buckets, or of the same time of day
/// on the previous days and weeks when that is higher; no count floors, since the unit is unknown) whose recent shape
/// is also novel (``SeriesDetector``) — or, while every value so far is a whole number ≥ 0 (a series of counts, what
/// Vigie watches), such a crossing confirmed by the next bucket or large (``LevelConfirmation``), or the sum of the
/// last `sustainedBuckets` above its bar, with the count floors — at most one alert per `novelty.cooldown` buckets.
/// Strictly causal.
struct SeriesBacktest: Sendable {
    var detector = VolumeSpikeDetector.bareSeries

    /// The indices of the rows that alert.
    func alerts(_ rows: [SeriesCSV.Row]) -> [Int] {
        let values = rows.map(\.value)
        var position: [Date: Int] = [:]
        // A repeated timestamp (real series have them, e.g. around clock changes) is found at its first row.
        for (index, row) in rows.enumerated() where position[row.date] == nil { position[row.date] = index }
        // The bucket width: the most common step between rows (series may have gaps).
        var steps: [Double: Int] = [:]
        for (earlier, later) in zip(rows, rows.dropFirst()) { steps[later.date.timeIntervalSince(earlier.date), default: 0] += 1 }
        let minutes = max(1, Int(((steps.max { $0.value < $1.value }?.key ?? 300) / 60).rounded()))
        /// The level bar of the bucket at `index` when its value reaches it.
        func crossedLevel(_ index: Int) -> Double? {
            let history = Array(values[max(0, index - detector.windowBuckets)..<index])
            let seasonal = seasonalRows(index).map { values[$0] }
            guard let baseline = detector.baseline(history: history, seasonal: seasonal), values[index] >= baseline.threshold else { return nil }
            return baseline.threshold
        }
        func seasonalRows(_ index: Int) -> [Int] {
            VolumeSpikeDetector.seasonalSlots(of: rows[index].date, bucketMinutes: minutes).compactMap { position[$0] }.filter { $0 < index }
        }
        // Prefix sums for the sustained windows, and whether the series is made of counts so far (causal).
        var prefix = [0.0]
        prefix.reserveCapacity(values.count + 1)
        for value in values { prefix.append(prefix[prefix.count - 1] + value) }
        var countsUpTo = [Bool]()
        countsUpTo.reserveCapacity(values.count)
        for value in values { countsUpTo.append((countsUpTo.last ?? true) && value >= 0 && value.rounded() == value) }
        func sustained(_ index: Int) -> Bool {
            let sums = detector.sustainedSums(at: index, seasonal: seasonalRows(index)) { prefix[$1] - prefix[$0] }
            guard let baseline = detector.sustainedBaseline(recent: sums.recent, seasonal: sums.seasonal) else { return false }
            return sums.current >= baseline.threshold
                && detector.isBroad(values[max(0, index - detector.sustainedBuckets + 1)...index], expected: baseline.expected)
        }

        var alerts: [Int] = []
        var quietUntil = 0
        var confirmation = LevelConfirmation(detector)
        /// Fires on a novel level crossing (on counts: confirmed, or large) or a sustained rise, at most once per
        /// `novelty.cooldown` buckets.
        func decide(_ index: Int, _ judgement: SeriesDetector.Judgement?) -> Bool {
            guard index >= quietUntil else { return false }
            let crossed = judgement?.isNovel == true ? crossedLevel(index) : nil
            let level = countsUpTo[index] ? confirmation.judge(index: index, observed: values[index], crossed: crossed) != nil : crossed != nil
            guard level || (countsUpTo[index] && sustained(index)) else { return false }
            alerts.append(index)
            quietUntil = index + detector.novelty.cooldown
            return true
        }
        // Buckets whose shape is not judged can still rise for an hour.
        detector.novelty.walk(values, decide)
        return alerts
    }
}

/// Reads `timestamp,value` CSV (header line; ISO-8601, or `YYYY-MM-DD HH:MM:SS` read as UTC).
enum SeriesCSV {
    struct Row: Sendable {
        var timestamp: String
        var date: Date
        var value: Double
    }

    struct Error: Swift.Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "line \(line): \(reason)" }
    }

    static func parse(_ text: String) throws -> [Row] {
        var rows: [Row] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || (offset == 0 && trimmed.lowercased().hasPrefix("timestamp")) { continue }
            let fields = trimmed.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2 else { throw Error(line: offset + 1, reason: "expected timestamp,value") }
            guard let date = parseDate(fields[0]) else {
                throw Error(line: offset + 1, reason: "'\(fields[0])' is not an ISO-8601 timestamp (or YYYY-MM-DD HH:MM:SS, UTC)")
            }
            guard let value = Double(fields[1]), value.isFinite else { throw Error(line: offset + 1, reason: "'\(fields[1])' is not a number") }
            rows.append(Row(timestamp: fields[0], date: date, value: value))
        }
        return rows
    }

    static func parseDate(_ text: String) -> Date? {
        if let date = EventCodec.parseDate(text) { return date }
        // `YYYY-MM-DD HH:MM:SS` (NAB's form), read as UTC.
        guard text.utf8.count == 19, text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 10)] == UInt8(ascii: " ") else { return nil }
        return EventCodec.parseDate(text.replacingOccurrences(of: " ", with: "T") + "Z")
    }
}
