import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Testing
import VigieEvents
import VigieKafka
import VigieTesting

@Suite("The four services end to end", .serialized, .timeLimit(.minutes(10)))
struct EndToEndTests {
    static let project = """
        {"id": "e2e", "name": "E2E Corp", "languages": ["fr", "en"],
         "topics": [
           {"id": "acme", "name": "Acme", "kind": "brand", "query": "acme OR @acme"},
           {"id": "globex", "name": "Globex", "kind": "competitor", "query": "globex"}],
         "owned_accounts": [], "sentiment_overrides": {},
         "alerts": {"sensitivity": "balanced", "bucket_minutes": 5, "min_authors": 10, "crisis_terms": [], "influencer_followers": 100000},
         "updated_at": "2026-11-01T00:00:00Z"}
        """

    /// One mention as NDJSON.
    /// People add words of their own: identical texts from many accounts are a campaign, which scoring flags as spam.
    static func personal(_ text: String, _ index: Int) -> String {
        let words = ["matin", "midi", "soir", "lundi", "mardi", "bureau", "maison", "train", "metro", "quartier"]
        return "\(text) (\(words[index % 10]) \(words[index / 10 % 10]))"
    }

    static func mention(_ id: String, author: String, text: String, at date: Date, followers: Int = 100) -> String {
        let object: [String: Any] = [
            "source": "twitter", "external_id": id, "text": text, "published_at": EventCodec.formatDate(date),
            "author": ["id": author, "handle": author, "followers": followers],
            "engagement": ["likes": 1, "shares": 0, "replies": 0],
        ]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func mentionsFlowFromIngestToAlertsAndReporting() async throws {
        let cluster = try await ServiceCluster()
        do {
            try await scenario(cluster)
        } catch {
            Issue.record("end-to-end failed: \(error)\n\(cluster.logTail())")
        }
        await cluster.stopAll()
    }

    func scenario(_ cluster: ServiceCluster) async throws {
        for service in VigieService.allCases { try cluster.start(service) }
        for service in VigieService.allCases { try await cluster.waitHealthy(service) }

        // Projects are published by the projects command, as an operator would.
        let file = cluster.logs.appendingPathComponent("projects.json")
        try Self.project.write(to: file, atomically: true, encoding: .utf8)
        let published = try await ProcessRunner.run(
            try TestEnvironment.binary("vigie-reporting"), ["projects", "publish", file.path], environment: cluster.environment, timeout: .seconds(60))
        #expect(published.status == 0, "\(published.standardError)")
        let badFile = cluster.logs.appendingPathComponent("bad.json")
        try Self.project.replacingOccurrences(of: "acme OR @acme", with: "acme OR (").write(to: badFile, atomically: true, encoding: .utf8)
        let refused = try await ProcessRunner.run(
            try TestEnvironment.binary("vigie-reporting"), ["projects", "validate", badFile.path], environment: cluster.environment)
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("topics[0].query"), "\(refused.standardError)")
        // Wait until reporting (and so the other followers) know the project.
        _ = try await eventually(.seconds(60), "the project in reporting") {
            let answer = try await cluster.get(cluster.url(.reporting) + "/v1/projects", token: ServiceCluster.token)
            return String(decoding: answer.body, as: UTF8.self).contains("\"e2e\"") ? true : nil
        }
        try await Task.sleep(for: .seconds(2))  // scoring and alerting follow the same topic

        // Security: no key, no post; a token sees only its projects.
        #expect(try await cluster.post(ndjson: ["{}"], apiKey: nil).status == 401)
        #expect(try await cluster.post(ndjson: ["{}"], apiKey: "wrong-key-0123456789").status == 401)
        #expect(try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/summary").status == 401)
        #expect(try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/summary", token: "other-token-0123456789").status == 404)
        #expect(try await cluster.post(ndjson: ["{}"], contentType: "text/plain").status == 415)

        // An operator silences Acme's emerging terms for an hour (a launch brings new words): their firing is still
        // published, as `vigie.alert.silenced`, for the dashboard and audits; the webhook bridge does not forward it.
        let silences = cluster.url(.alerting) + "/v1/silences"
        let silenceBody: [String: Any] = [
            "project_id": "e2e", "topic_id": "acme", "kind": "emerging_term", "duration_minutes": 60, "created_by": "marie",
            "comment": "lancement du produit",
        ]
        #expect(try await cluster.send(.POST, silences, json: silenceBody, token: nil).status == 401)
        #expect(try await cluster.send(.POST, silences, json: silenceBody, token: "other-token-0123456789").status == 404)
        let badKind = try await cluster.send(.POST, silences, json: silenceBody.merging(["kind": "loud"]) { $1 })
        #expect(badKind.status == 400 && (badKind.json as? [String: Any])?["field"] as? String == "kind")
        let silence = try await cluster.send(.POST, silences, json: silenceBody)
        #expect(silence.status == 201, "\(String(decoding: silence.body, as: UTF8.self))")
        let silenceID = (silence.json as? [String: Any])?["id"] as? String

        // Event time: 30 five-minute buckets of history, then a burst bucket, then two calm buckets.
        let width = 300.0
        // Bucket 30 is the current bucket: only live buckets may fire (history loaded later is counted, not alerted on).
        let start = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / width).rounded(.down) * width - 30 * width)
        func bucket(_ index: Int, second: Int = 10) -> Date { start.addingTimeInterval(Double(index) * width + Double(second)) }
        var history: [String] = []
        for index in 0..<30 {
            for author in 0..<3 {
                history.append(Self.mention("h-acme-\(index)-\(author)", author: "fan\(author + index % 7)", text: Self.personal("J'ai pris un café avec Acme", index * 3 + author), at: bucket(index, second: author * 10)))
                history.append(Self.mention("h-globex-\(index)-\(author)", author: "user\(author + index % 5)", text: "Globex a publié ses résultats", at: bucket(index, second: author * 10)))
            }
        }
        let burst = (0..<40).map { Self.mention("burst-\($0)", author: "angry\($0)", text: Self.personal("Acme a annulé ma commande, c'est inadmissible 😡", $0), at: bucket(30, second: $0 * 5)) }
        let flood = (0..<60).map { Self.mention("flood-\($0)", author: "spammer", text: "Globex : c'est GRATUIT, cliquez ici !!!", at: bucket(30, second: $0 * 4)) }
        let calm = (0..<6).map { Self.mention("calm-\($0)", author: "fan\($0 % 3)", text: "Acme, rien à signaler", at: bucket(31 + $0 / 3, second: ($0 % 3) * 20)) }

        // Valid, invalid and duplicate items in one request: the good ones are kept.
        let mixed = [history[0], #"{"source":"twitter","external_id":"bad-1","text":"","published_at":"2026-01-01T00:00:00Z","author":{"id":"a","handle":"a"}}"#,
            "not json", history[0]]
        let answer = try await cluster.post(ndjson: mixed)
        #expect(answer.status == 207)
        let items = (answer.json as? [String: Any])?["items"] as? [[String: Any]] ?? []
        #expect(items.map { $0["status"] as? String } == ["accepted", "rejected", "rejected", "accepted"])
        #expect((items[1]["errors"] as? [[String: String]])?.first?["field"] == "text")
        #expect(items[2]["line"] as? Int == 3)
        #expect((answer.json as? [String: Any])?["accepted"] as? Int == 2)

        // Globex's history goes through `vigie-ingest replay` as a CSV file (with a bad row, reported by line).
        var csv = "source,external_id,text,published_at,author_id,author_handle,author_followers,likes\n"
        for index in 0..<30 {
            for author in 0..<3 {
                csv += "twitter,h-globex-\(index)-\(author),\"\(Self.personal("Globex a publié ses résultats, enfin", index * 3 + author))\",\(EventCodec.formatDate(bucket(index, second: author * 10))),user\(author + index % 5),user\(author + index % 5),120,3\n"
            }
        }
        csv += "twitter,bad-row,,2026-01-01T00:00:00Z,x,x,12,1\n"
        let csvFile = cluster.logs.appendingPathComponent("globex.csv")
        try csv.write(to: csvFile, atomically: true, encoding: .utf8)
        let replay = try await ProcessRunner.run(
            try TestEnvironment.binary("vigie-ingest"), ["replay", csvFile.path, "--rate", "400", "--batch", "25", "--quiet"], environment: cluster.environment,
            timeout: .seconds(120))
        #expect(replay.status == 3, "exit 3: some rows rejected\n\(replay.standardOutput)\(replay.standardError)")
        #expect(replay.standardOutput.contains("90 accepted"), "\(replay.standardOutput)")
        #expect(replay.standardOutput.contains("rejected line 92: text: is required"), "\(replay.standardOutput)")
        history.removeAll { $0.contains("h-globex-") }

        // Acme's history in several requests; scoring is killed with SIGKILL half way and started again.
        let chunks = stride(from: 0, to: history.count, by: 20).map { Array(history[$0..<min($0 + 20, history.count)]) }
        for (index, chunk) in chunks.enumerated() {
            let result = try await cluster.post(ndjson: chunk)
            #expect(result.status == 200)
            if index == chunks.count / 2 {
                try await Task.sleep(for: .milliseconds(300))
                cluster.kill(.scoring)
            }
        }
        try cluster.start(.scoring)
        // Alerting is killed with SIGKILL while the burst is being counted and started again: its state and outbox
        // are in PostgreSQL, so no alert is lost and none is raised twice.
        for lines in [flood, burst] {
            #expect(try await cluster.post(ndjson: lines).status == 200)
        }
        try await Task.sleep(for: .milliseconds(700))
        cluster.kill(.alerting)
        try cluster.start(.alerting)
        // Someone takes the volume spike while it fires: an acknowledgement event follows its firing on the topic.
        _ = try await eventually(.seconds(60), "the volume spike firing") { () -> Bool? in
            let events = try await readAlerts(cluster.kafka.bootstrapServers)
            return events.contains { $0.fingerprint == "e2e:acme:volume_spike" && $0.status == .firing } ? true : nil
        }
        let acknowledgements = cluster.url(.alerting) + "/v1/acknowledgements"
        let acknowledgement = ["fingerprint": "e2e:acme:volume_spike", "by": "marie", "comment": "on s'en occupe"]
        #expect(try await cluster.send(.POST, acknowledgements, json: acknowledgement, token: "other-token-0123456789").status == 404)
        #expect(try await cluster.send(.POST, acknowledgements, json: acknowledgement.merging(["by": ""]) { $1 }).status == 400)
        let acknowledged = try await cluster.send(.POST, acknowledgements, json: acknowledgement)
        #expect(acknowledged.status == 200, "\(String(decoding: acknowledged.body, as: UTF8.self))")
        #expect(try await cluster.post(ndjson: calm).status == 200)
        // A record that is not a Mention on the mentions topic goes to scoring's dead-letter topic with its reason,
        // and does not stop the stream.
        var producerConfiguration = KafkaProducerConfiguration(bootstrapServers: [cluster.kafka.bootstrapServers])
        producerConfiguration.statisticsInterval = nil
        let producer = try KafkaProducer(configuration: producerConfiguration, logger: Logger(label: "e2e") { _ in SwiftLogNoOpLogHandler() })
        try await producer.send(KafkaProducerMessage(topic: Topics.mentions.name, key: "poison", value: "{\"id\": 42"))
        // A valid Mention that the databases downstream refuse (a NUL in the author handle, which ingest would have
        // rejected): alerting and reporting dead-letter it and go on with the good records beside it.
        let refusedMention = Mention(
            source: .twitter, externalID: "nul-handle", author: .init(id: "nul", handle: "bad\u{0}handle"), text: "Acme, encore",
            publishedAt: bucket(5))
        try await producer.send(
            KafkaProducerMessage(topic: Topics.mentions.name, key: ByteBuffer(string: refusedMention.id), value: ByteBuffer(bytes: try EventCodec.encode(refusedMention))))
        await producer.shutdown()

        // Posting the same mentions again changes nothing downstream.
        let again = try await cluster.post(ndjson: Array(history.prefix(50)))
        #expect((again.json as? [String: Any])?["duplicates"] as? Int == 50)
        #expect(history.count == 90)

        // Exact counts in reporting, and they stay exact.
        let expectedAcme = 90 + 40 + 6
        let expectedGlobex = 90  // the 60 flood copies are promotion spam: kept and visible, not in share of voice
        let range = "from=\(EventCodec.formatDate(start.addingTimeInterval(-60)))&to=\(EventCodec.formatDate(Date().addingTimeInterval(3600)))"
        func shares() async throws -> [String: Int] {
            let answer = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/share-of-voice?\(range)", token: ServiceCluster.token)
            let topics = (answer.json as? [String: Any])?["topics"] as? [[String: Any]] ?? []
            return Dictionary(uniqueKeysWithValues: topics.compactMap { topic in
                (topic["topic_id"] as? String).map { ($0, topic["mentions"] as? Int ?? -1) }
            })
        }
        _ = try await eventually(.seconds(120), "exact counts in reporting") {
            let counts = try await shares()
            return counts["acme"] == expectedAcme && counts["globex"] == expectedGlobex ? true : nil
        }
        try await Task.sleep(for: .seconds(3))
        let settled = try await shares()
        #expect(settled["acme"] == expectedAcme, "nothing counted twice after the restart")
        #expect(settled["globex"] == expectedGlobex)
        let summary = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/summary?\(range)", token: ServiceCluster.token)
        #expect((summary.json as? [String: Any])?["mentions"] as? Int == expectedAcme + expectedGlobex + 60)
        for interval in ["hour", "day"] {
            let volume = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/volume?interval=\(interval)&\(range)", token: ServiceCluster.token)
            let buckets = (volume.json as? [String: Any])?["buckets"] as? [[String: Any]] ?? []
            #expect(buckets.reduce(0) { $0 + ($1["total"] as? Int ?? 0) } == expectedAcme + expectedGlobex + 60, "volume per \(interval)")
            #expect(buckets.reduce(0) { $0 + ($1["negative"] as? Int ?? 0) } >= 40)
        }
        let acmeVolume = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/volume?topic=acme&\(range)", token: ServiceCluster.token)
        #expect(((acmeVolume.json as? [String: Any])?["buckets"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["total"] as? Int ?? 0) } == expectedAcme)
        #expect(try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/volume?interval=week", token: ServiceCluster.token).status == 400)

        // Scores on every mention.
        var scored = 0
        var cursor: String?
        repeat {
            let url = cluster.url(.reporting) + "/v1/projects/e2e/mentions?limit=100" + (cursor.map { "&cursor=\($0)" } ?? "")
            let page = try await cluster.get(url, token: ServiceCluster.token).json as? [String: Any] ?? [:]
            let mentions = page["mentions"] as? [[String: Any]] ?? []
            for mention in mentions {
                #expect(["positive", "neutral", "negative"].contains(mention["label"] as? String ?? ""), "\(mention)")
                #expect(mention["language"] as? String == "fr")
                #expect((mention["sentiment"] as? Double).map { (-1...1).contains($0) } == true)
            }
            scored += mentions.count
            cursor = page["next_cursor"] as? String
        } while cursor != nil
        #expect(scored == expectedAcme + expectedGlobex + 60)
        let globex = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/mentions?topic=globex&q=GRATUIT&limit=500", token: ServiceCluster.token)
        let flagged = ((globex.json as? [String: Any])?["mentions"] as? [[String: Any]]) ?? []
        #expect(flagged.count == 60)
        #expect(flagged.allSatisfy { ($0["spam"] as? Bool) == true || ($0["spam"] as? Int) == 1 }, "the flood is flagged as spam")
        // Scoring's history of who posted what: the flooding account repeats itself (spam across mentions).
        let scoredFlood = try await readAll(
            ScoredMention.self, topic: Topics.scoredMentions.name, partitions: Topics.scoredMentions.descriptor.partitions, cluster.kafka.bootstrapServers,
            expectKey: "e2e"
        ).filter { $0.mention.author.id == "spammer" }
        #expect(scoredFlood.count >= 60)
        #expect(scoredFlood.filter { $0.spam.reasons.contains("repeated_text") }.count >= 45, "most copies (replicas and partitions see the copies in a slightly different order): \(Set(scoredFlood.flatMap(\.spam.reasons)))")
        let negatives = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/mentions?topic=acme&sentiment=negative&limit=500", token: ServiceCluster.token)
        #expect(((negatives.json as? [String: Any])?["mentions"] as? [Any])?.count == 40, "the burst is negative")
        let complaints = ((negatives.json as? [String: Any])?["mentions"] as? [[String: Any]]) ?? []
        #expect(complaints.allSatisfy { ($0["intents"] as? [[String: Any]])?.contains { $0["name"] as? String == "complaint" } == true }, "the burst is complaints")
        let badFilter = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/mentions?sentiment=angry", token: ServiceCluster.token)
        #expect(badFilter.status == 400)

        // Alerts: for the many-author negative burst, a volume spike, a negative surge and an emerging term ("annulé",
        // "commande", "inadmissible" were never said before); nothing for the flood. The spike fired, was acknowledged
        // and resolved; the surge fired and resolved; the silence held the emerging term back: published as silenced,
        // and its resolution, which nobody saw firing, not at all.
        let alerts = try await eventually(.seconds(90), "the firing, acknowledged, silenced and resolved alerts") { () -> [Alert]? in
            let events = try await readAlerts(cluster.kafka.bootstrapServers)
            return events.filter({ $0.status == .resolved }).count >= 2 && events.contains(where: \.isSilenced) ? events : nil
        }
        #expect(Set(alerts.map(\.fingerprint)) == ["e2e:acme:volume_spike", "e2e:acme:negative_surge", "e2e:acme:emerging_term"], "\(alerts.map(\.id))")
        #expect(Set(alerts.compactMap(\.incidentID)).count == 1 && alerts.allSatisfy { $0.incidentID != nil }, "one incident groups them")
        func lifecycle(_ kind: Alert.Kind) -> [String] {
            alerts.filter { $0.kind == kind }.map { $0.isSilenced ? "silenced" : $0.isAcknowledgement ? "acknowledged" : $0.status.rawValue }
        }
        #expect(lifecycle(.volumeSpike) == ["firing", "acknowledged", "resolved"], "\(alerts.map(\.id))")
        #expect(lifecycle(.negativeSurge) == ["firing", "resolved"], "\(alerts.map(\.id))")
        #expect(lifecycle(.emergingTerm) == ["silenced"], "\(alerts.map(\.id))")
        let held = alerts.first(where: \.isSilenced)
        #expect(held?.silence?.createdBy == "marie" && held?.silence?.id.lowercased() == silenceID?.lowercased())
        #expect(alerts.first(where: \.isAcknowledgement)?.acknowledgement?.by == "marie")
        let emerging = held
        let emergingTerms = Set(emerging?.explanation.topTerms.map(\.key) ?? [])
        #expect(emergingTerms.isSuperset(of: ["inadmissible", "commande"]), "\(emergingTerms)")
        let acme = alerts.filter { $0.fingerprint == "e2e:acme:volume_spike" }
        #expect(!alerts.contains { $0.topicID == "globex" }, "a flood by one account is not a crisis")
        if let firing = acme.first {
            // It fires as soon as the filling bucket crosses the threshold: with what had arrived by then.
            #expect(firing.explanation.observed >= firing.explanation.threshold && firing.explanation.observed <= 40)
            #expect(firing.explanation.metric == "distinct_authors")
            #expect(firing.explanation.threshold <= 40 && firing.explanation.threshold >= 10)
            #expect(firing.explanation.expected == 3)
            #expect(firing.explanation.sentiment["negative"] == Int(firing.explanation.observed))
            #expect(firing.startedAt == bucket(30, second: 0))
            #expect(firing.explanation.sampleMentionIDs.count == 5)
            #expect(firing.dashboardURL?.hasPrefix(cluster.url(.reporting)) == true)
        }
        // The alerts topic is the public contract: CloudEvents records, signed, valid against the published schema.
        let records = try await readRecords(topic: Topics.alerts.name, partitions: Topics.alerts.descriptor.partitions, cluster.kafka.bootstrapServers)
        #expect(records.count >= alerts.count, "at least once (a kill between publish and bookkeeping may repeat an event, same id)")
        var files: [URL] = []
        var silencedRecords = 0  // not forwarded to webhooks
        for (index, record) in records.enumerated() {
            let value = Array(record.value?.readableBytesView ?? [])
            if (try? EventCodec.decode(CloudEvent<Alert>.self, from: Data(value)))?.data.isSilenced == true { silencedRecords += 1 }
            #expect(record.header(EventHeaders.contentType) == "application/cloudevents+json")
            let signature = record.header(EventHeaders.signature) ?? ""
            #expect(signature.hasPrefix("sha256="))
            #expect(HMACSHA256.verify(signatureHex: String(signature.dropFirst(7)), key: Array(ServiceCluster.signingKey.utf8), message: value))
            #expect(!HMACSHA256.verify(signatureHex: String(signature.dropFirst(7)), key: Array("another key".utf8), message: value))
            let file = cluster.logs.appendingPathComponent("alert-\(index).json")
            try Data(value).write(to: file)
            files.append(file)
        }
        let root = try TestEnvironment.repositoryRoot()
        let validation = try await ProcessRunner.run(
            "/usr/bin/env", ["python3", root.appendingPathComponent("scripts/validate-json-schema.py").path, root.appendingPathComponent("deploy/schemas").path, "alert-event.v1"] + files.map(\.path))
        #expect(validation.status == 0, "published alerts must match deploy/schemas/alert-event.v1.schema.json: \(validation.standardOutput)")

        // The webhook bridge forwards every event (Slack-compatible JSON) to a receiver, which fails its first answer.
        let received = cluster.logs.appendingPathComponent("webhook")
        try FileManager.default.createDirectory(at: received, withIntermediateDirectories: true)
        let receiverPort = try ServiceCluster.freePort()
        let receiver = """
            import http.server, os, sys, itertools
            count = itertools.count(1)
            class Handler(http.server.BaseHTTPRequestHandler):
                def do_POST(self):
                    n = next(count)
                    body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                    if n == 1:
                        self.send_response(503); self.end_headers(); return
                    open(os.path.join(sys.argv[2], "%03d.json" % n), "wb").write(body)
                    self.send_response(200); self.end_headers()
                def log_message(self, *args): pass
            http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
            """
        try cluster.startHelper("/usr/bin/env", ["python3", "-c", receiver, "\(receiverPort)", received.path], log: "receiver")
        try cluster.startHelper(
            try TestEnvironment.binary("vigie-alerting"), ["bridge", "--webhook", "http://127.0.0.1:\(receiverPort)/hook", "--group-wait", "0"], log: "bridge")
        let forwarded = try await eventually(.seconds(60), "the alerts at the webhook") { () -> [String]? in
            let files = (try? FileManager.default.contentsOfDirectory(at: received, includingPropertiesForKeys: nil)) ?? []
            guard files.count >= records.count - silencedRecords else { return nil }
            return try files.sorted { $0.path < $1.path }.map { file in
                let message = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: String]
                return message?["text"] ?? ""
            }
        }
        #expect(silencedRecords >= 1)
        #expect(forwarded.count == records.count - silencedRecords, "each alert record once (after one retry), none a silence held back")
        #expect(forwarded.contains { $0.contains("FIRING") && $0.contains("Acme") })
        #expect(forwarded.contains { $0.contains("RESOLVED") })
        #expect(forwarded.contains { $0.contains("ACKNOWLEDGED") && $0.contains("marie") })
        #expect(!forwarded.contains { $0.contains(held?.title ?? "-") }, "the silenced emerging term is not forwarded")
        // By default the bridge groups an incident's alerts into one message (here they are all on the topic already).
        let grouped = cluster.logs.appendingPathComponent("webhook-grouped")
        try FileManager.default.createDirectory(at: grouped, withIntermediateDirectories: true)
        let groupedPort = try ServiceCluster.freePort()
        try cluster.startHelper("/usr/bin/env", ["python3", "-c", receiver.replacingOccurrences(of: "if n == 1:", with: "if n == 0:"), "\(groupedPort)", grouped.path], log: "receiver-grouped")
        try cluster.startHelper(
            try TestEnvironment.binary("vigie-alerting"),
            ["bridge", "--webhook", "http://127.0.0.1:\(groupedPort)/hook", "--group-wait", "2", "--group", "e2e-grouped-bridge"], log: "bridge-grouped")
        let incidentMessages = try await eventually(.seconds(60), "the grouped incident message") { () -> [String]? in
            let files = (try? FileManager.default.contentsOfDirectory(at: grouped, includingPropertiesForKeys: nil)) ?? []
            guard !files.isEmpty else { return nil }
            try await Task.sleep(for: .seconds(3))  // nothing else should follow
            return try ((try? FileManager.default.contentsOfDirectory(at: grouped, includingPropertiesForKeys: nil)) ?? []).map { file in
                (try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: String])?["text"] ?? ""
            }
        }
        #expect(incidentMessages.count == 1, "\(incidentMessages)")
        #expect(incidentMessages.first?.contains("*INCIDENT* e2e:incident:") == true)
        #expect(incidentMessages.first?.contains("\(records.count - silencedRecords) alerts") == true, "\(incidentMessages)")

        // The poison record is on the dead-letter topic, with its reason.
        let letters = try await eventually(.seconds(30), "the dead letter") { () -> [DeadLetter]? in
            let letters = try await readAll(DeadLetter.self, topic: Topics.scoringDeadLetters.name, partitions: 3, cluster.kafka.bootstrapServers)
            return letters.isEmpty ? nil : letters
        }
        #expect(letters.count == 1)
        #expect(letters.first?.key == "poison")
        #expect(letters.first?.consumer == "vigie-scoring")
        #expect(letters.first?.reason.contains("not a Mention v1") == true)
        for service in [VigieService.alerting, .reporting] {
            let refusedLetters = try await eventually(.seconds(30), "the refused record in \(service.rawValue)'s dead letters") { () -> [DeadLetter]? in
                let letters = try await readAll(DeadLetter.self, topic: Topics.deadLetters(for: service).name, partitions: 3, cluster.kafka.bootstrapServers)
                return letters.isEmpty ? nil : letters
            }
            #expect(refusedLetters.contains { $0.key == "e2e" && $0.reason.contains("NUL") }, "\(refusedLetters.map(\.reason))")
        }

        // They reach reporting too.
        _ = try await eventually(.seconds(30), "alerts in reporting") {
            let answer = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/alerts", token: ServiceCluster.token)
            return ((answer.json as? [String: Any])?["alerts"] as? [Any])?.count == alerts.count ? true : nil
        }
        let silencedInReporting = try await cluster.get(
            cluster.url(.reporting) + "/v1/projects/e2e/alerts?status=silenced", token: ServiceCluster.token)
        #expect(((silencedInReporting.json as? [String: Any])?["alerts"] as? [Any])?.count == 1)
        // The lifecycle API shows the incident, closed, with its three alerts.
        let incidents = try await cluster.get(cluster.url(.alerting) + "/v1/incidents?project=e2e", token: ServiceCluster.token)
        let incident = ((incidents.json as? [String: Any])?["incidents"] as? [[String: Any]])?.first
        #expect(Set(incident?["fingerprints"] as? [String] ?? []) == Set(alerts.map(\.fingerprint)), "\(String(describing: incidents.json))")
        #expect(incident?["closed_at"] as? String != nil)
        #expect(try await cluster.get(cluster.url(.alerting) + "/v1/incidents?project=e2e", token: "other-token-0123456789").status == 404)
        // A changed query applies to the next mentions, without a restart.
        try Self.project.replacingOccurrences(of: #""query": "globex""#, with: #""query": "globex OR initech""#)
            .write(to: file, atomically: true, encoding: .utf8)
        let republished = try await ProcessRunner.run(
            try TestEnvironment.binary("vigie-reporting"), ["projects", "publish", file.path], environment: cluster.environment, timeout: .seconds(60))
        #expect(republished.status == 0)
        try await Task.sleep(for: .seconds(2))
        #expect(try await cluster.post(ndjson: [Self.mention("reload-1", author: "newcomer", text: "Initech rachète une start-up", at: Date())]).status == 200)
        _ = try await eventually(.seconds(60), "the new query in use") {
            let answer = try await cluster.get(cluster.url(.reporting) + "/v1/projects/e2e/mentions?topic=globex&q=Initech", token: ServiceCluster.token)
            return ((answer.json as? [String: Any])?["mentions"] as? [Any])?.count == 1 ? true : nil
        }

        // The dashboard renders, with no external resource.
        let page = try await cluster.get(cluster.url(.reporting) + "/projects/e2e", token: ServiceCluster.token)
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == 200)
        #expect(html.contains("E2E Corp") && html.contains("<svg"))
        #expect(html.contains("silenced by marie"), "the held-back firing is on the dashboard, greyed, with who silenced it")
        #expect(!html.contains("http://") || html.contains("http://127.0.0.1"), "no external resource")
        #expect(!html.contains("<script"))
    }

    /// Every event on vigie.alerts.v1, read with a fresh group.
    func readAlerts(_ bootstrap: String) async throws -> [Alert] {
        try await readAll(CloudEvent<Alert>.self, topic: Topics.alerts.name, partitions: Topics.alerts.descriptor.partitions, bootstrap, expectKey: "e2e")
            .map(\.data).sorted { $0.emittedAt < $1.emittedAt }
            .reduce(into: [Alert]()) { unique, alert in if !unique.contains(where: { $0.id == alert.id }) { unique.append(alert) } }
    }

    /// Every record of `topic`, as records.
    func readRecords(topic: String, partitions count: Int, _ bootstrap: String) async throws -> [KafkaConsumerMessage] {
        var configuration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: TestEnvironment.uniqueName("e2e-records"))
        configuration.fetchWaitMax = .milliseconds(10)
        configuration.statisticsInterval = nil
        let consumer = try KafkaConsumer(configuration: configuration, logger: Logger(label: "e2e") { _ in SwiftLogNoOpLogHandler() })
        let partitions = (0..<count).map { KafkaTopicPartition(topic: topic, partition: KafkaPartition(rawValue: Int32($0))) }
        let total = try await consumer.watermarks(partitions).values.reduce(0) { $0 + Int($1.high - $1.low) }
        var records: [KafkaConsumerMessage] = []
        if total > 0 {
            try consumer.assign(partitions.map { ($0, .beginning) })
            consumer.startPolling()
            var iterator = consumer.messages.makeAsyncIterator()
            while records.count < total, let message = try await iterator.next() { records.append(message) }
        }
        await consumer.close()
        return records
    }

    /// Every record of `topic`, decoded.
    func readAll<T: Decodable>(_ type: T.Type, topic: String, partitions count: Int, _ bootstrap: String, expectKey: String? = nil) async throws -> [T] {
        var configuration = KafkaConsumerConfiguration(bootstrapServers: [bootstrap], groupID: TestEnvironment.uniqueName("e2e-alerts"))
        configuration.fetchWaitMax = .milliseconds(10)
        configuration.statisticsInterval = nil
        let consumer = try KafkaConsumer(configuration: configuration, logger: Logger(label: "e2e") { _ in SwiftLogNoOpLogHandler() })
        let partitions = (0..<count).map { KafkaTopicPartition(topic: topic, partition: KafkaPartition(rawValue: Int32($0))) }
        let marks = try await consumer.watermarks(partitions)
        let total = marks.values.reduce(0) { $0 + Int($1.high - $1.low) }
        guard total > 0 else {
            await consumer.close()
            return []
        }
        try consumer.assign(partitions.map { ($0, .beginning) })
        consumer.startPolling()
        var records: [T] = []
        var iterator = consumer.messages.makeAsyncIterator()
        while records.count < total, let message = try await iterator.next() {
            #expect(message.header(EventHeaders.eventType) == String(describing: T.self))
            if let expectKey { #expect(message.keyString == expectKey) }
            records.append(try EventCodec.decode(T.self, from: Data(message.value!.readableBytesView)))
        }
        await consumer.close()
        return records
    }
}
