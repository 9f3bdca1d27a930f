import Foundation

/// The causal spike detector used by `vigie-alerting backtest` on a plain series (one value per bucket).
///
/// For each new value it compares the value with the median of the previous `window` values, in units of their
/// scaled median absolute deviation (robust: past spikes barely move either). It alerts when the deviation reaches
/// `k`, then stays quiet for `cooldown` buckets (one alert per episode). Only the past is used: an alert at time t
/// depends on nothing after t.
struct SeriesDetector {
    var window = 500
    var warmUp = 96
    var k = 8.0
    var cooldown = 500
    /// Relative floor of the spread (a series that never moves still needs a real change to alert).
    var relativeFloor = 0.02

    func alerts(_ values: [Double]) -> [Int] {
        var alerts: [Int] = []
        var quietUntil = 0
        var history: [Double] = []
        history.reserveCapacity(window)
        for (index, value) in values.enumerated() {
            defer {
                history.append(value)
                if history.count > window { history.removeFirst(history.count - window) }
            }
            guard history.count >= warmUp, index >= quietUntil else { continue }
            let sorted = history.sorted()
            let median = RobustStatistics.median(sorted)
            let deviations = history.map { abs($0 - median) }.sorted()
            let spread = max(1.4826 * RobustStatistics.median(deviations), relativeFloor * abs(median), 1e-9)
            if abs(value - median) / spread >= k {
                alerts.append(index)
                quietUntil = index + cooldown
            }
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
