import Logging
import VigiePostgres

/// Every bucket at which a fingerprint fired (`alerting.alerts` holds only its latest state): the volume-spike
/// detector's shape-novelty calibration leaves past alerts out, as the CSV backtest does, so one burst does not hide
/// the next after a restart either.
struct RememberFirings: DatabaseMigration {
    func apply(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute(
            """
            CREATE TABLE alerting.firings (
                fingerprint text NOT NULL,
                bucket_start timestamptz NOT NULL,
                PRIMARY KEY (fingerprint, bucket_start)
            );
            INSERT INTO alerting.firings (fingerprint, bucket_start)
            SELECT fingerprint, bucket_start FROM alerting.alerts WHERE status = 'firing';
            """)
    }

    func revert(connection: PostgresConnection, logger: Logger) async throws {
        try await connection.execute("DROP TABLE alerting.firings")
    }
}
