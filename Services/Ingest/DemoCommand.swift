import ArgumentParser
import Configuration
import Foundation
import VigieEvents
import VigieRuntime

/// `vigie-ingest demo`: a live stream of realistic French and English mentions for the sample projects.
///
/// It first backfills a few hours of ordinary chatter (so every topic has a baseline and the dashboard a history),
/// then streams chatter live; after `--flood-after` seconds one account floods copies of one message (not a crisis:
/// one author); after `--crisis-after` seconds the Air Vigie volcanic-ash crisis starts: many distinct authors,
/// negative, a few far-reaching news accounts.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Stream demo mentions to the push API until stopped.")

    @Option(help: "Ingest URL (VIGIE_INGEST_URL).") var url: String?
    @Option(help: "API key (VIGIE_INGEST_API_KEY).") var apiKey: String?
    @Option(help: "Hours of history to backfill first.") var history: Double = 6
    @Option(help: "Seconds before the flood starts.") var floodAfter: Double = 20
    @Option(help: "Seconds before the crisis starts.") var crisisAfter: Double = 45
    @Option(help: "Seconds the crisis lasts.") var crisisDuration: Double = 180
    @Option(help: "Stop after this many seconds (0: run until stopped).") var duration: Double = 0
    @Option(help: "Random seed (default: the clock, so each run has new mentions).") var seed: UInt64?

    func run() async throws {
        let config = try await VigieConfiguration.makeReader()
        guard let key = apiKey ?? config.string(forKey: "ingest.apiKey", isSecret: true) else {
            throw ValidationError("an API key is needed: --api-key or VIGIE_INGEST_API_KEY")
        }
        let client = IngestClient(url: url ?? config.string(forKey: "ingest.url", default: "http://127.0.0.1:8080"), apiKey: key)
        defer { Task { await client.shutdown() } }
        var generator = DemoGenerator(seed: seed ?? UInt64(Date().timeIntervalSince1970 * 1000))

        // History at the live rate (one chatter mention every 5 s on average), so every topic has a true baseline.
        let now = Date()
        var backfill: [String] = []
        var time = now.addingTimeInterval(-history * 3600)
        while time < now.addingTimeInterval(-5) {
            backfill.append(generator.chatter(at: time))
            time = time.addingTimeInterval(Double(1 + generator.next(upTo: 9)))
        }
        if history > 0 { log("demo: backfilling \(backfill.count) mentions of the last \(history) hours") }
        for start in stride(from: 0, to: backfill.count, by: 1000) {
            _ = try await client.post(lines: Array(backfill[start..<min(start + 1000, backfill.count)]))
        }
        log("demo: live chatter; flood in \(Int(floodAfter)) s, crisis in \(Int(crisisAfter)) s")

        let start = ContinuousClock.now
        var crisisAnnounced = false
        var floodAnnounced = false
        while duration == 0 || ContinuousClock.now - start < .seconds(duration) {
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds)
            var lines: [String] = []
            let now = Date()
            // Ordinary chatter: one mention every 5 s on average, as in the history.
            if generator.next(upTo: 100) < 20 { lines.append(generator.chatter(at: now)) }
            if seconds >= floodAfter && seconds < floodAfter + 60 {
                if !floodAnnounced { log("demo: flood started (one account, one message, again and again)") }
                floodAnnounced = true
                lines.append(generator.flood(at: now))
                lines.append(generator.flood(at: now))
            }
            if seconds >= crisisAfter && seconds < crisisAfter + crisisDuration {
                if !crisisAnnounced { log("demo: crisis started (volcanic ash cloud, Air Vigie flights cancelled)") }
                crisisAnnounced = true
                for _ in 0..<(1 + generator.next(upTo: 2)) { lines.append(generator.crisis(at: now)) }
            }
            if !lines.isEmpty { _ = try await client.post(lines: lines) }
            try await Task.sleep(for: .seconds(1))
        }
    }

    func log(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// Deterministic generator of demo mentions (SplitMix64).
struct DemoGenerator {
    var state: UInt64
    var counter = 0

    init(seed: UInt64) { state = seed }

    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
    }

    mutating func pick<T>(_ items: [T]) -> T { items[next(upTo: items.count)] }

    static let topicsPerProject = ["air-vigie", "postea", "horizon-tv", "fizzly", "doree", "optika"]

    static let chatter: [(language: String, text: String)] = [
        ("fr", "Super accueil à bord d'Air Vigie ce matin, équipage adorable 👏"),
        ("fr", "Vol Air Vigie Paris-Nice à l'heure, rien à redire"),
        ("fr", "Encore 40 minutes de retard avec Air Vigie... #airvigie"),
        ("en", "Smooth flight with Air Vigie today, great crew"),
        ("en", "Air Vigie lost my bag again, not happy"),
        ("fr", "Skyline Airways a annoncé de nouvelles lignes vers Lisbonne"),
        ("en", "Flying Skyline Airways next week, any tips?"),
        ("fr", "Mon colis Postéa est arrivé en avance, merci le facteur !"),
        ("fr", "Postéa : colis toujours pas livré après 10 jours, c'est nul"),
        ("en", "Postea delivery was quick this time, nice"),
        ("fr", "Expressa livre en 24h, Postéa en une semaine..."),
        ("fr", "Le JT d'Horizon Info ce soir était très bien fait"),
        ("fr", "Horizon 1 rediffuse encore le même film, sérieux ?"),
        ("fr", "Mes enfants adorent Horizon Kids le matin"),
        ("fr", "Canal Sud a une meilleure grille ce soir que Horizon 1"),
        ("fr", "Un Fizzly bien frais en terrasse, le bonheur ☀️"),
        ("en", "Fizzly is way too sweet for me"),
        ("fr", "Je préfère Colaroc à Fizzly, désolé"),
        ("en", "New Zest Up flavour is surprisingly good"),
        ("fr", "Les biscuits Dorée au chocolat, une tuerie 😍 #doree"),
        ("fr", "Biscuits Dorée plus chers et paquet plus petit, bof"),
        ("fr", "Croquant & Cie sort des biscuits sans sucre"),
        ("en", "My new Optika camera takes stunning photos"),
        ("en", "Optika autofocus is slow in low light, disappointed"),
        ("fr", "Hésitation entre Optika et un appareil Lumina, des avis ?"),
        ("en", "Where can I buy the Optika X2 lens in Paris?"),
    ]

    static let crisisTexts: [(language: String, text: String)] = [
        ("fr", "Vol Air Vigie annulé à cause du nuage de cendres, aucune info au comptoir, c'est inadmissible"),
        ("fr", "Bloqués à Roissy, Air Vigie a annulé tous les vols vers le nord. Personne pour nous aider 😡"),
        ("fr", "Air Vigie : 3 heures d'attente au téléphone et toujours rien. Honteux. #volcan"),
        ("fr", "Le volcan paralyse tout et Air Vigie ne répond pas, quelle galère"),
        ("fr", "Annulation Air Vigie sans hôtel ni repas, on dort par terre à l'aéroport"),
        ("en", "Air Vigie cancelled my flight because of the ash cloud and nobody answers. Terrible."),
        ("en", "Stranded in Paris, Air Vigie has no information at all. Unacceptable."),
        ("en", "Ash cloud chaos: Air Vigie customers sleeping on the floor, no help from the airline"),
        ("en", "@airvigie 4 hours on hold, still no rebooking. Worst airline ever."),
        ("fr", "@airvigie remboursement ? réacheminement ? rien, aucune réponse depuis ce matin"),
    ]

    static let newsAccounts: [(handle: String, name: String, followers: Int)] = [
        ("lequotidien_fr", "Le Quotidien", 2_100_000), ("infoflash", "Info Flash", 850_000), ("euronews_desk", "Euro News Desk", 1_200_000),
    ]

    mutating func mention(source: String, author: String, name: String? = nil, followers: Int, verified: Bool = false, text: String, language: String, at date: Date, url: String? = nil) -> String {
        counter += 1
        var object: [String: Any] = [
            "source": source, "external_id": "demo-\(state)-\(counter)", "text": text, "language": language,
            "published_at": EventCodec.formatDate(date),
            "author": ["id": "demo-\(author)", "handle": author, "name": name ?? author, "followers": followers, "verified": verified] as [String: Any],
            "engagement": ["likes": next(upTo: 50), "shares": next(upTo: 10), "replies": next(upTo: 8)],
        ]
        if let url { object["url"] = url }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// People do not copy each other word for word: a few words of their own make each message theirs (and keep
    /// scoring's copy detector, which flags one text from many accounts, for real campaigns).
    static let asides: [String: [String]] = [
        "fr": ["franchement", "bon", "sérieusement", "bref", "voilà", "honnêtement", "hier", "aujourd'hui", "encore", "vraiment", "perso", "bilan"],
        "en": ["honestly", "well", "seriously", "anyway", "today", "again", "really", "personally", "frankly", "tbh", "so", "update"],
    ]

    mutating func personal(_ text: String, language: String) -> String {
        let words = Self.asides[language] ?? Self.asides["en"]!
        let first = pick(words)
        let second = pick(words)
        return next(upTo: 2) == 0 ? "\(first.prefix(1).uppercased() + first.dropFirst()), \(text) (\(second))" : "\(text) — \(first), \(second)"
    }

    mutating func chatter(at date: Date) -> String {
        let (language, template) = pick(Self.chatter)
        let text = personal(template, language: language)
        let author = "user\(next(upTo: 2000))"
        return mention(source: pick(["twitter", "twitter", "facebook", "instagram", "forum"]), author: author, followers: next(upTo: 3000), text: text, language: language, at: date)
    }

    mutating func flood(at date: Date) -> String {
        mention(source: "twitter", author: "promo_fizzly_2000", followers: 12, text: "GAGNEZ un an de Fizzly gratuit !!! Cliquez ici http://promo.example/fizzly #fizzly #concours", language: "fr", at: date)
    }

    mutating func crisis(at date: Date) -> String {
        if next(upTo: 12) == 0 {
            let news = pick(Self.newsAccounts)
            return mention(
                source: "news", author: news.handle, name: news.name, followers: news.followers, verified: true,
                text: "Nuage de cendres : Air Vigie annule des centaines de vols, des milliers de passagers bloqués", language: "fr", at: date,
                url: "https://\(news.handle.replacingOccurrences(of: "_", with: "-")).example/air-vigie-cendres-\(counter)")
        }
        let (language, template) = pick(Self.crisisTexts)
        let text = personal(template, language: language)
        return mention(source: "twitter", author: "traveller\(counter)_\(next(upTo: 100_000))", followers: 50 + next(upTo: 5000), text: text, language: language, at: date)
    }
}
