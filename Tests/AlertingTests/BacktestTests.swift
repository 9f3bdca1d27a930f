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

    @Test func alertsOnASpikeOnceAndNotOnNoise() {
        var values = noisy(1000)
        #expect(SeriesDetector().alerts(values).isEmpty)
        for index in 700..<710 { values[index] = 600 }
        #expect(SeriesDetector().alerts(values) == [700])
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

    @Test func csvErrorsNameTheLine() throws {
        #expect(try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00,1.5\n").map(\.value) == [1.5])
        #expect(throws: SeriesCSV.Error.self) { try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00,abc\n") }
        #expect(throws: SeriesCSV.Error.self) { try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00\n") }
    }
}
