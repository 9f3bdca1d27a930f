import Foundation
import Hummingbird
import VigieEvents
import VigieRuntime

/// The server-rendered HTML dashboard: `/` lists the token's projects, `/projects/{id}` shows volume and sentiment
/// (last 6 hours in 10-minute bars), share of voice, alerts and the latest mentions. No script, font or image is
/// fetched from anywhere: the page is one HTML document with inline CSS and SVG; it refreshes itself every 15 s.
struct DashboardController: Sendable {
    let readModel: ReadModel

    func addRoutes(to router: some RouterMethods<ReportingRequestContext>) {
        router.get("/") { _, context in try await index(context) }
        router.get("/projects/:project") { request, context in try await dashboard(request, context) }
    }

    func page(_ title: String, _ body: String, refresh: Bool = false) -> Response {
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(escape(title)) — Vigie</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">\(refresh ? "<meta http-equiv=\"refresh\" content=\"15\">" : "")
            <style>
            body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1d2430}
            header{background:#14213d;color:#fff;padding:12px 24px}header a{color:#fff;text-decoration:none;font-weight:600}
            main{padding:16px 24px;display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(420px,1fr))}
            section{background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}section.wide{grid-column:1/-1}
            h1{font-size:20px;margin:0}h2{font-size:15px;margin:0 0 12px}table{border-collapse:collapse;width:100%}
            td,th{text-align:left;padding:6px 8px;border-bottom:1px solid #eceef2;vertical-align:top}th{font-weight:600;color:#5b6476}
            .pos{color:#1a7f37}.neg{color:#c62828}.neu{color:#5b6476}.firing{background:#fdecea}.resolved{background:#eef7ee}.acknowledged{background:#fff8e1}.silenced{background:#f1f1f4;color:#5b6476}
            .pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#eceef2}
            .bar{height:14px;background:#3d5a80;border-radius:3px}.muted{color:#5b6476;font-size:12px}.kpi{font-size:24px;font-weight:600}
            .kpis{display:flex;gap:32px}
            </style></head><body><header><a href="/">Vigie</a> · \(escape(title))</header><main>\(body)</main></body></html>
            """
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'",
            ],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func index(_ context: ReportingRequestContext) async throws -> Response {
        let projects = try await readModel.projects().filter { context.mayRead($0.id) }
        let rows = projects.map { "<tr><td><a href=\"/projects/\(escape($0.id))\">\(escape($0.name))</a></td><td>\($0.topics.map { escape($0.name) }.joined(separator: ", "))</td></tr>" }
        return page("Projects", "<section class=\"wide\"><h2>Projects</h2><table><tr><th>Project</th><th>Topics</th></tr>\(rows.joined())</table></section>")
    }

    func dashboard(_ request: Request, _ context: ReportingRequestContext) async throws -> Response {
        let id = try context.parameters.require("project")
        guard context.mayRead(id), let project = try await readModel.projects().first(where: { $0.id == id }) else {
            return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "no such project")))
        }
        let now = Date()
        let from = now.addingTimeInterval(-6 * 3600)
        let week = now.addingTimeInterval(-7 * 86_400)
        async let volume = readModel.volume(project: id, bucketSeconds: 600, from: from, to: now.addingTimeInterval(600))
        async let shares = readModel.shareOfVoice(project: project, from: week, to: now.addingTimeInterval(3600))
        async let alerts = readModel.alerts(project: id, status: nil, limit: 20)
        async let mentions = readModel.mentions(project: id, filter: .init(limit: 30))
        async let totals = readModel.totals(project: id, from: now.addingTimeInterval(-86_400), to: now.addingTimeInterval(3600))
        async let authors = readModel.topAuthors(project: id, from: now.addingTimeInterval(-86_400), to: now.addingTimeInterval(3600), limit: 8)

        var body = ""
        let t = try await totals
        body += """
            <section class="wide"><h1>\(escape(project.name))</h1><div class="kpis">
            <div><div class="kpi">\(t.mentions)</div><div class="muted">mentions, 24 h</div></div>
            <div><div class="kpi">\(t.authors)</div><div class="muted">authors, 24 h</div></div>
            <div><div class="kpi neg">\(t.negative)</div><div class="muted">negative</div></div>
            <div><div class="kpi pos">\(t.positive)</div><div class="muted">positive</div></div></div></section>
            """
        body += "<section class=\"wide\"><h2>Volume and sentiment, last 6 hours (10-minute bars)</h2>\(chart(try await volume, from: from, to: now))</section>"

        let alertRows = try await alerts.map { alert in
            // Someone is on it: who, when, what they said.
            if alert.isAcknowledgement {
                let acknowledgement = alert.acknowledgement
                return "<tr class=\"acknowledged\"><td><span class=\"pill\">acknowledged</span></td><td>sev \(alert.severity)</td><td>\(escape(alert.title))"
                    + "<div class=\"muted\">by \(escape(acknowledgement?.by ?? "?"))" + (acknowledgement?.comment.map { ": " + escape($0) } ?? "")
                    + "</div></td><td class=\"muted\">\(EventCodec.formatDate(alert.emittedAt))</td></tr>"
            }
            // Held back by a silence: shown, greyed, with the silence that muted it.
            let state = alert.isSilenced ? "silenced" : alert.status.rawValue
            return "<tr class=\"\(state)\"><td><span class=\"pill\">\(state)</span></td><td>sev \(alert.severity)</td><td>\(escape(alert.title))"
                + "<div class=\"muted\">\(alert.kind.rawValue) · observed \(Int(alert.explanation.observed)) vs expected \(String(format: "%.1f", alert.explanation.expected)), threshold \(Int(alert.explanation.threshold))"
                + (alert.explanation.topTerms.isEmpty ? "" : " · terms: " + alert.explanation.topTerms.prefix(5).map { escape($0.key) }.joined(separator: ", "))
                + (alert.incidentID.map { " · incident " + escape($0) } ?? "")
                + (alert.acknowledgement.map { " · acknowledged by " + escape($0.by) } ?? "")
                + (alert.silence.map { " · silenced by " + escape($0.createdBy) + " until " + EventCodec.formatDate($0.endsAt) } ?? "")
                + "</div></td><td class=\"muted\">\(EventCodec.formatDate(alert.emittedAt))</td></tr>"
        }
        body += "<section><h2>Alerts</h2>" + (alertRows.isEmpty ? "<p class=\"muted\">No alert.</p>" : "<table>\(alertRows.joined())</table>") + "</section>"

        let shareRows = try await shares.map { share in
            "<tr><td>\(escape(share.name)) <span class=\"muted\">\(share.kind)</span></td><td style=\"width:50%\"><div class=\"bar\" style=\"width:\(Int(share.share * 100))%\"></div></td>"
                + "<td>\(share.kind == "theme" ? "—" : "\(Int((share.share * 100).rounded())) %")</td><td>\(share.mentions)</td></tr>"
        }
        body += "<section><h2>Share of voice, 7 days</h2><table><tr><th>Topic</th><th></th><th>Share</th><th>Mentions</th></tr>\(shareRows.joined())</table></section>"

        let authorRows = try await authors.map { author in
            "<tr><td>@\(escape(author.handle))\(author.verified ? " ✓" : "")</td><td>\(author.followers)</td><td>\(author.mentions)</td><td class=\"neg\">\(author.negative)</td></tr>"
        }
        body += "<section><h2>Top authors by reach, 24 h</h2><table><tr><th>Author</th><th>Followers</th><th>Mentions</th><th>Negative</th></tr>\(authorRows.joined())</table></section>"

        let mentionRows = try await mentions.map { mention in
            let css = mention.label == "positive" ? "pos" : (mention.label == "negative" ? "neg" : "neu")
            return "<tr><td class=\"muted\">\(EventCodec.formatDate(mention.publishedAt))<br>\(escape(mention.source)) · \(escape(mention.language))</td>"
                + "<td>@\(escape(mention.author))<br><span class=\"muted\">\(mention.followers) followers</span></td><td>\(escape(mention.text))"
                + "<div class=\"muted\">\(escape(mention.topicName))\(mention.spam ? " · spam" : "")"
                + mention.intents.map { " <span class=\"pill\">\(escape($0.name)) \(Int($0.confidence * 100))%</span>" }.joined() + "</div></td><td class=\"\(css)\">\(mention.label) \(String(format: "%+.2f", mention.sentiment))</td></tr>"
        }
        body += "<section class=\"wide\"><h2>Latest mentions</h2><table><tr><th>When</th><th>Who</th><th>Mention</th><th>Sentiment</th></tr>\(mentionRows.joined())</table></section>"
        return page(project.name, body, refresh: true)
    }

    /// Stacked bars (negative, neutral, positive, unsupported) as inline SVG.
    func chart(_ buckets: [ReadModel.VolumeBucket], from: Date, to: Date) -> String {
        let width = 960.0
        let height = 180.0
        let slots = 36
        let slotWidth = width / Double(slots)
        let start = (from.timeIntervalSince1970 / 600).rounded(.down) * 600
        var bySlot: [Int: ReadModel.VolumeBucket] = [:]
        for bucket in buckets {
            let slot = Int((bucket.start.timeIntervalSince1970 - start) / 600)
            if slot >= 0 && slot < slots { bySlot[slot] = bucket }
        }
        let peak = max(1, bySlot.values.map(\.total).max() ?? 1)
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height + 20))\" width=\"100%\" role=\"img\" aria-label=\"mentions per 10 minutes\">"
        for slot in 0..<slots {
            guard let bucket = bySlot[slot] else { continue }
            var y = height
            for (count, color) in [(bucket.negative, "#c62828"), (bucket.neutral, "#9aa3b2"), (bucket.positive, "#1a7f37"), (bucket.unsupported, "#d0d4db")] where count > 0 {
                let h = Double(count) / Double(peak) * (height - 10)
                y -= h
                svg += "<rect x=\"\(Int(Double(slot) * slotWidth + 2))\" y=\"\(Int(y))\" width=\"\(Int(slotWidth - 4))\" height=\"\(max(1, Int(h)))\" fill=\"\(color)\"><title>\(count)</title></rect>"
            }
        }
        for hour in stride(from: 0, through: slots, by: 6) {
            let date = Date(timeIntervalSince1970: start + Double(hour) * 600)
            let text = EventCodec.formatDate(date).dropFirst(11).prefix(5)
            svg += "<text x=\"\(Int(Double(hour) * slotWidth))\" y=\"\(Int(height + 15))\" font-size=\"11\" fill=\"#5b6476\">\(text)</text>"
        }
        svg += "<text x=\"4\" y=\"12\" font-size=\"11\" fill=\"#5b6476\">max \(peak)</text></svg>"
        return svg + "<div class=\"muted\">red negative · grey neutral · green positive · light grey other languages</div>"
    }
}

/// HTML-escapes text.
func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}
