import Foundation
import VigieEvents
import VigiePostgres

/// Incidents, silences, acknowledgements and reminders (Alertmanager's grouping, silences and repeat interval).
extension AlertRepository {
    /// Alerts of one project whose occurrences overlap or follow each other within this gap share an incident.
    static let incidentGap: TimeInterval = 30 * 60

    /// The incident `alert` (firing) belongs to: the project's open incident, or one closed less than
    /// ``incidentGap`` before the alert started, or a new one.
    func joinIncident(_ alert: Alert, connection: PostgresConnection) async throws -> String {
        let open = try await connection.query(
            """
            SELECT id FROM alerting.incidents
            WHERE project_id = \(alert.projectID) AND (closed_at IS NULL OR closed_at >= \(alert.startedAt.addingTimeInterval(-Self.incidentGap)))
            ORDER BY opened_at DESC LIMIT 1 FOR UPDATE
            """
        ).decode(column: String.self).first
        if let open {
            try await connection.query(
                """
                UPDATE alerting.incidents SET closed_at = NULL, alerts = alerts + 1, severity = greatest(severity, \(alert.severity)),
                    updated_at = now() WHERE id = \(open)
                """)
            return open
        }
        let id = "\(alert.projectID):incident:\(Int(alert.startedAt.timeIntervalSince1970))"
        try await connection.query(
            """
            INSERT INTO alerting.incidents (id, project_id, title, severity, alerts, opened_at)
            VALUES (\(id), \(alert.projectID), \(alert.title), \(alert.severity), 1, \(alert.startedAt))
            ON CONFLICT (id) DO UPDATE SET closed_at = NULL, alerts = incidents.alerts + 1,
                severity = greatest(incidents.severity, EXCLUDED.severity), updated_at = now()
            """)
        return id
    }

    /// Closes `incident` at `at` when none of its alerts fires any more.
    func closeIncidentIfDone(_ incident: String, at: Date, connection: PostgresConnection) async throws {
        try await connection.query(
            """
            UPDATE alerting.incidents SET closed_at = \(at), updated_at = now()
            WHERE id = \(incident) AND NOT EXISTS (SELECT 1 FROM alerting.alerts WHERE incident_id = \(incident) AND status = 'firing')
            """)
    }

    /// The silence holding back alerts of (project, topic, kind) at `now`, if any.
    func activeSilence(project: String, topic: String?, kind: Alert.Kind, now: Date, connection: PostgresConnection) async throws
        -> Alert.Silence?
    {
        try await connection.query(
            """
            SELECT id, ends_at, created_by, comment FROM alerting.silences
            WHERE project_id = \(project) AND (topic_id IS NULL OR topic_id = \(topic)::text) AND (kind IS NULL OR kind = \(kind.rawValue))
              AND starts_at <= \(now) AND ends_at > \(now)
            ORDER BY ends_at DESC LIMIT 1
            """
        ).decode((UUID, Date, String, String).self).first.map {
            Alert.Silence(id: $0.0.uuidString.lowercased(), endsAt: $0.1, createdBy: $0.2, comment: $0.3.isEmpty ? nil : $0.3)
        }
    }

    /// Firing alerts whose next notification is due at `now`: held back by a silence that has ended, or notified
    /// longer than `repeatInterval` ago and not acknowledged. Each gets its event in the outbox (a reminder's id
    /// ends in `:r<n>`), in one transaction.
    func dueNotifications(now: Date, repeatInterval: TimeInterval, client: PostgresClient) async throws -> [Alert] {
        try await client.withTransaction { connection in
            let rows = try await connection.query(
                """
                SELECT a.fingerprint, a.payload::text, a.notified, a.notifications FROM alerting.alerts a
                WHERE a.status = 'firing'
                  AND (NOT a.notified OR (a.acknowledged_at IS NULL AND a.last_notified_at < \(now.addingTimeInterval(-repeatInterval))))
                  AND NOT EXISTS (
                    SELECT 1 FROM alerting.silences s
                    WHERE s.project_id = a.project_id AND (s.topic_id IS NULL OR s.topic_id = a.topic_id) AND (s.kind IS NULL OR s.kind = a.kind)
                      AND s.starts_at <= \(now) AND s.ends_at > \(now))
                ORDER BY a.fingerprint LIMIT 200 FOR UPDATE OF a
                """
            ).decode((String, String, Bool, Int).self)
            var events: [Alert] = []
            for (fingerprint, payload, notified, notifications) in rows {
                var alert = try EventCodec.decode(Alert.self, from: Data(payload.utf8))
                if notified { alert.id += ":r\(notifications)" }
                alert.emittedAt = now
                try await enqueue(alert, connection: connection)
                try await connection.query(
                    """
                    UPDATE alerting.alerts SET notified = true, notifications = \(notified ? notifications + 1 : 1), last_notified_at = \(now)
                    WHERE fingerprint = \(fingerprint)
                    """)
                events.append(alert)
            }
            return events
        }
    }
}

// MARK: - What the HTTP API reads and changes

extension AlertRepository {
    /// An alert's current state, as the API shows it.
    struct AlertView: Codable, Sendable {
        var fingerprint: String
        var status: Alert.Status
        /// Its firing event was published (`false`: held back by a silence).
        var notified: Bool
        var notifications: Int
        var acknowledgedAt: Date?
        var acknowledgedBy: String?
        var acknowledgementComment: String?
        /// The last event recorded for it (firing or resolved).
        var alert: Alert

        enum CodingKeys: String, CodingKey {
            case fingerprint, status, notified, notifications, alert
            case acknowledgedAt = "acknowledged_at"
            case acknowledgedBy = "acknowledged_by"
            case acknowledgementComment = "acknowledgement_comment"
        }
    }

    struct Silence: Codable, Sendable {
        var id: UUID
        var projectID: String
        var topicID: String?
        var kind: Alert.Kind?
        var startsAt: Date
        var endsAt: Date
        var createdBy: String
        var comment: String

        enum CodingKeys: String, CodingKey {
            case id, kind, comment
            case projectID = "project_id"
            case topicID = "topic_id"
            case startsAt = "starts_at"
            case endsAt = "ends_at"
            case createdBy = "created_by"
        }
    }

    struct Incident: Codable, Sendable {
        var id: String
        var projectID: String
        var title: String
        var severity: Int
        var alerts: Int
        var openedAt: Date
        var closedAt: Date?
        /// The fingerprints of its alerts.
        var fingerprints: [String]

        enum CodingKeys: String, CodingKey {
            case id, title, severity, alerts, fingerprints
            case projectID = "project_id"
            case openedAt = "opened_at"
            case closedAt = "closed_at"
        }
    }

    private static let alertViewColumns = """
        fingerprint, status, notified, notifications, acknowledged_at, acknowledged_by, acknowledgement_comment, payload::text
        """

    private static func alertView(_ row: (String, String, Bool, Int, Date?, String?, String?, String)) throws -> AlertView? {
        guard let status = Alert.Status(rawValue: row.1) else { return nil }
        return AlertView(
            fingerprint: row.0, status: status, notified: row.2, notifications: row.3, acknowledgedAt: row.4, acknowledgedBy: row.5,
            acknowledgementComment: row.6, alert: try EventCodec.decode(Alert.self, from: Data(row.7.utf8)))
    }

    func alerts(project: String, status: Alert.Status?, limit: Int, client: PostgresClient) async throws -> [AlertView] {
        try await client.query(
            """
            SELECT \(unescaped: Self.alertViewColumns) FROM alerting.alerts
            WHERE project_id = \(project) AND (\(status?.rawValue)::text IS NULL OR status = \(status?.rawValue)::text)
            ORDER BY updated_at DESC, fingerprint LIMIT \(limit)
            """
        ).decode((String, String, Bool, Int, Date?, String?, String?, String).self).compactMap(Self.alertView)
    }

    func alert(fingerprint: String, client: PostgresClient) async throws -> AlertView? {
        try await client.query("SELECT \(unescaped: Self.alertViewColumns) FROM alerting.alerts WHERE fingerprint = \(fingerprint)")
            .decode((String, String, Bool, Int, Date?, String?, String?, String).self).compactMap(Self.alertView).first
    }

    /// Acknowledges a firing alert, in one transaction: reminders stop until it resolves and fires again, the stored
    /// alert carries who acknowledged it (so does its firing if a silence still holds it back, when it is published),
    /// and, when its firing was published, its acknowledgement event goes to the outbox (id `<firing id>:a<epoch
    /// seconds>`, type `vigie.alert.acknowledged`).
    /// - Returns: Whether the alert was firing, and the event to publish (nil when its firing was not published).
    func acknowledge(fingerprint: String, by: String, comment: String?, now: Date, client: PostgresClient) async throws
        -> (acknowledged: Bool, event: Alert?)
    {
        let acknowledgement = Alert.Acknowledgement(by: by, comment: comment, at: now)
        let json = String(decoding: try EventCodec.encode(acknowledgement), as: UTF8.self)
        return try await client.withTransaction { connection in
            let updated = try await connection.query(
                """
                UPDATE alerting.alerts SET acknowledged_at = \(now), acknowledged_by = \(by), acknowledgement_comment = \(comment),
                    payload = jsonb_set(payload, '{acknowledgement}', \(json)::jsonb), updated_at = now()
                WHERE fingerprint = \(fingerprint) AND status = 'firing' RETURNING payload::text, notified
                """
            ).decode((String, Bool).self)
            guard let (payload, notified) = updated.first else { return (false, nil) }
            guard notified else { return (true, nil) }
            var event = try EventCodec.decode(Alert.self, from: Data(payload.utf8))
            event.id = event.occurrenceID + ":a\(Int(now.timeIntervalSince1970))"
            event.emittedAt = now
            try await enqueue(event, connection: connection)
            return (true, event)
        }
    }

    func createSilence(_ silence: Silence, client: PostgresClient) async throws {
        try await client.query(
            """
            INSERT INTO alerting.silences (id, project_id, topic_id, kind, starts_at, ends_at, created_by, comment)
            VALUES (\(silence.id), \(silence.projectID), \(silence.topicID), \(silence.kind?.rawValue), \(silence.startsAt), \(silence.endsAt),
                    \(silence.createdBy), \(silence.comment))
            """)
    }

    private static let silenceColumns = "id, project_id, topic_id, kind, starts_at, ends_at, created_by, comment"

    private static func silence(_ row: (UUID, String, String?, String?, Date, Date, String, String)) -> Silence {
        Silence(
            id: row.0, projectID: row.1, topicID: row.2, kind: row.3.flatMap(Alert.Kind.init(rawValue:)), startsAt: row.4, endsAt: row.5,
            createdBy: row.6, comment: row.7)
    }

    /// The project's silences that have not ended at `now` (or all, newest first, when `activeOnly` is false).
    func silences(project: String, activeOnly: Bool, now: Date, client: PostgresClient) async throws -> [Silence] {
        try await client.query(
            """
            SELECT \(unescaped: Self.silenceColumns) FROM alerting.silences
            WHERE project_id = \(project) AND (NOT \(activeOnly)::boolean OR ends_at > \(now)) ORDER BY created_at DESC LIMIT 500
            """
        ).decode((UUID, String, String?, String?, Date, Date, String, String).self).map(Self.silence)
    }

    func silence(id: UUID, client: PostgresClient) async throws -> Silence? {
        try await client.query("SELECT \(unescaped: Self.silenceColumns) FROM alerting.silences WHERE id = \(id)")
            .decode((UUID, String, String?, String?, Date, Date, String, String).self).map(Self.silence).first
    }

    /// Ends a silence now (kept for the record).
    func expireSilence(id: UUID, now: Date, client: PostgresClient) async throws {
        try await client.query("UPDATE alerting.silences SET ends_at = least(ends_at, \(now)) WHERE id = \(id)")
    }

    /// The project's incidents, newest first; `open`: only open (`true`) or closed (`false`) ones.
    func incidents(project: String, open: Bool?, limit: Int, client: PostgresClient) async throws -> [Incident] {
        try await client.query(
            """
            SELECT i.id, i.project_id, i.title, i.severity, i.alerts, i.opened_at, i.closed_at,
                   coalesce(array_agg(a.fingerprint ORDER BY a.fingerprint) FILTER (WHERE a.fingerprint IS NOT NULL), '{}')
            FROM alerting.incidents i LEFT JOIN alerting.alerts a ON a.incident_id = i.id
            WHERE i.project_id = \(project) AND (\(open)::boolean IS NULL OR (i.closed_at IS NULL) = \(open)::boolean)
            GROUP BY i.id ORDER BY i.opened_at DESC LIMIT \(limit)
            """
        ).decode((String, String, String, Int, Int, Date, Date?, [String]).self).map {
            Incident(id: $0.0, projectID: $0.1, title: $0.2, severity: $0.3, alerts: $0.4, openedAt: $0.5, closedAt: $0.6, fingerprints: $0.7)
        }
    }
}
