import Foundation
import Testing
@testable import Alerting

@Suite("Backtest detector")
struct BacktestTests {
    func noisy(_ count: Int, seed: UInt64 = 7) -> [Double] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return 100 + Double(state >> 59)  // 100…131
        }
    }

    @Test func alertsOnABurstOnceAndRarelyOnNoise() {
        var values = noisy(1000)
        #expect(SeriesDetector().alerts(values).count <= 2)
        for index in 700..<710 { values[index] = 600 }
        let alerts = SeriesDetector().alerts(values)
        #expect(alerts.contains(700))
        #expect(!alerts.contains { (701..<760).contains($0) })
    }

    @Test func aSecondBurstIsNotHiddenByTheFirst() {
        var values = noisy(1000)
        for index in 700..<710 { values[index] = 600 }
        for index in 800..<810 { values[index] = 600 }
        let alerts = SeriesDetector().alerts(values)
        #expect(alerts.contains(700) && alerts.contains(800))
    }

    @Test func theDailyRhythmIsNotNewButALevelShiftIs() {
        // 24 buckets a day, a wide daily wave with noise, for 120 days; then the level jumps by a third.
        let noise = noisy(3500)
        var values: [Double] = []
        for index in 0..<3500 {
            let phase = Double(index % 24) / 24 * 2 * Double.pi
            values.append(1000 + 600 * sin(phase) + 3 * (noise[index] - 115))
        }
        let quiet = SeriesDetector().alerts(values)
        #expect(quiet.count <= 3, "daily peaks alerted: \(quiet)")
        for index in 3000..<3500 { values[index] += 400 }
        let alerts = SeriesDetector().alerts(values)
        #expect(alerts.contains { (3000..<3003).contains($0) }, "alerts: \(alerts)")
    }

    @Test func novelty() {
        // A series that repeats has near neighbours: novelty 0; a new value is as far as it is new.
        let values = (0..<100).map { Double($0 % 4) } + [9, 0, 1, 2, 3]
        let novelty = SeriesDetector(shape: 1, neighbours: 1).novelties(values)
        #expect(novelty[99] == 0)
        #expect(novelty[100] == 6)
    }

    @Test func isCausal() {
        var values = noisy(1000)
        for index in 700..<710 { values[index] = 600 }
        let all = SeriesDetector().alerts(values)
        // Cutting the future off changes no earlier decision.
        for cut in [650, 701, 705, 900] {
            #expect(SeriesDetector().alerts(Array(values.prefix(cut))) == all.filter { $0 < cut })
        }
    }

    @Test func overridesAreCheckedByName() throws {
        var detector = SeriesDetector()
        try Backtest.applyOverrides(["VIGIE_BACKTEST_SHAPE": "4", "VIGIE_BACKTEST_RATIO": "1.5"], to: &detector)
        #expect(detector.shape == 4 && detector.ratio == 1.5)
        #expect(throws: (any Error).self) { try Backtest.applyOverrides(["VIGIE_BACKTEST_COOLDOWN": "soon"], to: &detector) }
        #expect(throws: (any Error).self) { try Backtest.applyOverrides(["VIGIE_BACKTEST_RATIO": "0"], to: &detector) }
        #expect(detector.cooldown == SeriesDetector().cooldown)
    }

    @Test func csvErrorsNameTheLine() throws {
        #expect(try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00,1.5\n").map(\.value) == [1.5])
        #expect(throws: SeriesCSV.Error.self) { try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00,abc\n") }
        #expect(throws: SeriesCSV.Error.self) { try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00\n") }
    }
}
