import Foundation
import Testing
import VigieEvents
import VigiePostgres
import VigieTesting
@testable import Alerting

/// The detectors and their lifecycle on a real PostgreSQL (a fresh database per test), through the same processor
/// the service runs on each batch.
@Suite("Alert engine")
struct AlertEngineTests {
    static let width = 300.0
    /// The live bucket of the tests starts at 10:00 on a Monday; "now" is a minute into it.
    static let live = EventCodec.parseDate("2026-03-02T10:00:00Z")!
    static let now = live.addingTimeInterval(60)

    static func project(sensitivity: Project.AlertSettings.Sensitivity = .balanced) -> Project {
        Project(
            id: "p", name: "Acme", topics: [.init(id: "acme", name: "Acme", query: "acme")],
            alerts: .init(sensitivity: sensitivity, crisisTerms: ["grève", "rappel produit", "annul*"], influencerFollowers: 100_000),
            updatedAt: live)
    }

    /// Bucket `index` relative to the live one (0), plus `second`.
    static func at(_ index: Int, second: Int = 0) -> Date { live.addingTimeInterval(Double(index) * width + Double(second)) }

    static func scored(
        _ id: String, author: String, text: String = "acme", at date: Date, label: ScoredMention.Sentiment.Label = .neutral,
        followers: Int = 100, intents: [String] = [], spam: Bool = false
    ) -> ScoredMention {
        ScoredMention(
            projectID: "p", topicID: "acme", topicName: "Acme", isCompetitor: false,
            mention: Mention(
                source: "twitter", externalID: id, author: .init(id: author, handle: author, followers: followers), text: text, publishedAt: date),
            language: "fr", sentiment: .init(score: label == .negative ? -0.6 : 0, label: label),
            intents: intents.map { .init(name: $0, confidence: 0.8) }, spam: .init(isSpam: spam), matchedTerms: ["acme"], scoredAt: date,
            scorerVersion: "test")
    }

    /// `authors` distinct authors in each of the `buckets` buckets before the live one.
    static func history(buckets: Int = 30, authors: Int = 3, text: String = "acme ce matin", label: ScoredMention.Sentiment.Label = .neutral)
        -> [ScoredMention]
    {
        (1...buckets).flatMap { back in
            (0..<authors).map { scored("h\(back)-\($0)", author: "fan\($0 + back % 5)", text: text, at: at(-back, second: $0), label: label) }
        }
    }

    struct Harness {
        let processor: AlertProcessor
        let project: Project

        func process(_ batch: [ScoredMention], now: Date = AlertEngineTests.now) async throws -> [Alert] {
            try await processor.process(batch, projects: [project.id: project], now: now)
        }

        /// What the clock does for a live topic: judges its newest bucket, emerging terms included.
        func clock(bucket: Date, now: Date) async throws -> [Alert] {
            try await processor.client.withTransaction { connection in
                try await processor.engine.evaluate(
                    project: project, topic: project.topics[0], touched: [bucket], latest: bucket, now: now,
                    detectors: .init(influencers: false, emergingTerms: true), connection: connection)
            }
        }

        /// What the clock does for a live topic: closes the buckets before `latest` without new data.
        func tick(latest: Date, now: Date) async throws -> [Alert] {
            try await processor.client.withTransaction { connection in
                try await processor.engine.evaluate(
                    project: project, topic: project.topics[0], touched: [], latest: latest, now: now, connection: connection)
            }
        }
    }

    func withHarness(project: Project = AlertEngineTests.project(), _ body: (Harness) async throws -> Void) async throws {
        try await TestDatabase.withDatabase { client in
            let (logger, _) = InMemoryLogHandler.makeLogger()
            let migrations = DatabaseMigrations(client: client, schema: "alerting", migrations: alertingMigrations, logger: logger)
            _ = try await migrations.apply()
            let repository = AlertRepository()
            let engine = AlertEngine(repository: repository, dashboardURL: "https://vigie.example")
            try await body(Harness(processor: AlertProcessor(repository: repository, engine: engine, client: client), project: project))
        }
    }

    @Test func aNegativeBurstRaisesVolumeAndNegativeSurgeOnceThenResolves() async throws {
        try await withHarness { harness in
            #expect(try await harness.process(Self.history()).isEmpty, "history is counted, not alerted on")
            let burst = (0..<40).map { Self.scored("b\($0)", author: "angry\($0)", text: "acme inadmissible", at: Self.at(0, second: $0), label: .negative) }
            let fired = try await harness.process(burst)
            let kinds = Dictionary(grouping: fired, by: \.kind)
            #expect(kinds[.volumeSpike]?.map(\.status) == [.firing])
            #expect(kinds[.negativeSurge]?.map(\.status) == [.firing])
            let surge = try #require(kinds[.negativeSurge]?.first)
            #expect(surge.explanation.metric == "negative_authors")
            #expect(surge.explanation.observed == 40)
            #expect(surge.explanation.baseline["negative_share"] == "100%")
            #expect(surge.explanation.baseline["usual_negative_share"] == "0%")
            #expect(surge.explanation.sentiment == ["negative": 40])
            #expect(surge.fingerprint == "p:acme:negative_surge")
            #expect(try await harness.process(burst).isEmpty, "the same records again change nothing")

            // The next bucket closes on the clock with two authors: both resolve, once.
            _ = try await harness.process([Self.scored("c1", author: "fan1", at: Self.at(1)), Self.scored("c2", author: "fan2", at: Self.at(1))],
                now: Self.at(1, second: 60))
            let resolved = try await harness.tick(latest: Self.at(2), now: Self.at(2, second: 70))
            #expect(Set(resolved.map(\.kind)) == [.volumeSpike, .negativeSurge])
            #expect(resolved.allSatisfy { $0.status == .resolved && $0.resolvedAt == Self.at(2) })
            #expect(try await harness.tick(latest: Self.at(3), now: Self.at(3, second: 70)).isEmpty)
        }
    }

    @Test func aBurstAsNegativeAsUsualIsNoNegativeSurge() async throws {
        try await withHarness { harness in
            let history = Self.history(authors: 2) + Self.history(authors: 2, label: .negative).map { mention in
                var copy = mention
                copy.mention.author.id += "-n"
                copy.mention.externalID += "-n"
                return Self.scored(copy.mention.externalID, author: copy.mention.author.id, at: copy.mention.publishedAt, label: .negative)
            }
            _ = try await harness.process(history)
            let burst = (0..<50).map { Self.scored("b\($0)", author: "a\($0)", at: Self.at(0, second: $0), label: $0 % 2 == 0 ? .negative : .neutral) }
            let fired = try await harness.process(burst)
            #expect(fired.map(\.kind) == [.volumeSpike], "half negative, as usual: only the volume is unusual")
        }
    }

    @Test func crisisTermsFromAFewAuthorsRaiseAKeywordAlert() async throws {
        try await withHarness { harness in
            _ = try await harness.process(Self.history())
            let two = [
                Self.scored("k1", author: "k1", text: "Grève chez Acme demain ?", at: Self.at(0)),
                Self.scored("k2", author: "k2", text: "acme : vols annulés", at: Self.at(0, second: 5)),
            ]
            #expect(try await harness.process(two).filter { $0.kind == .keyword }.isEmpty, "two authors are not enough (balanced: 3)")
            let third = [Self.scored("k3", author: "k3", text: "ACME rappel produit sur les chargeurs", at: Self.at(0, second: 9))]
            let all = try await harness.process(third)
            let fired = all.filter { $0.kind == .keyword }
            #expect(fired.map(\.status) == [.firing])
            #expect(fired.first?.fingerprint == "p:acme:keyword")
            #expect(Set(fired.first?.explanation.topTerms.map(\.key) ?? []) == ["greve", "annul*", "rappel produit"])
            #expect(fired.first?.explanation.observed == 3)
        }
    }

    @Test func aFarReachingNegativeVoiceRaisesAnInfluencerAlert() async throws {
        try await withHarness { harness in
            _ = try await harness.process(Self.history())
            let quiet = [
                Self.scored("i1", author: "star", text: "acme, super", at: Self.at(0), label: .positive, followers: 2_000_000),
                Self.scored("i2", author: "bot", text: "acme nul", at: Self.at(0), label: .negative, followers: 5_000_000, spam: true),
                Self.scored("i3", author: "small", text: "acme nul", at: Self.at(0), label: .negative, followers: 5_000),
            ]
            #expect(try await harness.process(quiet).isEmpty, "positive, spam or small accounts are not influencer alerts")
            let fired = try await harness.process([
                Self.scored("i4", author: "journalist", text: "Acme : accident à l'usine", at: Self.at(0, second: 30), label: .negative,
                    followers: 2_000_000, intents: ["crisis_signal"])
            ])
            #expect(fired.map(\.fingerprint) == ["p:*:influencer:journalist"])
            #expect(fired.first?.severity == 5, "ten times the threshold and a crisis signal")
            #expect(fired.first?.explanation.sampleMentionIDs.count == 1)
            #expect(fired.first?.title.contains("@journalist (2000000 followers) posted a crisis mention") == true)
            let resolved = try await harness.tick(latest: Self.at(2), now: Self.at(2, second: 70))
            #expect(resolved.map(\.fingerprint) == ["p:*:influencer:journalist"])
            #expect(resolved.first?.status == .resolved)
        }
    }

    @Test func aFiringInfluencerAlertOfTheEarlierPerTopicFormStillResolves() async throws {
        try await withHarness { harness in
            _ = try await harness.process(Self.history())
            let legacy = Alert(
                fingerprint: "p:acme:influencer:journalist", projectID: "p", topicID: "acme", kind: .influencer, status: .firing, severity: 3,
                title: "old", startedAt: Self.at(0), windowStart: Self.at(0), windowEnd: Self.at(1),
                explanation: .init(observed: 1, expected: 0, threshold: 1, metric: "influencer_mentions"), emittedAt: Self.now)
            try await harness.processor.client.withTransaction { connection in
                try await harness.processor.repository.record(legacy, bucketStart: Self.at(0), threshold: 1, notify: true, connection: connection)
            }
            let resolved = try await harness.tick(latest: Self.at(2), now: Self.at(2, second: 70))
            #expect(resolved.map(\.fingerprint) == ["p:acme:influencer:journalist"])
            #expect(resolved.first?.status == .resolved)
        }
    }

    @Test func aNewTermUsedByManyRaisesAnEmergingTermAlert() async throws {
        try await withHarness { harness in
            _ = try await harness.process(Self.history(text: "acme café croissant"))
            let batch = try await harness.process((0..<6).map {
                Self.scored("e\($0)", author: "e\($0)", text: "acme café : batterie qui explose", at: Self.at(0, second: $0))
            })
            #expect(batch.isEmpty, "emerging terms are judged on the clock, not per batch")
            let emerging = try await harness.clock(bucket: Self.at(0), now: Self.now).filter { $0.kind == .emergingTerm }
            #expect(emerging.map(\.fingerprint) == ["p:acme:emerging_term"])
            let terms = Set(emerging.first?.explanation.topTerms.map(\.key) ?? [])
            #expect(terms == ["batterie", "explose"], "the topic's own words and the usual ones are not news: \(terms)")
            #expect(emerging.first?.explanation.observed == 6)
        }
    }

    @Test func anEmergingTermResolvesOnceItHasSettledIntoTheConversation() async throws {
        try await withHarness { harness in
            _ = try await harness.process(Self.history(text: "acme café croissant"))
            /// `count` authors of the new term in bucket `index`.
            func term(_ index: Int, _ count: Int) -> [ScoredMention] {
                (0..<count).map { Self.scored("e\(index)-\($0)", author: "e\(index)-\($0)", text: "acme : batterie qui explose", at: Self.at(index, second: $0)) }
            }
            _ = try await harness.process(term(0, 6))
            let fired = try await harness.clock(bucket: Self.at(0), now: Self.now).filter { $0.kind == .emergingTerm }
            #expect(fired.map(\.status) == [.firing])
            // Rising for eleven buckets (7 … 17 authors), then 12: still above the median of the episode (11.5).
            for (index, count) in zip(1...12, Array(7...17) + [12]) {
                _ = try await harness.process(term(index, count), now: Self.at(index, second: 60))
                let changed = try await harness.tick(latest: Self.at(index + 1), now: Self.at(index + 1, second: 10)).filter { $0.kind == .emergingTerm }
                #expect(changed.isEmpty, "bucket \(index), \(count) authors: still news")
            }
            // 11 authors, far above the bar of 5 but no higher than the episode's median (12): settled, resolved.
            _ = try await harness.process(term(13, 11), now: Self.at(13, second: 60))
            let resolved = try await harness.tick(latest: Self.at(14), now: Self.at(14, second: 10)).filter { $0.kind == .emergingTerm }
            #expect(resolved.map(\.status) == [.resolved])
            #expect(resolved.first?.resolvedAt == Self.at(14))
            #expect(resolved.first?.explanation.observed == 11)
            #expect(resolved.first?.explanation.baseline["resolution"] == "settled")
            #expect(resolved.first?.explanation.baseline["settle_buckets"] == "12")
        }
    }

    @Test func theDailyRhythmIsExpectedNotASpike() async throws {
        // Every morning at 10:00 thirty people talk about the brand; the rest of the time three do.
        func morning(days: ClosedRange<Int>) -> [ScoredMention] {
            days.flatMap { day in
                (-1...1).flatMap { slot in
                    (0..<30).map { Self.scored("m\(day)-\(slot)-\($0)", author: "m\($0)", at: Self.at(slot - day * 288, second: $0)) }
                }
            }
        }
        let today = (0..<30).map { Self.scored("t\($0)", author: "m\($0)", at: Self.at(0, second: $0)) }
        try await withHarness { harness in
            _ = try await harness.process(morning(days: 1...7) + Self.history(buckets: 36))
            #expect(try await harness.process(today).filter { $0.kind == .volumeSpike }.isEmpty, "seven mornings alike: expected")
        }
        try await withHarness { harness in
            _ = try await harness.process(morning(days: 1...1) + Self.history(buckets: 36))
            // Thirty against a bar of 10: a crossing, pending until the next bucket says whether it lasts.
            #expect(try await harness.process(today).filter { $0.kind == .volumeSpike }.isEmpty)
            let next = (0..<13).map { Self.scored("n\($0)", author: "n\($0)", at: Self.at(1, second: $0)) }
            let under = try await harness.process(Array(next.prefix(12)), now: Self.at(1, second: 20)).filter { $0.kind == .volumeSpike }
            #expect(under.isEmpty, "12 authors are under 1.25 times the bar the pending bucket crossed (12.5)")
            let fired = try await harness.process([next[12]], now: Self.at(1, second: 30)).filter { $0.kind == .volumeSpike }
            #expect(fired.count == 1, "one morning is not a rhythm yet")
            let alert = try #require(fired.first)
            let baseline = alert.explanation.baseline
            #expect(baseline["method"] == "median_mad+shape_novelty")
            #expect(baseline["confirmation"] == "next_bucket" && baseline["pending_observed"] == "30", "\(baseline)")
            #expect(baseline["pending_bucket_start"] == EventCodec.formatDate(Self.at(0)) && baseline["confirm_ratio"] == "1.25")
            // The explanation shows the bar the pending bucket crossed.
            #expect(alert.explanation.observed == 13 && alert.explanation.threshold == 10 && alert.startedAt == Self.at(1))
            #expect(alert.title.contains("the second bucket in a row above its bar"), "\(alert.title)")
        }
    }

    /// `back` buckets of history before the live one, written as counts (the detectors read counts): 5 or 6 authors,
    /// and `routine` authors every 96 buckets when given.
    static func longHistory(_ harness: Harness, back: Int = 2_100, routine: Int?) async throws {
        let buckets = (1...back).map { Self.at(-$0) }
        let authors = (1...back).map { index in
            if let routine, index % 96 == 0 { return routine }
            return 5 + index % 2
        }
        try await harness.processor.client.withConnection { connection in
            try await connection.query(
                """
                INSERT INTO alerting.buckets (project_id, topic_id, bucket_start, authors, negative_authors, crisis_authors)
                SELECT 'p', 'acme', b, a, 0, 0 FROM unnest(\(buckets)::timestamptz[], \(authors)::int[]) AS x(b, a)
                """)
        }
    }

    @Test func aRiseThatCrossesTheLevelMustAlsoBeANewShape() async throws {
        // Four times the level bar (16): large enough to fire at once.
        let burst = (0..<64).map { Self.scored("b\($0)", author: "b\($0)", at: Self.at(0, second: $0)) }
        try await withHarness { harness in
            // As many authors every 96 buckets for a week: crossing the level, but the shape of a routine.
            try await Self.longHistory(harness, routine: 64)
            #expect(try await harness.process(burst).filter { $0.kind == .volumeSpike }.isEmpty)
        }
        try await withHarness { harness in
            try await Self.longHistory(harness, routine: nil)
            let fired = try await harness.process(burst).filter { $0.kind == .volumeSpike }
            #expect(fired.map(\.status) == [.firing])
            let baseline = try #require(fired.first?.explanation.baseline)
            #expect(baseline["method"]?.hasSuffix("+shape_novelty") == true, "\(baseline)")
            let novelty = try #require(baseline["shape_novelty"].flatMap(Double.init))
            let bar = try #require(baseline["shape_novelty_bar"].flatMap(Double.init))
            #expect(novelty > bar)
            #expect(baseline["novelty_ratio"] == "1" && baseline["shape_buckets"] == "10" && baseline["novelty_growth"] == "1.5")
        }
    }

    @Test func aRiseThatLastsAnHourFiresWhereNoBucketStandsOut() async throws {
        let authors = { (bucket: Int, count: Int) in
            (0..<count).map { Self.scored("s\(bucket)-\($0)", author: "s\($0)", at: Self.at(bucket, second: $0)) }
        }
        try await withHarness { harness in
            // A week of 5-6 authors a bucket: 12 in one bucket is under the level bar (15).
            try await Self.longHistory(harness, routine: nil)
            #expect(try await harness.process(authors(0, 12)).filter { $0.kind == .volumeSpike }.isEmpty)
        }
        try await withHarness { harness in
            // The same 12 after an hour of 14 a bucket: the hour (166 authors) is above its bar (66 + 10·√66 → 148).
            try await Self.longHistory(harness, routine: nil)
            try await harness.processor.client.withConnection { connection in
                try await connection.query(
                    "UPDATE alerting.buckets SET authors = 14 WHERE bucket_start = ANY(\((1...11).map { Self.at(-$0) })::timestamptz[])")
            }
            let fired = try await harness.process(authors(0, 12)).filter { $0.kind == .volumeSpike }
            #expect(fired.map(\.status) == [.firing])
            let alert = try #require(fired.first)
            let baseline = alert.explanation.baseline
            // The days before are as busy as the last hours: the recent windows are the baseline.
            #expect(baseline["method"] == "sustained_sum_median_mad", "\(baseline)")
            #expect(alert.explanation.metric == "distinct_authors_summed_over_12_buckets")
            #expect(alert.explanation.observed == 166 && alert.explanation.expected == 66 && alert.explanation.threshold == 148)
            #expect(baseline["sustained_k"] == "10" && baseline["sustained_buckets"] == "12" && baseline["sustained_windows"] == "6" && baseline["sustained_ratio"] == "2")
            #expect(alert.title.contains("166 distinct authors over the last 60 min"), "\(alert.title)")
            // It resolves when a bucket falls under the hour's mean bar (148 / 12 → 13).
            _ = try await harness.process(authors(1, 14), now: Self.at(1, second: 60))
            #expect(try await harness.tick(latest: Self.at(2), now: Self.at(2, second: 70)).isEmpty)
            _ = try await harness.process([Self.scored("q", author: "q", at: Self.at(2))], now: Self.at(2, second: 80))
            let resolved = try await harness.tick(latest: Self.at(3), now: Self.at(3, second: 70)).filter { $0.kind == .volumeSpike }
            #expect(resolved.map(\.status) == [.resolved])

            // The history backtest replays it: balanced fires within the hour, low (k 15: bar 188) does not.
            let backtest = HistoryBacktest(repository: harness.processor.repository, engine: harness.processor.engine, minAuthors: 10)
            let episodes = try await backtest.run(project: "p", from: Self.at(-11), to: Self.at(0), client: harness.processor.client)
                .filter { $0.kind == .volumeSpike }
            #expect(episodes.filter { $0.sensitivity == .low }.isEmpty, "\(episodes)")
            let balanced = episodes.filter { $0.sensitivity == .balanced }
            // At bucket -2 the hour holds 10 buckets of 14 and two of 5-6 (151 against 148); it resolves at 0 (12 < 13),
            // printed with the hour's sum and bar, not the bucket's count against the resolution bar.
            #expect(balanced.map(\.startedAt) == [Self.at(-2)] && balanced.first?.resolvedAt == Self.at(1), "\(balanced)")
            #expect(balanced.first?.observed == 151 && balanced.first?.threshold == 148, "\(balanced)")
        }
    }

    @Test func withoutEnoughHistoryTheLevelAloneDecides() async throws {
        try await withHarness { harness in
            _ = try await harness.process(Self.history())
            let burst = (0..<40).map { Self.scored("b\($0)", author: "b\($0)", at: Self.at(0, second: $0)) }
            let fired = try await harness.process(burst).filter { $0.kind == .volumeSpike }
            #expect(fired.first?.explanation.baseline["shape_novelty"] == "not_enough_history")
        }
    }

    @Test func aResolvedAlertStaysQuietDuringItsCooldown() async throws {
        try await withHarness { harness in
            _ = try await harness.process(Self.history())
            let burst = { (bucket: Int, prefix: String) in
                (0..<40).map { Self.scored("\(prefix)\($0)", author: "\(prefix)\($0)", at: Self.at(bucket, second: $0)) }
            }
            #expect(try await harness.process(burst(0, "a")).map(\.kind) == [.volumeSpike])
            _ = try await harness.process([Self.scored("q", author: "q", at: Self.at(1))], now: Self.at(1, second: 60))
            #expect(try await harness.tick(latest: Self.at(2), now: Self.at(2, second: 70)).map(\.status) == [.resolved])
            // Resolved at the end of bucket 1: buckets 2 and 3 are its cooldown, bucket 4 may fire again.
            #expect(try await harness.process(burst(2, "b"), now: Self.at(2, second: 80)).isEmpty)
            let again = try await harness.process(burst(4, "c"), now: Self.at(4, second: 80))
            #expect(again.map(\.status) == [.firing])
        }
        try await withHarness { harness in
            _ = try await harness.process(Self.history())
            let crossing = { (bucket: Int, prefix: String) in
                (0..<20).map { Self.scored("\(prefix)\($0)", author: "\(prefix)\($0)", at: Self.at(bucket, second: $0)) }
            }
            _ = try await harness.process(crossing(0, "a") + crossing(1, "b"), now: Self.at(1, second: 30))
            _ = try await harness.process([Self.scored("q", author: "q", at: Self.at(2))], now: Self.at(2, second: 60))
            #expect(try await harness.tick(latest: Self.at(3), now: Self.at(3, second: 70)).map(\.status) == [.resolved])
            // Resolved at the end of bucket 2: a crossing in bucket 4 (its cooldown) is not pending, so bucket 5 does not
            // confirm it — it crosses and waits itself, and bucket 6 confirms.
            #expect(try await harness.process(crossing(4, "c"), now: Self.at(4, second: 30)).isEmpty)
            #expect(try await harness.process(crossing(5, "d"), now: Self.at(5, second: 30)).isEmpty)
            let confirmed = try await harness.process(crossing(6, "e"), now: Self.at(6, second: 30))
            #expect(confirmed.map(\.status) == [.firing] && confirmed.first?.startedAt == Self.at(6), "\(confirmed)")
        }
    }

    // MARK: - Lifecycle

    @Test func relatedAlertsShareOneIncidentThatClosesWithThem() async throws {
        try await withHarness { harness in
            _ = try await harness.process(Self.history())
            let burst = (0..<40).map { Self.scored("b\($0)", author: "angry\($0)", at: Self.at(0, second: $0), label: .negative) }
            let fired = try await harness.process(burst)
            #expect(fired.count == 2)
            let incident = try #require(fired.first?.incidentID)
            #expect(fired.allSatisfy { $0.incidentID == incident })
            let repository = harness.processor.repository
            let client = harness.processor.client
            #expect(try await repository.incidents(project: "p", open: true, limit: 10, client: client).map(\.alerts) == [2])
            // An influencer 20 minutes later joins the same incident (closed less than 30 minutes before).
            let influencer = try await harness.process(
                [Self.scored("i", author: "star", at: Self.at(4), label: .negative, followers: 1_000_000)], now: Self.at(4, second: 30))
            // (The same batch closes buckets 1–3: the burst's two alerts resolve, the incident closes, then reopens.)
            #expect(influencer.map(\.status) == [.resolved, .resolved, .firing])
            #expect(influencer.allSatisfy { $0.incidentID == incident })
            let resolved = try await harness.tick(latest: Self.at(6), now: Self.at(6, second: 70))
            #expect(resolved.map(\.kind) == [.influencer] && resolved.allSatisfy { $0.incidentID == incident })
            let incidents = try await repository.incidents(project: "p", open: nil, limit: 10, client: client)
            #expect(incidents.count == 1)
            #expect(incidents.first?.closedAt == Self.at(6))
            #expect(incidents.first?.severity == 4)
            #expect(Set(incidents.first?.fingerprints ?? []) == ["p:acme:volume_spike", "p:acme:negative_surge", "p:*:influencer:star"])
        }
    }

    @Test func aSilenceHoldsBackItsAlertsUntilItEnds() async throws {
        try await withHarness { harness in
            let repository = harness.processor.repository
            let client = harness.processor.client
            try await repository.createSilence(
                .init(
                    id: UUID(), projectID: "p", topicID: "acme", kind: .volumeSpike, startsAt: Self.at(-1), endsAt: Self.at(1), createdBy: "cm",
                    comment: "TV ad tonight"), client: client)
            _ = try await harness.process(Self.history())
            let burst = (0..<40).map { Self.scored("b\($0)", author: "angry\($0)", at: Self.at(0, second: $0), label: .negative) }
            let published = try await harness.process(burst)
            #expect(published.filter { !$0.isSilenced }.map(\.kind) == [.negativeSurge], "the volume spike is silenced, the negative surge is not")
            // The silenced firing is published for dashboards as `vigie.alert.silenced`, naming its silence.
            let held = try #require(published.first { $0.isSilenced })
            #expect(held.kind == .volumeSpike && held.id == "p:acme:volume_spike:firing:\(Int(Self.live.timeIntervalSince1970)):s")
            #expect(held.cloudEvent.type == "vigie.alert.silenced" && held.status == .firing)
            #expect(held.silence?.createdBy == "cm" && held.silence?.comment == "TV ad tonight" && held.silence?.endsAt == Self.at(1))
            #expect(try await repository.pendingOutbox(limit: 10, client: client).map(\.id).contains(held.id))
            #expect(try await repository.alert(fingerprint: "p:acme:volume_spike", client: client)?.notified == false)
            #expect(try await repository.dueNotifications(now: Self.at(0, second: 200), repeatInterval: 14_400, client: client).isEmpty)
            // The silence ends while the spike still fires: it is published then, once.
            let due = try await repository.dueNotifications(now: Self.at(1, second: 10), repeatInterval: 14_400, client: client)
            #expect(due.map(\.id) == ["p:acme:volume_spike:firing:\(Int(Self.live.timeIntervalSince1970))"])
            #expect(due.allSatisfy { !$0.isSilenced && $0.silence == nil && $0.cloudEvent.type == "vigie.alert.firing" })
            #expect(try await repository.dueNotifications(now: Self.at(1, second: 20), repeatInterval: 14_400, client: client).isEmpty)
            let outbox = try await repository.pendingOutbox(limit: 10, client: client).map(\.id)
            #expect(outbox.contains(due[0].id))
        }
    }

    /// Silences the whole project until `end` (from a minute before the burst), replays the history and fires a
    /// volume spike under the silence: recorded, published only as `vigie.alert.silenced` (which notifies nobody);
    /// then clears the outbox, as the publisher would.
    static func fireASpikeUnderASilence(of harness: Harness, until end: Date) async throws {
        let repository = harness.processor.repository
        let client = harness.processor.client
        try await repository.createSilence(
            .init(id: UUID(), projectID: "p", topicID: nil, kind: nil, startsAt: at(-1), endsAt: end, createdBy: "cm", comment: "drill"),
            client: client)
        _ = try await harness.process(history())
        let published = try await harness.process((0..<40).map { scored("b\($0)", author: "a\($0)", at: at(0, second: $0)) })
        #expect(published.count == 1 && published.allSatisfy(\.isSilenced))
        try await repository.markPublished(try await repository.pendingOutbox(limit: 10, client: client).map(\.id), client: client)
    }

    @Test func aSilencedAlertThatResolvesUnderItsSilenceIsNeverPublished() async throws {
        try await withHarness { harness in
            let repository = harness.processor.repository
            let client = harness.processor.client
            try await Self.fireASpikeUnderASilence(of: harness, until: Self.at(10))
            #expect(try await harness.tick(latest: Self.at(2), now: Self.at(2, second: 70)).isEmpty, "recorded as resolved, not published")
            #expect(try await repository.alert(fingerprint: "p:acme:volume_spike", client: client)?.status == .resolved)
            #expect(try await repository.pendingOutbox(limit: 10, client: client).isEmpty)
        }
    }

    @Test func aSilenceExpiredEarlyReleasesItsHeldFiringOnce() async throws {
        try await withHarness { harness in
            let repository = harness.processor.repository
            let client = harness.processor.client
            try await Self.fireASpikeUnderASilence(of: harness, until: Self.at(10))
            let active = try await repository.silences(
                project: "p", activeOnly: true, now: Self.at(0, second: 90), client: client)
            let silence = try #require(active.first)
            #expect(try await repository.dueNotifications(now: Self.at(0, second: 90), repeatInterval: 14_400, client: client).isEmpty)
            // `DELETE /v1/silences/{id}` at second 100: the spike, still firing, comes out at the next pass, once.
            try await repository.expireSilence(id: silence.id, now: Self.at(0, second: 100), client: client)
            let due = try await repository.dueNotifications(
                now: Self.at(0, second: 110), repeatInterval: 14_400, client: client)
            #expect(due.map(\.id) == ["p:acme:volume_spike:firing:\(Int(Self.live.timeIntervalSince1970))"])
            #expect(due.allSatisfy { !$0.isSilenced && $0.silence == nil && $0.cloudEvent.type == "vigie.alert.firing" })
            #expect(try await repository.dueNotifications(now: Self.at(0, second: 120), repeatInterval: 14_400, client: client).isEmpty)
            // Expiring it again later does not bring its end back.
            try await repository.expireSilence(id: silence.id, now: Self.at(5), client: client)
            #expect(try await repository.silence(id: silence.id, client: client)?.endsAt == Self.at(0, second: 100))
        }
    }

    @Test func anUnacknowledgedAlertIsRepeatedAndAnAcknowledgedOneIsNot() async throws {
        try await withHarness { harness in
            let repository = harness.processor.repository
            let client = harness.processor.client
            _ = try await harness.process(Self.history())
            let fired = try await harness.process((0..<40).map { Self.scored("b\($0)", author: "a\($0)", at: Self.at(0, second: $0)) })
            #expect(fired.count == 1)
            let firstID = try #require(fired.first?.id)
            #expect(try await repository.dueNotifications(now: Self.now.addingTimeInterval(3600), repeatInterval: 14_400, client: client).isEmpty)
            let reminder = try await repository.dueNotifications(now: Self.now.addingTimeInterval(14_500), repeatInterval: 14_400, client: client)
            #expect(reminder.map(\.id) == [firstID + ":r1"])
            let acknowledgedAt = Self.now.addingTimeInterval(15_000)
            let (acknowledged, event) = try await repository.acknowledge(
                fingerprint: fired[0].fingerprint, by: "cm", comment: "on it", now: acknowledgedAt, client: client)
            #expect(acknowledged)
            #expect(try await repository.dueNotifications(now: Self.now.addingTimeInterval(40_000), repeatInterval: 14_400, client: client).isEmpty)
            let view = try await repository.alert(fingerprint: fired[0].fingerprint, client: client)
            #expect(view?.acknowledgedBy == "cm" && view?.notifications == 2)
            // Its firing was published: so is its acknowledgement, through the outbox, for the alerts topic's readers.
            let acknowledgement = try #require(event)
            #expect(acknowledgement.id == firstID + ":a\(Int(acknowledgedAt.timeIntervalSince1970))")
            #expect(acknowledgement.isAcknowledgement && acknowledgement.cloudEvent.type == "vigie.alert.acknowledged")
            #expect(acknowledgement.acknowledgement == .init(by: "cm", comment: "on it", at: acknowledgedAt))
            #expect(acknowledgement.emittedAt == acknowledgedAt && acknowledgement.title == fired[0].title)
            #expect(try await repository.pendingOutbox(limit: 10, client: client).map(\.id).contains(acknowledgement.id))
        }
    }

    @Test func anAlertHeldBackBySilenceIsPublishedAcknowledgedWhenTheSilenceEnds() async throws {
        try await withHarness { harness in
            let repository = harness.processor.repository
            let client = harness.processor.client
            try await Self.fireASpikeUnderASilence(of: harness, until: Self.at(1))
            // Nobody saw it fire: acknowledging it publishes nothing yet...
            let (acknowledged, event) = try await repository.acknowledge(
                fingerprint: "p:acme:volume_spike", by: "cm", comment: nil, now: Self.at(0, second: 100), client: client)
            #expect(acknowledged && event == nil)
            #expect(try await repository.pendingOutbox(limit: 10, client: client).isEmpty)
            // ...and when the silence ends, its firing comes out once, saying who is on it.
            let due = try await repository.dueNotifications(now: Self.at(1, second: 10), repeatInterval: 14_400, client: client)
            #expect(due.count == 1 && !due[0].isAcknowledgement && due[0].acknowledgement?.by == "cm")
            let notAcknowledged = try await repository.acknowledge(fingerprint: "p:acme:nothing", by: "cm", comment: nil, now: Self.at(1), client: client)
            #expect(!notAcknowledged.acknowledged && notAcknowledged.event == nil)
        }
    }

    // MARK: - Backtest over stored history

    @Test func theHistoryBacktestShowsWhatEachPresetWouldHaveRaised() async throws {
        try await withHarness { harness in
            // Three authors per bucket (bars: low 14, balanced 10, high 9), and bursts: 9 then 12 authors, 12 then 13,
            // and 60 in one bucket. A crossing fires when the next bucket reaches 1.25 times its bar, or at once at 4 times.
            var mentions = Self.history(buckets: 60)
            for (bucket, authors) in [(-20, 6), (-19, 9), (-10, 9), (-9, 10), (0, 60)] {
                mentions += (0..<authors).map { Self.scored("burst\(bucket)-\($0)", author: "b\(bucket)-\($0)", at: Self.at(bucket, second: $0)) }
            }
            mentions += (1...3).map { Self.scored("after\($0)", author: "fan1", at: Self.at($0)) }
            _ = try await harness.process(mentions, now: Self.at(100))  // stored as history: no live alert
            let repository = harness.processor.repository
            let backtest = HistoryBacktest(repository: repository, engine: harness.processor.engine, minAuthors: 5)
            let episodes = try await backtest.run(project: "p", from: nil, to: nil, client: harness.processor.client)
            func starts(_ sensitivity: Project.AlertSettings.Sensitivity) -> [Date] {
                episodes.filter { $0.sensitivity == sensitivity && $0.kind == .volumeSpike }.map(\.startedAt)
            }
            #expect(starts(.low) == [Self.at(0)])
            #expect(starts(.balanced) == [Self.at(-9), Self.at(0)])
            #expect(starts(.high) == [Self.at(-19), Self.at(-9), Self.at(0)])
            let confirmed = episodes.first { $0.sensitivity == .balanced && $0.startedAt == Self.at(-9) }
            #expect(confirmed?.observed == 13 && confirmed?.threshold == 10, "the bar the pending bucket crossed")
            let last = episodes.first { $0.sensitivity == .balanced && $0.startedAt == Self.at(0) }
            #expect(last?.resolvedAt == Self.at(2) && last?.observed == 60)
            // Causal: the replay up to bucket -9 finds the same first alerts as the replay of everything; up to -10,
            // the crossing at -10 is pending.
            let early = try await backtest.run(project: "p", from: nil, to: Self.at(-9), client: harness.processor.client)
            #expect(early.filter { $0.sensitivity == .high && $0.kind == .volumeSpike }.map(\.startedAt) == [Self.at(-19), Self.at(-9)])
            let pending = try await backtest.run(project: "p", from: nil, to: Self.at(-10), client: harness.processor.client)
            #expect(pending.filter { $0.sensitivity == .high && $0.kind == .volumeSpike }.map(\.startedAt) == [Self.at(-19)])
            // From a bucket on, the replay reports what the whole replay raised from there: the crossings pending just
            // before (-20 for high, -10 for balanced) are confirmed at -19 and -9, not judged anew.
            for from in [Self.at(-19), Self.at(-9)] {
                let later = try await backtest.run(project: "p", from: from, to: nil, client: harness.processor.client)
                #expect(later == episodes.filter { $0.startedAt >= from }, "from \(from): \(later)")
            }
            let report = Backtest.report(episodes, project: "p")
            #expect(report.contains("p high: 3 alerts (volume_spike 3)"), "\(report)")
        }
    }

    @Test func theHistoryBacktestCalibratesTheShapeWithItsOwnAlerts() async throws {
        try await withHarness { harness in
            // A week of 5-6 authors a bucket, imported (live never fired), with two one-bucket bursts of 64 authors
            // (four times the bar of 16: they fire at once).
            try await Self.longHistory(harness, routine: nil)
            try await harness.processor.client.withConnection { connection in
                try await connection.query(
                    "UPDATE alerting.buckets SET authors = 64 WHERE bucket_start = ANY(\([Self.at(-900), Self.at(-400)])::timestamptz[])")
            }
            let backtest = HistoryBacktest(repository: harness.processor.repository, engine: harness.processor.engine, minAuthors: 5)
            let episodes = try await backtest.run(project: "p", from: Self.at(-1000), to: nil, client: harness.processor.client)
                .filter { $0.kind == .volumeSpike && $0.sensitivity == .balanced }
            // The first burst alerts, so its shapes enter the calibration capped: the second, as new to the reference
            // as the first minus one neighbour, is not hidden by it (with the first's novelties uncapped it was).
            #expect(episodes.map(\.startedAt) == [Self.at(-900), Self.at(-400)], "\(episodes)")
        }
    }

    @Test func theHistoryBacktestReplaysEmergingTerms() async throws {
        try await withHarness { harness in
            // Four authors a bucket on the usual words; then 6 authors on a new one for two buckets, and it fades.
            var mentions = Self.history(buckets: 40, authors: 4, text: "acme café croissant")
            for bucket in [-10, -9] {
                mentions += (0..<6).map {
                    Self.scored("e\(bucket)-\($0)", author: "e\($0)", text: "acme café : batterie qui explose", at: Self.at(bucket, second: $0))
                }
            }
            mentions += (0..<2).map { Self.scored("late\($0)", author: "late\($0)", text: "acme batterie", at: Self.at(-8, second: $0)) }
            _ = try await harness.process(mentions, now: Self.at(100))
            let backtest = HistoryBacktest(repository: harness.processor.repository, engine: harness.processor.engine, minAuthors: 5)
            let episodes = try await backtest.run(project: "p", from: nil, to: nil, client: harness.processor.client)
                .filter { $0.kind == .emergingTerm }
            // high needs 3 authors, balanced 5, low 8; one episode while the term stays up, resolved when it falls under.
            #expect(episodes.filter { $0.sensitivity == .low }.isEmpty)
            for sensitivity in [Project.AlertSettings.Sensitivity.balanced, .high] {
                let mine = episodes.filter { $0.sensitivity == sensitivity }
                #expect(mine.map(\.startedAt) == [Self.at(-10)], "\(sensitivity): \(mine)")
                #expect(mine.first?.resolvedAt == Self.at(-7) && mine.first?.observed == 6, "\(sensitivity): \(mine)")
            }
        }
    }

    @Test func theHistoryBacktestResolvesAnEmergingTermThatSettles() async throws {
        try await withHarness { harness in
            // A new term used by 6 authors in each of 20 buckets: news at first, part of the talk 12 buckets later.
            var mentions = Self.history(buckets: 40, authors: 4, text: "acme café croissant")
            for bucket in -25 ..< -5 {
                mentions += (0..<6).map {
                    Self.scored("e\(bucket)-\($0)", author: "e\(bucket)-\($0)", text: "acme : batterie qui explose", at: Self.at(bucket, second: $0))
                }
            }
            _ = try await harness.process(mentions, now: Self.at(100))
            let backtest = HistoryBacktest(repository: harness.processor.repository, engine: harness.processor.engine, minAuthors: 5)
            let episodes = try await backtest.run(project: "p", from: nil, to: nil, client: harness.processor.client)
                .filter { $0.kind == .emergingTerm && $0.sensitivity == .balanced }
            // Fired at -25 (the topic's first hour is history); -13, twelve buckets later, is no higher than their
            // median: resolved at its end, and not news again afterwards (the 24 h lookback holds it).
            #expect(episodes.map(\.startedAt) == [Self.at(-25)], "\(episodes)")
            #expect(episodes.first?.resolvedAt == Self.at(-12), "\(episodes)")
        }
    }

    @Test func historyBeyondTheRetentionIsDeletedAndNeverCountedAgain() async throws {
        try await withHarness { harness in
            let client = harness.processor.client
            func rows(_ table: String) async throws -> Int {
                try await client.query("SELECT count(*)::int FROM \(unescaped: table)").decode(column: Int.self).first ?? -1
            }
            // 30 buckets of 3 authors before the live one; alerting keeps one hour (12 buckets).
            var processor = harness.processor
            processor.retention = 3600
            let tooOld = Self.scored("ancient", author: "ancient", at: Self.at(-20))
            _ = try await processor.process(Self.history() + [tooOld], projects: [harness.project.id: harness.project], now: Self.now)
            #expect(try await rows("alerting.mentions") == 11 * 3, "only the buckets of the last hour are counted")
            #expect(try await rows("alerting.buckets") == 11)

            // With the default retention everything is counted; pruning at 12 buckets back deletes the 18 older ones.
            _ = try await harness.process(Self.history() + [tooOld])
            #expect(try await rows("alerting.mentions") == 30 * 3 + 1)
            try await client.query(
                """
                INSERT INTO alerting.firings (fingerprint, bucket_start) VALUES ('p:acme:volume_spike', \(Self.at(-20))), ('p:acme:volume_spike', \(Self.at(-2)));
                """)
            try await client.query(
                "INSERT INTO alerting.outbox (id, project_id, payload, created_at, published) VALUES ('old', 'p', '{}', \(Self.at(-20)), true), ('pending', 'p', '{}', \(Self.at(-20)), false), ('new', 'p', '{}', \(Self.at(-1)), true)")
            try await client.query(
                """
                INSERT INTO alerting.silences (id, project_id, starts_at, ends_at, created_by, comment)
                VALUES (gen_random_uuid(), 'p', \(Self.at(-30)), \(Self.at(-20)), 'op', 'ended'), (gen_random_uuid(), 'p', \(Self.at(-30)), \(Self.at(5)), 'op', 'running')
                """)
            let pruned = try await harness.processor.repository.prune(before: Self.at(-12), client: client)
            #expect(
                pruned
                    == AlertRepository.Pruned(mentions: 18 * 3 + 1, bucketAuthors: 18 * 3 + 1, buckets: 18, firings: 1, outbox: 1, silences: 1))
            #expect(try await rows("alerting.mentions") == 12 * 3)
            #expect(try await rows("alerting.buckets") == 12)
            #expect(try await client.query("SELECT id FROM alerting.outbox ORDER BY id").decode(column: String.self) == ["new", "pending"])
            #expect(try await harness.processor.repository.prune(before: Self.at(-12), client: client).total == 0, "pruning again deletes nothing")
        }
    }
}
