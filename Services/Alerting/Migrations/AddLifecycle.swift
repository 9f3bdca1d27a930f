import Logging
import VigiePostgres

/// Noise control: incidents (related alerts of one project), silences, acknowledgements, and what each alert's
/// notifications were (`notified`: its firing event was published; `notifications`/`last_notified_at`: reminders).
struct AddLifecycle: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            CREATE TABLE alerting.incidents (
                id text PRIMARY KEY,
                project_id text NOT NULL,
                title text NOT NULL,
                severity int NOT NULL,
                alerts int NOT NULL,
                opened_at timestamptz NOT NULL,
                closed_at timestamptz,
                updated_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX incidents_project ON alerting.incidents (project_id, opened_at DESC);
            CREATE TABLE alerting.silences (
                id uuid PRIMARY KEY,
                project_id text NOT NULL,
                topic_id text,
                kind text,
                starts_at timestamptz NOT NULL,
                ends_at timestamptz NOT NULL,
                created_by text NOT NULL,
                comment text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX silences_project ON alerting.silences (project_id, ends_at);
            ALTER TABLE alerting.alerts
                ADD COLUMN incident_id text,
                ADD COLUMN notified boolean NOT NULL DEFAULT true,
                ADD COLUMN notifications int NOT NULL DEFAULT 1,
                ADD COLUMN last_notified_at timestamptz,
                ADD COLUMN acknowledged_at timestamptz,
                ADD COLUMN acknowledged_by text,
                ADD COLUMN acknowledgement_comment text;
            CREATE INDEX alerts_incident ON alerting.alerts (incident_id);
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            DROP INDEX alerting.alerts_incident;
            ALTER TABLE alerting.alerts DROP COLUMN incident_id, DROP COLUMN notified, DROP COLUMN notifications,
                DROP COLUMN last_notified_at, DROP COLUMN acknowledged_at, DROP COLUMN acknowledged_by, DROP COLUMN acknowledgement_comment;
            DROP TABLE alerting.silences;
            DROP TABLE alerting.incidents;
            """)
    }
}
