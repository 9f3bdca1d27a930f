extension PostgresConnection {
    /// Inserts many rows with multi-row `INSERT … VALUES (…), (…)` statements of `chunkSize` rows, every value a
    /// bind parameter (PostgreSQL allows 65 535 per statement).
    /// - Parameters:
    ///   - table: Trusted table name, e.g. `"scoring.matches"`.
    ///   - columns: Trusted column names.
    ///   - rows: Values in text format (``PostgresEncodable/postgresText``), one array per row, in column order.
    ///   - casts: SQL casts by column (e.g. `["payload": "jsonb"]`).
    ///   - suffix: Trusted SQL after the values, e.g. `ON CONFLICT DO NOTHING`.
    /// - Throws: ``PostgresError``; `.invalidArgument` when a row does not have one value per column.
    public func insert(
        into table: String, columns: [String], rows: [[String?]], casts: [String: String] = [:], suffix: String = "", chunkSize: Int = 500
    ) async throws {
        let width = columns.count
        let placeholders = columns.map { column in casts[column].map { "::" + $0 } ?? "" }
        for start in stride(from: 0, to: rows.count, by: max(1, min(chunkSize, 65_535 / max(1, width)))) {
            let chunk = rows[start..<min(start + max(1, min(chunkSize, 65_535 / max(1, width))), rows.count)]
            var sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            var binds: [String?] = []
            binds.reserveCapacity(chunk.count * width)
            for (index, row) in chunk.enumerated() {
                guard row.count == width else {
                    throw PostgresError(code: .invalidArgument, message: "INSERT row has \(row.count) values for \(width) columns")
                }
                let base = index * width
                sql += (index == 0 ? "(" : ",(") + (0..<width).map { "$\(base + $0 + 1)\(placeholders[$0])" }.joined(separator: ",") + ")"
                binds += row
            }
            if !suffix.isEmpty { sql += " " + suffix }
            try await query(PostgresQuery(unsafeSQL: sql, binds: binds))
        }
    }
}
