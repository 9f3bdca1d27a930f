import Logging
import VigiePostgres

/// `alerting.mentions`: what the detectors count, one row per (project, topic, mention) so re-processing counts
/// nothing twice; `alerting.alerts`: the state of each fingerprint; `alerting.outbox`: alert events to publish
/// (written in the same transaction as the state, published after commit, so none is lost).
struct CreateAlerting: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            CREATE TABLE alerting.mentions (
                project_id text NOT NULL,
                topic_id text NOT NULL,
                mention_id text NOT NULL,
                bucket_start timestamptz NOT NULL,
                published_at timestamptz NOT NULL,
                author_id text NOT NULL,
                author_handle text NOT NULL,
                followers bigint NOT NULL,
                source text NOT NULL,
                label text NOT NULL,
                spam boolean NOT NULL,
                matched_terms text[] NOT NULL,
                PRIMARY KEY (project_id, topic_id, mention_id)
            );
            CREATE INDEX mentions_buckets ON alerting.mentions (project_id, topic_id, bucket_start);
            CREATE TABLE alerting.alerts (
                fingerprint text PRIMARY KEY,
                project_id text NOT NULL,
                topic_id text,
                kind text NOT NULL,
                status text NOT NULL,
                started_at timestamptz NOT NULL,
                resolved_at timestamptz,
                bucket_start timestamptz NOT NULL,
                threshold double precision NOT NULL,
                payload jsonb NOT NULL,
                updated_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE alerting.outbox (
                id text PRIMARY KEY,
                project_id text NOT NULL,
                payload jsonb NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now(),
                published boolean NOT NULL DEFAULT false
            );
            CREATE INDEX outbox_pending ON alerting.outbox (created_at) WHERE NOT published;
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP TABLE alerting.outbox; DROP TABLE alerting.alerts; DROP TABLE alerting.mentions")
    }
}
