import Foundation
import VigieEvents
import VigieScoring

/// What a detector asks the engine to watch: the value of one fingerprint per bucket and the bar it must reach.
///
/// The engine runs the same lifecycle for every kind (``AlertEngine``): a touched, live bucket whose value reaches
/// its bar fires; a later closed bucket whose value is under the bar fired at resolves.
struct WatchedSeries: Sendable {
    /// The bar of a bucket: what was expected, the threshold, and the parameters that recompute it.
    struct Bar: Sendable {
        var expected: Double
        var threshold: Double
        var parameters: [String: String]
        /// The value under which a later bucket resolves the alert fired at this bar (nil: `threshold`). A sustained
        /// volume rise fires on the hour's sum, and resolves when a bucket falls under the hour's mean bar.
        var resolveBelow: Double? = nil
        /// A bar set on a sum over several buckets (the sustained rise): the sum, its expectation and threshold, which
        /// the explanation and the severity show instead of the bucket's own.
        var summed: Summed? = nil
        /// The value the bucket must reach to fire, when it is not `threshold`: a volume spike's level crossing fires at
        /// once only far above its bar, or when the next bucket confirms it (``LevelConfirmation``).
        var firesAt: Double? = nil

        /// What fires the bucket.
        var firing: Double { firesAt ?? threshold }
    }

    struct Summed: Sendable, Equatable {
        var buckets: Int
        var observed: Double
        var expected: Double
        var threshold: Double
    }

    var fingerprint: String
    var kind: Alert.Kind
    /// The measure, e.g. `distinct_authors`.
    var metric: String
    /// Value per bucket start; a missing bucket is 0.
    var observed: [Date: Double]
    /// The bar of each bucket that may fire (absent: this bucket cannot fire, e.g. no baseline yet).
    var bars: [Date: Bar]
    /// Volume spike only: the sustained-rise bars, which fire without the shape check. Live, they are already folded
    /// into `bars`; the history backtest, which replays the shape check itself, reads them here.
    var sustainedBars: [Date: Bar] = [:]
    /// Which mentions of a bucket the explanation is about.
    var evidence: @Sendable (Date) -> AlertRepository.EvidenceFilter
    /// Top terms to show instead of the evidence's own (e.g. the emerging terms with their authors).
    var terms: [Date: [Alert.Explanation.Count]] = [:]
    /// Closed buckets where a firing alert resolves whatever its value: an emerging term that has settled into the
    /// conversation (``Detectors/emergingSettled(_:from:through:width:)``).
    var settled: Set<Date> = []
    /// The fingerprint's stored state when building the series already read it (a pending crossing asks whether it
    /// came in the quiet after a resolution): the lifecycle uses it instead of reading it again. `nil`: not read.
    var stateRead: StateRead?
    struct StateRead { var state: AlertRepository.AlertState? }
    /// The alert's title for a firing bucket.
    var title: @Sendable (_ observed: Double, _ bar: Bar) -> String
    /// Severity 1–5 from the observed value, the bar and the evidence.
    var severity: @Sendable (_ observed: Double, _ bar: Bar, _ evidence: AlertRepository.Evidence) -> Int
}

/// Robust level and spread of a sample: the median and the scaled median absolute deviation.
struct RobustStatistics: Sendable, Equatable {
    var median: Double
    var spread: Double

    init(_ values: [Double]) {
        let sorted = values.sorted()
        let median = Self.median(sorted)
        self.median = median
        spread = 1.4826 * Self.median(sorted.map { abs($0 - median) }.sorted())
    }

    static func median(_ sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// The detectors other than the volume spike (``VolumeSpikeDetector``), with their sensitivity presets.
///
/// | kind | measure per bucket | fires when (balanced; low / high) |
/// |---|---|---|
/// | `negative_surge` | distinct non-spam authors of negative mentions | count ≥ max(min, median + k·max(MAD, √median, 1), ratio·median) of the last 36 buckets **and** negative share ≥ max(30 %, usual share + 20 pts; +30 / +12) |
/// | `keyword` | distinct non-spam authors using one of the project's crisis terms | ≥ max(3; 5 / 2, median + k·max(MAD, √median)) — judged from the first bucket |
/// | `influencer` | negative, complaint or crisis-signal mentions of one author with ≥ `influencer_followers` (×2 / ×0.5) | ≥ 1 |
/// | `emerging_term` | distinct authors of the top term that is new: used by ≥ 5 (8 / 3) authors in the bucket and by fewer than a quarter as many in the 24 h before | ≥ 5 (8 / 3) |
///
/// Every kind resolves at a closed bucket under the threshold it fired at; an emerging term also resolves once it
/// has settled into the conversation: 12 buckets or more after it fired, a bucket whose peak (the most authors of one
/// of the terms it fired with) is no higher than the median of the episode's peaks before it — a term still rising
/// stays firing, one that has become a plateau of the topic's talk is no longer news.
enum Detectors {
    struct Preset: Sendable {
        var k: Double
        var ratio: Double
        var shareDelta: Double
        var minKeywordAuthors: Int
        var influencerFactor: Double
        var minEmergingAuthors: Int
    }

    static func preset(_ sensitivity: Project.AlertSettings.Sensitivity) -> Preset {
        switch sensitivity {
        case .low: Preset(k: 6, ratio: 4, shareDelta: 0.3, minKeywordAuthors: 5, influencerFactor: 2, minEmergingAuthors: 8)
        case .balanced: Preset(k: 4, ratio: 2.5, shareDelta: 0.2, minKeywordAuthors: 3, influencerFactor: 1, minEmergingAuthors: 5)
        case .high: Preset(k: 3, ratio: 1.8, shareDelta: 0.12, minKeywordAuthors: 2, influencerFactor: 0.5, minEmergingAuthors: 3)
        }
    }

    static let windowBuckets = 36
    static let minHistory = 6
    static let minNegativeShare = 0.3
    /// Emerging terms: how far back a term must have been (almost) absent, and how much history a topic needs.
    static let emergingLookbackBuckets = 288
    static let emergingMinHistoryBuckets = 12
    /// Emerging terms: buckets after firing before a plateau of the term resolves it.
    static let emergingSettleBuckets = 12

    /// Negative surge: the count of negative authors against its own baseline, and their share against the usual.
    static func negativeSurgeBar(
        negatives: [Double], totals: [Double], observedTotal: Double, observedNegative: Double, settings: Project.AlertSettings
    ) -> WatchedSeries.Bar? {
        guard negatives.count >= minHistory, observedTotal > 0 else { return nil }
        let preset = preset(settings.sensitivity)
        let statistics = RobustStatistics(negatives)
        let minimum = Double(max(3, settings.minAuthors / 2))
        let threshold = max(
            minimum, statistics.median + preset.k * max(statistics.spread, statistics.median.squareRoot(), 1), preset.ratio * statistics.median
        ).rounded(.up)
        let usualShare = negatives.reduce(0, +) / max(1, totals.reduce(0, +))
        let shareNeeded = max(minNegativeShare, usualShare + preset.shareDelta)
        guard observedNegative / observedTotal >= shareNeeded else { return nil }
        return WatchedSeries.Bar(
            expected: statistics.median, threshold: threshold,
            parameters: [
                "method": "median_mad", "window_buckets": "\(windowBuckets)", "history_buckets": "\(negatives.count)",
                "k": AlertEngine.format(preset.k), "ratio": AlertEngine.format(preset.ratio), "min_authors": AlertEngine.format(minimum),
                "spread": AlertEngine.format(statistics.spread), "usual_negative_share": percent(usualShare),
                "negative_share_needed": percent(shareNeeded), "negative_share": percent(observedNegative / observedTotal),
                "sensitivity": settings.sensitivity.rawValue,
            ])
    }

    /// Keyword: authors using a crisis term, against their own (often zero) baseline; judged from the first bucket.
    static func keywordBar(history: [Double], settings: Project.AlertSettings) -> WatchedSeries.Bar? {
        guard !settings.crisisTerms.isEmpty else { return nil }
        let preset = preset(settings.sensitivity)
        let statistics = RobustStatistics(history)
        let threshold = max(
            Double(preset.minKeywordAuthors), statistics.median + preset.k * max(statistics.spread, statistics.median.squareRoot())
        ).rounded(.up)
        return WatchedSeries.Bar(
            expected: statistics.median, threshold: threshold,
            parameters: [
                "method": "median_mad", "window_buckets": "\(windowBuckets)", "history_buckets": "\(history.count)",
                "k": AlertEngine.format(preset.k), "min_authors": "\(preset.minKeywordAuthors)", "spread": AlertEngine.format(statistics.spread),
                "crisis_terms": settings.crisisTerms.joined(separator: ", "), "sensitivity": settings.sensitivity.rawValue,
            ])
    }

    /// A mention the influencer detector looks at: not spam, far-reaching, negative or a complaint or crisis signal.
    static func isInfluencerCandidate(_ mention: ScoredMention, settings: Project.AlertSettings) -> Bool {
        !mention.spam.isSpam && mention.mention.author.followers >= influencerFollowers(settings)
            && (mention.sentiment.label == .negative || mention.intents.contains { $0.name == "crisis_signal" || $0.name == "complaint" })
    }

    static func influencerFollowers(_ settings: Project.AlertSettings) -> Int {
        Int((Double(settings.influencerFollowers) * preset(settings.sensitivity).influencerFactor).rounded())
    }

    /// Emerging terms of a bucket: used by enough authors now, and by fewer than a quarter as many in the lookback.
    static func emergingTerms(current: [String: Int], before: [String: Int], excluded: Set<String>) -> [Alert.Explanation.Count] {
        current.filter { term, authors in !excluded.contains(term) && Double(before[term] ?? 0) * 4 < Double(authors) }
            .map { Alert.Explanation.Count(key: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    /// The buckets after `start` (the bucket an emerging term fired at), up to `end`, at which it has settled: at least
    /// ``emergingSettleBuckets`` later, with a peak no higher than the median of the peaks from `start` to the bucket
    /// before (`peaks`: authors of the fired terms' most used one, per bucket; a missing bucket is 0).
    static func emergingSettled(_ peaks: [Date: Double], from start: Date, through end: Date, width: TimeInterval) -> Set<Date> {
        var settled: Set<Date> = []
        var before: [Double] = []  // sorted
        var bucket = start
        while bucket <= end {
            let peak = peaks[bucket] ?? 0
            if before.count >= emergingSettleBuckets, peak <= RobustStatistics.median(before) { settled.insert(bucket) }
            before.insert(peak, at: before.firstIndex { $0 > peak } ?? before.endIndex)
            bucket = bucket.addingTimeInterval(width)
        }
        return settled
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

/// The project's crisis terms, folded, matched as whole words or phrases in a text; `annul*` matches a prefix.
struct CrisisTermMatcher: Sendable {
    struct Term: Sendable {
        var name: String
        var words: [String]
        var prefix: Bool
    }
    let terms: [Term]

    init(_ terms: [String]) {
        self.terms = terms.compactMap { term in
            let prefix = term.hasSuffix("*")
            let words = TextNormalizer.tokenize(prefix ? String(term.dropLast()) : term).map(\.text)
            return words.isEmpty ? nil : Term(name: TextNormalizer.fold(term), words: words, prefix: prefix)
        }
    }

    /// The crisis terms found among `words` (folded tokens), each once.
    func matches(_ words: [String]) -> [String] {
        terms.filter { term in
            guard words.count >= term.words.count else { return false }
            for start in 0...(words.count - term.words.count) {
                var found = true
                for (offset, word) in term.words.enumerated() {
                    let candidate = words[start + offset]
                    let last = offset == term.words.count - 1
                    if !(candidate == word || (last && term.prefix && candidate.hasPrefix(word))) {
                        found = false
                        break
                    }
                }
                if found { return true }
            }
            return false
        }.map(\.name)
    }
}
