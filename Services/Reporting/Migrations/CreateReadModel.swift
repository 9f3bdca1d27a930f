import Logging
import VigiePostgres

/// Reporting's read model, built from the topics only: scored mentions (one row per matched project and topic),
/// alert events, and project definitions.
struct CreateReadModel: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            CREATE TABLE reporting.projects (
                id text PRIMARY KEY,
                name text NOT NULL,
                definition jsonb NOT NULL,
                updated_at timestamptz NOT NULL
            );
            CREATE TABLE reporting.mentions (
                id text PRIMARY KEY,
                project_id text NOT NULL,
                topic_id text NOT NULL,
                topic_name text NOT NULL,
                is_competitor boolean NOT NULL,
                mention_id text NOT NULL,
                published_at timestamptz NOT NULL,
                source text NOT NULL,
                language text NOT NULL,
                author_id text NOT NULL,
                author_handle text NOT NULL,
                author_name text,
                followers bigint NOT NULL,
                verified boolean NOT NULL,
                text text NOT NULL,
                url text,
                sentiment double precision NOT NULL,
                label text NOT NULL,
                drivers text[] NOT NULL,
                influence double precision NOT NULL,
                likes bigint NOT NULL,
                shares bigint NOT NULL,
                replies bigint NOT NULL,
                spam boolean NOT NULL,
                matched_terms text[] NOT NULL,
                scored_at timestamptz NOT NULL
            );
            CREATE INDEX mentions_project_time ON reporting.mentions (project_id, published_at DESC, id DESC);
            CREATE INDEX mentions_project_topic ON reporting.mentions (project_id, topic_id, published_at);
            CREATE TABLE reporting.alerts (
                id text PRIMARY KEY,
                fingerprint text NOT NULL,
                project_id text NOT NULL,
                topic_id text,
                kind text NOT NULL,
                status text NOT NULL,
                severity integer NOT NULL,
                title text NOT NULL,
                started_at timestamptz NOT NULL,
                resolved_at timestamptz,
                emitted_at timestamptz NOT NULL,
                payload jsonb NOT NULL
            );
            CREATE INDEX alerts_project ON reporting.alerts (project_id, emitted_at DESC);
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP TABLE reporting.alerts; DROP TABLE reporting.mentions; DROP TABLE reporting.projects")
    }
}

/// Intents of each mention, for the read API and filters.
struct AddMentionIntents: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("ALTER TABLE reporting.mentions ADD COLUMN intents jsonb NOT NULL DEFAULT '[]'")
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("ALTER TABLE reporting.mentions DROP COLUMN intents")
    }
}
