import Foundation

/// The causal detector used by `vigie-alerting backtest` on a plain series (one value per bucket): novelty of the
/// recent shape, judged against how novel the series usually is.
///
/// Each bucket is seen with the `shape - 1` before it, as a vector of `shape` values. Its *novelty* is the mean
/// Euclidean distance to its `neighbours` nearest vectors among the previous `reference` ones (which end at least
/// `shape` buckets earlier, so that the current values are not compared with themselves). A bucket alerts when its
/// novelty exceeds every novelty of the previous `calibration` buckets: nothing that recent looked this new. The
/// daily rhythm is in the reference (a usual evening peak has near neighbours yesterday), a level shift or a burst is
/// not. The alerting bucket and the `excluded - 1` after it leave the calibration, so that one burst does not raise
/// the bar for the next; after an alert the detector is quiet for `cooldown` buckets (one alert per episode).
/// Only the past is used: an alert at time t depends on nothing after t. The rule is scale-free (a ratio of
/// distances), so one configuration serves every series. This is the principle of KNN-CAD (Burnaev & Ishimtsev,
/// "Conformalized density- and distance-based anomaly detection in time-series data", 2016), simplified.
struct SeriesDetector {
    var shape = 10
    var reference = 1000
    var neighbours = 3
    var calibration = 1000
    /// Novelties needed in the calibration before a bucket may alert.
    var warmUp = 200
    var cooldown = 50
    var excluded = 20
    /// How far above the calibration's maximum a novelty must be.
    var ratio = 1.1

    /// The novelty of every bucket (nil while there is not enough past).
    func novelties(_ values: [Double]) -> [Double?] {
        let minimumReferences = max(neighbours, 20)
        var result = [Double?](repeating: nil, count: values.count)
        guard shape >= 1, neighbours >= 1, values.count >= shape else { return result }
        values.withUnsafeBufferPointer { v in
            var best = [Double](repeating: 0, count: neighbours)
            for index in (shape - 1)..<v.count {
                let start = index - shape + 1
                let upper = start - shape
                let lower = max(0, upper - reference)
                guard upper - lower >= minimumReferences else { continue }
                for slot in best.indices { best[slot] = .infinity }
                for candidate in lower..<upper {
                    var squared = 0.0
                    for offset in 0..<shape {
                        let difference = v[candidate + offset] - v[start + offset]
                        squared += difference * difference
                    }
                    // Keep the `neighbours` smallest, largest last.
                    if squared < best[neighbours - 1] {
                        var slot = neighbours - 1
                        while slot > 0, best[slot - 1] > squared {
                            best[slot] = best[slot - 1]
                            slot -= 1
                        }
                        best[slot] = squared
                    }
                }
                result[index] = best.reduce(0) { $0 + $1.squareRoot() } / Double(neighbours)
            }
        }
        return result
    }

    func alerts(_ values: [Double]) -> [Int] {
        var novelty = novelties(values)
        var alerts: [Int] = []
        var quietUntil = 0
        for index in novelty.indices {
            guard index >= quietUntil, let current = novelty[index], current > 0 else { continue }
            var count = 0
            var highest = -Double.infinity
            for earlier in max(0, index - calibration)..<index {
                if let value = novelty[earlier] {
                    count += 1
                    highest = max(highest, value)
                }
            }
            guard count >= warmUp, current > ratio * highest else { continue }
            alerts.append(index)
            quietUntil = index + cooldown
            for later in index..<min(novelty.count, index + excluded) { novelty[later] = nil }
        }
        return alerts
    }
}

/// Reads `timestamp,value` CSV (header line; ISO-8601 or `YYYY-MM-DD HH:MM:SS` UTC).
enum SeriesCSV {
    struct Error: Swift.Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "line \(line): \(reason)" }
    }

    static func parse(_ text: String) throws -> [(timestamp: String, value: Double)] {
        var rows: [(String, Double)] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || (offset == 0 && trimmed.lowercased().hasPrefix("timestamp")) { continue }
            let fields = trimmed.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2 else { throw Error(line: offset + 1, reason: "expected timestamp,value") }
            guard let value = Double(fields[1]), value.isFinite else { throw Error(line: offset + 1, reason: "'\(fields[1])' is not a number") }
            rows.append((fields[0], value))
        }
        return rows
    }
}
