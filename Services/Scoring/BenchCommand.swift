import ArgumentParser
import Foundation
import VigieEvents
import VigieScoring

/// `vigie-scoring bench`: single-core throughput of the full enrichment (language, sentiment, intents, spam,
/// matching against many projects) and the resident memory of a replica holding them. `scripts/bench-scoring` runs
/// it next to vaderSentiment on the same texts.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure scoring throughput (texts/s, one core) and memory.")

    @Argument(help: "JSONL of {\"id\", \"text\"} (e.g. ../shared/data/sentiment/en/vader_amazon.input.jsonl).") var file: String
    @Option var projects: Int = 1000
    @Option var topics: Int = 10
    @Option(help: "Passes over the texts.") var passes: Int = 5
    @Flag(help: "Also time each stage of the enrichment alone (where the time goes).") var stages = false
    @Flag(help: "Also time texts of the largest size ingest takes (100 000 characters) made of one pattern repeated.")
    var long = false

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        var texts: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String {
                texts.append(text)
            }
        }
        guard !texts.isEmpty else { throw ValidationError("no text in \(file)") }
        let rssBefore = Self.residentMegabytes()
        let scorer = MentionScorer()
        scorer.update(Self.projects(count: projects, topics: topics))
        let rssLoaded = Self.residentMegabytes()
        // One mention in five names a brand, so that matching has work to do (the same brands in every run: the
        // count of matches printed is comparable between runs and builds).
        let mentions = texts.enumerated().map { index, text in
            let named = index % 5 == 0 ? text + " brand\(index &* 7_919 % projects)x\(index / 5 % topics)" : text
            return Mention(
                source: .twitter, externalID: "\(index)", author: .init(id: "a\(index)", handle: "a\(index)", followers: index * 13 % 100_000),
                text: named, language: nil, publishedAt: Date())
        }
        var matched = 0
        _ = mentions.prefix(200).map { scorer.score($0) }  // warm-up
        let now = Date()  // the service reads the clock once per batch
        let start = ContinuousClock.now
        for _ in 0..<passes {
            // The compiler copies each mention out of the array before lending it (a retain and a release per field,
            // about 3 % of the time); the service pays as much when it keeps the decoded mention with its results.
            for index in mentions.indices { matched += scorer.score(mentions[index], now: now).1.count }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let count = mentions.count * passes
        print(String(format: "vigie-scoring: %d texts in %.3f s = %.0f texts/s (one core; %d projects x %d topics; %d matches)", count, seconds, Double(count) / seconds, projects, topics, matched))
        if stages { Self.printStages(mentions, scorer: scorer, passes: passes) }
        print(String(format: "vigie-scoring: resident memory %.0f MB (%.0f MB before loading the projects, %.0f MB after)", Self.residentMegabytes(), rssBefore, rssLoaded))
        // After the memory: the long texts' tokens would count in it.
        if long { Self.printLongTexts(scorer: scorer) }
    }

    /// The cost of each stage alone, in nanoseconds per mention (each stage reuses the tokens of the first).
    static func printStages(_ mentions: [Mention], scorer: MentionScorer, passes: Int) {
        let tokens = mentions.map { TextNormalizer.tokenize($0.text) }
        let languages = zip(mentions, tokens).map { LanguageDetector.detect(text: $0.text, tokens: $1) }
        var sink = 0
        func time(_ name: String, _ body: (Int) -> Int) {
            let start = ContinuousClock.now
            for _ in 0..<passes {
                for index in mentions.indices { sink &+= body(index) }
            }
            let elapsed = ContinuousClock.now - start
            let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
            print(String(format: "  %@ %7.0f ns/mention", name.padding(toLength: 10, withPad: " ", startingAt: 0), nanoseconds / Double(mentions.count * passes)))
        }
        print("vigie-scoring: stages alone")
        time("tokenize") { TextNormalizer.tokenize(mentions[$0].text).count }
        time("language") { LanguageDetector.detect(text: mentions[$0].text, tokens: tokens[$0]).utf8.count }
        time("sentiment") { SentimentAnalyzer.shared.analyze(text: mentions[$0].text, tokens: tokens[$0], language: languages[$0])?.drivers.count ?? 0 }
        time("intents") { IntentDetector.detect(tokens: tokens[$0], text: mentions[$0].text, sentiment: 0.1).count }
        time("spam") { SpamSignals.reasons(text: mentions[$0].text, tokens: tokens[$0]).count }
        let documents = zip(mentions, tokens).map { mention, tokens in
            MatchDocument(tokens: tokens, language: "en", source: mention.source.rawValue, authorHandle: mention.author.handle, followers: mention.author.followers)
        }
        let index = QueryIndex(Self.projects(count: 1000, topics: 10).values.flatMap { $0.topics.compactMap { try? Query($0.query) } })
        time("document") {
            MatchDocument(
                tokens: tokens[$0], language: "en", source: mentions[$0].source.rawValue, authorHandle: mentions[$0].author.handle,
                followers: mentions[$0].author.followers
            ).followers
        }
        time("match") { index.matches(documents[$0]).count }
        time("enrich") { scorer.enrich(mentions[$0]).tokens.count }
        time("score") { scorer.score(mentions[$0]).1.count }
        if sink == 42 { print("") }
    }

    /// Texts of 100 000 characters (ingest's limit), each one pattern repeated: a rule that looks back or ahead from
    /// every word over the whole text (a list of thousands of commas, thousands of "keep …ing") costs the square of
    /// its length there. Printed next to plain prose of the same length, whose cost is linear.
    static let longPatterns: [(name: String, unit: String)] = [
        ("prose", "The crew were kind but the flight was late again and nobody told us why. "),
        ("list items", "bad, "), ("keep …ing", "keep playing "), ("though", "good, though bad "), ("negations", "not "),
        ("contrasts", "good but "), ("emoji", "😡"), ("hashtags", "#a "), ("handles", "@a "),
        ("links", "https://a.b/c "),
        ("waits", "wait 2 hours "), ("ne … pas", "ne pas "), ("verdicts", "so so "), ("questions", "why? "),
        ("ratings", "3/5, "), ("used to", "used to be great "), ("some … others", "some good, others bad. "),
        ("nothing like", "nothing like a delay "), ("rien de tel", "rien de tel "),
        ("thanks for", "thanks for "), ("even though", "even though good "), ("short parts", "good, bad, "),
        ("merci pour", "retard, merci pour tout "), ("synopsis", "tells the story of a sad "),
        ("disruptions", "strike planned tomorrow "), ("polls", "poll: good "),
        ("who", "who thought good great nice "), ("declines", "unemployment fell pain drops "),
        ("costs", "prices soar rent "), ("love it", "lost again, love it "), ("advice", "looking for advice good "),
        ("than worth", "more than it is worth "), ("names", "Love Island Best Buy "), ("capitals", "Great "),
        ("why always", "why always "), ("years", "its 2016 and "), ("laughter", "lol dead "),
        ("which better", "which is better "), ("nth time", "Bravo la RATP, bloquée pour la troisième fois "),
        ("contests", "win enter rt "), ("records", "broke the record "),
        // Twenty-seventh session: a subject negation read far back, events announced, preventions, loved mishaps,
        // questions with praise after them.
        ("subject negation", "nothing in the flat was fixed "), ("announcements", "the winner will be announced monday "),
        ("preventions", "avoided a disaster "), ("loved mishaps", "I love when my flight is delayed "),
        ("praise after ?", "anyone tried it? best "),
        // Twenty-eighth session: scare quotes, lists of lacks, things still working (and badly), misfortunes
        // supposed in a question, "plus" after "ne".
        ("scare quotes", "the \"great\" seats "), ("lack lists", "pas de place, "),
        ("still works", "still works badly after a year "), ("if … ?", "valid if cancelled? "),
        ("ne … plus", "je n'ai plus un seul problème "),
        // Twenty-ninth session: amounts, manners compared, reported disruptions, praise that was all there was,
        // surfaces conceded, claims unmet, names made of sentiment, places after "on".
        ("a good …", "waited a good 40 minutes "), ("… like a", "defending like a team "),
        ("reported", "cancelled due to the strike "), ("nothing else", "a great trailer and nothing else. "),
        ("to look at", "handsome to look at and empty. "), ("means nothing", "loyalty means nothing. "),
        ("claims", "not the 2 hours advertised, "), ("greeting names", "Happy Meal toys are "),
        ("on my", "a song on my playlist smh "),
        // Thirtieth session: thanks without end, regrets as a "but", praise that lasted, claims named and denied,
        // measures that move, jobs cut, "not the … -ing".
        ("enough", "can't thank you enough "), ("regrets", "great, shame about the "),
        ("lasted", "great for two weeks then "), ("named claims", "says waterproof. not waterproof "),
        ("measures", "sales fell 5% "), ("jobs cut", "to cut 100 jobs "), ("not the", "not the bus leaving "),
        ("weeks since", "3 weeks since "), ("not bad for", "not bad for the price, "),
        // Thirty-first session: what is fought, ironic comparisons, synopses, public services closed.
        ("against", "the fight against cancer "), ("all the … of a", "all the grace of a piano "),
        ("centers on", "the story centers on a failing "), ("closures", "snow day, they closed the school "),
        ("hours", "la poste ferme le dimanche "), ("can't wait", "can't wait "), ("managed to", "managed to lose "),
        ("at least", "bad, at least good "),
    ]

    static func printLongTexts(scorer: MentionScorer) {
        print("vigie-scoring: texts of 100 000 characters, one pattern repeated (ms per text)")
        var prose = 0.0
        for (name, unit) in longPatterns {
            let text = String(String(repeating: unit, count: 100_000 / unit.count + 1).prefix(100_000))
            let mention = Mention(
                source: .twitter, externalID: name, author: .init(id: "a", handle: "a"), text: text, language: nil,
                publishedAt: Date())
            let start = ContinuousClock.now
            let runs = 3
            for _ in 0..<runs { _ = scorer.score(mention) }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let milliseconds = seconds * 1e3 / Double(runs)
            if name == "prose" { prose = milliseconds }
            let label = name.padding(toLength: 12, withPad: " ", startingAt: 0)
            print(String(format: "  %@ %7.1f ms (%.1fx prose)", label, milliseconds, milliseconds / prose))
        }
    }

    /// Projects with brand, competitor and theme queries of every shape.
    static func projects(count: Int, topics: Int) -> [String: Project] {
        var result: [String: Project] = [:]
        for p in 0..<count {
            let watched = (0..<topics).map { t -> Project.WatchedTopic in
                let brand = "brand\(p)x\(t)"
                let query: String
                switch t % 5 {
                case 0: query = "\(brand) OR @\(brand) OR \"\(brand) official\""
                case 1: query = "\(brand) AND (price OR prix OR delivery OR livraison OR quality)"
                case 2: query = "(\(brand) OR \(brand)s) AND NOT (giveaway OR concours)"
                case 3: query = "\(brand) NEAR/5 (broken OR cassé OR refund OR rembours*)"
                default: query = "\(brand) AND (lang:en OR lang:fr)"
                }
                return Project.WatchedTopic(id: "t\(t)", name: brand, kind: t == 1 ? .competitor : .brand, query: query)
            }
            result["p\(p)"] = Project(id: "p\(p)", name: "Project \(p)", topics: watched, updatedAt: Date())
        }
        return result
    }

    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kilobytes / 1024
    }
}
