import Testing
import VigieEvents
@testable import Alerting

@Suite("Volume spike detector")
struct VolumeSpikeDetectorTests {
    let detector = VolumeSpikeDetector(settings: Project.AlertSettings(sensitivity: .balanced, minAuthors: 10))

    @Test func noBaselineWithoutHistory() {
        #expect(detector.baseline(history: [3, 4, 5]) == nil)
    }

    @Test func thresholdFollowsTheUsualVolume() throws {
        let quiet = try #require(detector.baseline(history: Array(repeating: 4, count: 12)))
        #expect(quiet.expected == 4)
        #expect(quiet.threshold == 12)  // 4 + 4·max(0, 2, 1) = 12 ≥ 10 and ≥ 2.5·4
        let busy = try #require(detector.baseline(history: [40, 38, 45, 41, 39, 44, 42, 40]))
        #expect(busy.threshold > 100)  // ratio 2.5 dominates
    }

    @Test func aPastSpikeDoesNotDragTheBaselineUp() throws {
        let before = try #require(detector.baseline(history: Array(repeating: 5, count: 12)))
        let after = try #require(detector.baseline(history: Array(repeating: 5, count: 11) + [300]))
        #expect(after.threshold == before.threshold)
    }

    @Test func sensitivityPresetsOrderTheThresholds() throws {
        let history: [Double] = [6, 8, 5, 7, 9, 6, 7, 8]
        let low = try #require(VolumeSpikeDetector(settings: .init(sensitivity: .low, minAuthors: 1)).baseline(history: history))
        let balanced = try #require(VolumeSpikeDetector(settings: .init(sensitivity: .balanced, minAuthors: 1)).baseline(history: history))
        let high = try #require(VolumeSpikeDetector(settings: .init(sensitivity: .high, minAuthors: 1)).baseline(history: history))
        #expect(low.threshold > balanced.threshold)
        #expect(balanced.threshold > high.threshold)
    }

    @Test func severityGrowsWithTheEvidence() {
        #expect(VolumeSpikeDetector.severity(observed: 12, threshold: 12, influencerInvolved: false) == 2)
        #expect(VolumeSpikeDetector.severity(observed: 30, threshold: 12, influencerInvolved: false) == 3)
        #expect(VolumeSpikeDetector.severity(observed: 60, threshold: 12, influencerInvolved: true) == 5)
    }
}
