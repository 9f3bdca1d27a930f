import Foundation
import Testing
import VigieEvents
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

    /// Rows every 5 minutes from 2024-01-01.
    func rows(_ values: [Double]) -> [SeriesCSV.Row] {
        let start = EventCodec.parseDate("2024-01-01T00:00:00Z")!
        return values.enumerated().map { index, value in
            let date = start.addingTimeInterval(Double(index) * 300)
            return SeriesCSV.Row(timestamp: EventCodec.formatDate(date), date: date, value: value)
        }
    }

    @Test func alertsOnABurstOnceAndRarelyOnNoise() {
        var values = noisy(1000)
        #expect(SeriesBacktest().alerts(rows(values)).count <= 2)
        for index in 700..<710 { values[index] = 600 }
        let alerts = SeriesBacktest().alerts(rows(values))
        // Counts: the crossing at 700 (600 against a bar of 288) is pending, and its second bucket confirms it.
        #expect(alerts.contains(701))
        #expect(!alerts.contains { (702..<760).contains($0) })
    }

    @Test func oneBucketOfCountsWaitsForTheNextUnlessItIsFarAbove() throws {
        var values = noisy(1000)
        let bar = try #require(SeriesBacktest().detector.baseline(history: Array(values[664..<700]))?.threshold)
        values[700] = (3 * bar).rounded()
        #expect(!SeriesBacktest().alerts(rows(values)).contains { (700..<760).contains($0) }, "one bucket of a burst is no news")
        values[701] = (1.25 * bar).rounded(.up)
        #expect(SeriesBacktest().alerts(rows(values)).contains(701), "confirmed by the next bucket at 1.25 times the bar")
        values[701] = (1.25 * bar).rounded(.up) - 1
        #expect(!SeriesBacktest().alerts(rows(values)).contains { (700..<760).contains($0) }, "not confirmed just under it")
        values[700] = (4 * bar).rounded(.up)
        #expect(SeriesBacktest().alerts(rows(values)).contains(700), "four times the bar fires at once")
        // A series of another unit (not whole numbers) fires on the crossing: CPU loads are not bursty counts.
        var loads = noisy(1000).map { $0 + 0.5 }
        loads[700] = (3 * bar).rounded() + 0.5
        #expect(SeriesBacktest().alerts(rows(loads)).contains(700))
    }

    @Test func aSecondBurstIsNotHiddenByTheFirst() {
        var values = noisy(1000)
        for index in 700..<710 { values[index] = 600 }
        for index in 800..<810 { values[index] = 600 }
        let alerts = SeriesBacktest().alerts(rows(values))
        #expect(alerts.contains(701) && alerts.contains(801))
    }

    @Test func aVolumeSpikeIsARiseNotADrop() {
        var values = noisy(1000)
        for index in 700..<710 { values[index] = 0 }
        #expect(SeriesDetector(ratio: 1.1).alerts(values).contains(700), "the shape is new")
        #expect(!SeriesBacktest().alerts(rows(values)).contains { (700..<710).contains($0) }, "but fewer mentions is no spike")
    }

    @Test func aRiseShapedLikeTheUsualOnesIsNoSpike() {
        // Every 96 buckets the count jumps to 400 for one bucket (a routine: a daily show, a newsletter…).
        let noise = noisy(2000)
        var values = (0..<2000).map { $0 % 96 == 0 ? 400 : noise[$0] }
        let routine = SeriesBacktest().alerts(rows(values)).filter { $0 >= 1500 }
        #expect(routine.isEmpty, "the routine alerted at \(routine)")
        // The same jump at another time is the same shape, hence no news; a jump that lasts is.
        for index in 1900..<1905 { values[index] = 400 }
        let alerts = SeriesBacktest().alerts(rows(values))
        #expect(alerts.contains { (1900..<1905).contains($0) }, "the lasting jump is new: \(alerts)")
    }

    @Test func aSurgeThatLastsIsARiseEvenWhereNoBucketStandsOut() {
        // Six days of 20–51 a bucket; then, for five hours, 40 more a bucket: no bucket fires on its level (bar 83,
        // none reaches 1.25 times it), but every hour is above its own (about 900 against 426 usually; the bar is twice
        // the usual hour).
        var values = noisy(1800).map { $0 - 80 }
        for index in 1500..<1560 { values[index] += 40 }
        let alerts = SeriesBacktest().alerts(rows(values))
        #expect(alerts.contains { (1500..<1524).contains($0) }, "alerts: \(alerts)")
        #expect(alerts.filter { $0 >= 900 && !(1500..<1560).contains($0) }.isEmpty, "false alerts: \(alerts)")
        // 30 more a bucket (×1.8 for hours) is under the balanced floor of twice the usual hour; under the high preset's
        // (1.6 times) it is a rise.
        for index in 1500..<1560 { values[index] -= 10 }
        #expect(!SeriesBacktest().alerts(rows(values)).contains { (1500..<1560).contains($0) })
        var sensitive = SeriesBacktest()
        sensitive.detector.sustainedRatio = 1.6
        #expect(sensitive.alerts(rows(values)).contains { (1500..<1524).contains($0) })
        // Not counts (a fraction in every value): the unit is unknown, the sustained condition is not used.
        #expect(!sensitive.alerts(rows(values.map { $0 + 0.5 })).contains { (1500..<1560).contains($0) })
        for index in 1500..<1560 { values[index] += 10 }
        var levelOnly = SeriesBacktest()
        levelOnly.detector.sustainedK = 1_000
        #expect(!levelOnly.alerts(rows(values)).contains { (1500..<1560).contains($0) }, "the level alone sees it")
    }

    @Test func twoBucketsDoNotMakeASustainedRise() {
        // Mostly zeros, and 20 at two buckets 30 minutes apart every 100 buckets: each hour holding both is far above
        // the median hour (0), but the rise is not broad.
        let values = (0..<2000).map { $0 % 100 == 0 || $0 % 100 == 6 ? 20.0 : 0 }
        let alerts = SeriesBacktest().alerts(rows(values)).filter { $0 >= 900 }
        #expect(alerts.isEmpty, "alerts: \(alerts)")
        #expect(VolumeSpikeDetector.bareSeries.isBroad([0, 0, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0], expected: 0) == false)
        #expect(VolumeSpikeDetector.bareSeries.isBroad([9, 9, 9, 9, 9, 9, 0, 0, 0, 0, 0, 0], expected: 60) == true)
    }

    @Test func theDailyRhythmIsNoSustainedRise() {
        // Ten days of counts that jump every morning from about 20 to about 150 and fall back every evening: each
        // morning hour is far above the hours before it, but not above the same hour on the days before — and until
        // three days are known, the condition does not judge (the second morning looked like a surge).
        let noise = noisy(2880)
        let values = (0..<2880).map { index -> Double in
            let hour = index % 288 / 12
            return (8..<20).contains(hour) ? noise[index] + 20 : noise[index] - 95
        }
        let alerts = SeriesBacktest().alerts(rows(values)).filter { $0 >= 288 }
        #expect(alerts.isEmpty, "alerts: \(alerts)")
    }

    @Test func theLiveBarIsTheBacktestBar() {
        // Live, the calibration is rebuilt from the closed buckets and the past firings: it must be what the
        // backtest saw at that bucket.
        var values = noisy(1600)
        for index in 1200..<1210 { values[index] = 600 }
        let detector = SeriesDetector()
        var judged: [Int: SeriesDetector.Judgement] = [:]
        var alerted: Set<Int> = []
        detector.scan(values) { index, judgement in
            judged[index] = judgement
            guard judgement.isNovel, index == 1200 else { return false }
            alerted.insert(index)
            return true
        }
        #expect(alerted == [1200])
        for index in [1100, 1200, 1205, 1300, 1599] {
            let closed = Array(values[..<index])
            #expect(detector.barAfter(closed, alerted: alerted.filter { $0 < index }) == judged[index]?.bar, "at \(index)")
            #expect(detector.noveltyOfLast(Array(values[...index])) == judged[index]?.novelty, "at \(index)")
        }
    }

    @Test func theDailyRhythmIsNotNewButALevelShiftIs() {
        // 24 buckets a day, a wide daily wave with noise, for 120 days; then the level jumps by a third.
        let noise = noisy(3500)
        var values: [Double] = []
        for index in 0..<3500 {
            let phase = Double(index % 24) / 24 * 2 * Double.pi
            values.append(1000 + 600 * sin(phase) + 3 * (noise[index] - 115))
        }
        let quiet = SeriesDetector(ratio: 1.1).alerts(values)
        #expect(quiet.count <= 3, "daily peaks alerted: \(quiet)")
        for index in 3000..<3500 { values[index] += 400 }
        let alerts = SeriesDetector(ratio: 1.1).alerts(values)
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
        let all = SeriesBacktest().alerts(rows(values))
        #expect(all.contains(701))
        // Cutting the future off changes no earlier decision (the pending crossing at 700 included).
        for cut in [650, 701, 702, 705, 900] {
            #expect(SeriesBacktest().alerts(rows(Array(values.prefix(cut)))) == all.filter { $0 < cut })
        }
    }

    @Test func overridesAreCheckedByName() throws {
        var detector = VolumeSpikeDetector.bareSeries
        try Backtest.applyOverrides(
            [
                "VIGIE_BACKTEST_SHAPE": "4", "VIGIE_BACKTEST_RATIO": "1.5", "VIGIE_BACKTEST_K": "3", "VIGIE_BACKTEST_CONFIRM": "1",
                "VIGIE_BACKTEST_FIRE_AT_ONCE": "2.5", "VIGIE_BACKTEST_SUSTAINED_K": "6",
            ], to: &detector)
        #expect(detector.novelty.shape == 4 && detector.novelty.ratio == 1.5 && detector.k == 3 && detector.confirmRatio == 1)
        #expect(detector.fireAtOnce == 2.5 && detector.sustainedK == 6)
        #expect(throws: (any Error).self) { try Backtest.applyOverrides(["VIGIE_BACKTEST_COOLDOWN": "soon"], to: &detector) }
        #expect(throws: (any Error).self) { try Backtest.applyOverrides(["VIGIE_BACKTEST_RATIO": "0"], to: &detector) }
        #expect(detector.novelty.cooldown == SeriesDetector().cooldown)
    }

    @Test func csvErrorsNameTheLine() throws {
        #expect(try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00,1.5\n").map(\.value) == [1.5])
        #expect(throws: SeriesCSV.Error.self) { try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00,abc\n") }
        #expect(throws: SeriesCSV.Error.self) { try SeriesCSV.parse("timestamp,value\n2024-01-01 00:00:00\n") }
        #expect(try SeriesCSV.parse("timestamp,value\n2024-01-01T00:05:00Z,2\n").map(\.date) == [EventCodec.parseDate("2024-01-01T00:05:00Z")!])
        #expect(try SeriesCSV.parse("timestamp,value\n2024-01-01 00:05:00,2\n").map(\.date) == [EventCodec.parseDate("2024-01-01T00:05:00Z")!])
        #expect(throws: SeriesCSV.Error.self) { try SeriesCSV.parse("timestamp,value\nyesterday,2\n") }
    }
}
