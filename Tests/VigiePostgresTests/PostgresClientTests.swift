import Foundation
import Logging
import Testing
import VigiePostgres
import VigieTesting

@Suite("VigiePostgres against the local server", .timeLimit(.minutes(3)))
struct PostgresClientTests {
    static let hostile = [
        "'; DROP TABLE x; --", "Robert'); DROP TABLE students;--", "\\", "\\\\x00", "\"quoted\"", "$1", "$$ dollar $$",
        "tab\there", "new\nline", "carriage\rreturn", "été à Noël — ça ✓ 🚀", "E'\\n'", "NULL", "", String(repeating: "x", count: 100_000),
    ]

    @Test func hostileStringsAreBoundNotPasted() async throws {
        try await TestDatabase.withSchema { client, schema in
            try await client.query("CREATE SCHEMA \(unescaped: schema)")
            try await client.query("CREATE TABLE \(unescaped: schema).things (id int PRIMARY KEY, value text)")
            for (index, value) in Self.hostile.enumerated() {
                try await client.query("INSERT INTO \(unescaped: schema).things (id, value) VALUES (\(index), \(value))")
            }
            let rows = try await client.query("SELECT id, value FROM \(unescaped: schema).things ORDER BY id").decode((Int, String).self)
            #expect(rows.map(\.1) == Self.hostile)
            let found = try await client.query("SELECT count(*) FROM \(unescaped: schema).things WHERE value = \(Self.hostile[0])").decode(column: Int.self)
            #expect(found == [1])
        }
    }

    @Test func nulCharacterIsRefusedWithAClearError() async throws {
        try await TestDatabase.withSchema { client, _ in
            let error = await #expect(throws: PostgresError.self) { try await client.query("SELECT \("a\u{0}b")::text") }
            #expect(error?.code == .invalidArgument)
        }
    }

    @Test func typesRoundTrip() async throws {
        try await TestDatabase.withSchema { client, _ in
            let id = UUID()
            let date = Date(timeIntervalSince1970: 1_795_000_000.123456)
            let bytes = Data([0, 1, 2, 254, 255])
            let row = try await client.query(
                "SELECT \(id)::uuid, \(date)::timestamptz, \(bytes)::bytea, \(true)::bool, \(2.5)::float8, \(Int64.max)::int8, \(["a", "b c", "\"q\""])::text[], \(Optional<String>.none)::text"
            ).decode((UUID, Date, Data, Bool, Double, Int64, [String], String?).self)
            #expect(row.count == 1)
            let (decodedID, decodedDate, decodedBytes, flag, number, big, array, missing) = row[0]
            #expect(decodedID == id)
            #expect(abs(decodedDate.timeIntervalSince(date)) < 0.000_002)
            #expect(decodedBytes == bytes)
            #expect(flag)
            #expect(number == 2.5)
            #expect(big == Int64.max)
            #expect(array == ["a", "b c", "\"q\""])
            #expect(missing == nil)
            // A NULL into a non-optional is a decoding error, not a crash.
            let nullRows = try await client.query("SELECT NULL::text")
            let error = #expect(throws: PostgresError.self) { try nullRows.decode((String).self) }
            #expect(error?.code == .decoding)
        }
    }

    @Test func errorsCarryTheSQLState() async throws {
        try await TestDatabase.withSchema { client, schema in
            try await client.query("CREATE SCHEMA \(unescaped: schema)")
            try await client.query("CREATE TABLE \(unescaped: schema).unique_things (id int PRIMARY KEY)")
            try await client.query("INSERT INTO \(unescaped: schema).unique_things VALUES (\(1))")
            let duplicate = await #expect(throws: PostgresError.self) {
                try await client.query("INSERT INTO \(unescaped: schema).unique_things VALUES (\(1))")
            }
            #expect(duplicate?.sqlState == "23505")
            #expect(duplicate?.isUniqueViolation == true)
            #expect(duplicate?.description.contains("1") == false || duplicate?.description == "PostgresError.server (23505)")
            let syntax = await #expect(throws: PostgresError.self) { try await client.query("SELEC 1") }
            #expect(syntax?.sqlState == "42601")
            // The connection is still usable after errors.
            #expect(try await client.query("SELECT 1").decode(column: Int.self) == [1])
        }
    }

    @Test func transactionRollsBackWhenTheBodyThrows() async throws {
        struct Boom: Error {}
        try await TestDatabase.withSchema { client, schema in
            try await client.query("CREATE SCHEMA \(unescaped: schema)")
            try await client.query("CREATE TABLE \(unescaped: schema).ledger (id int PRIMARY KEY)")
            await #expect(throws: Boom.self) {
                try await client.withTransaction { connection in
                    try await connection.query("INSERT INTO \(unescaped: schema).ledger VALUES (\(1))")
                    throw Boom()
                }
            }
            try await client.withTransaction { connection in
                try await connection.query("INSERT INTO \(unescaped: schema).ledger VALUES (\(2))")
            }
            let ids = try await client.query("SELECT id FROM \(unescaped: schema).ledger ORDER BY id").decode(column: Int.self)
            #expect(ids == [2])
        }
    }

    @Test func copyLoadsOneHundredThousandRows() async throws {
        try await TestDatabase.withSchema { client, schema in
            try await client.query("CREATE SCHEMA \(unescaped: schema)")
            try await client.query("CREATE TABLE \(unescaped: schema).bulk (id int PRIMARY KEY, text text, score float8, at timestamptz)")
            let start = Date(timeIntervalSince1970: 1_790_000_000)
            let rows: [[any PostgresEncodable]] = (0..<100_000).map { index in
                let text: String? = index % 1000 == 0 ? nil : "row \(index)\t\\ \(Self.hostile[index % 12])"
                return [index, text, Double(index) / 7, start.addingTimeInterval(Double(index))]
            }
            let copied = try await client.withConnection { try await $0.copy(into: "\(schema).bulk", columns: ["id", "text", "score", "at"], rows: rows) }
            #expect(copied == 100_000)
            let count = try await client.query("SELECT count(*), count(text) FROM \(unescaped: schema).bulk").decode((Int, Int).self)
            #expect(count[0] == (100_000, 99_900))
            let sample = try await client.query("SELECT text, at FROM \(unescaped: schema).bulk WHERE id = \(4321)").decode((String, Date).self)
            #expect(sample[0].0 == "row 4321\t\\ \(Self.hostile[4321 % 12])")
            #expect(sample[0].1 == start.addingTimeInterval(4321))
            // A bad row fails the whole COPY: nothing half-loaded.
            let bad: [[any PostgresEncodable]] = [[100_001, "ok", 1.0, start], [100_002, "bad", "not a number", start]]
            await #expect(throws: PostgresError.self) {
                try await client.withConnection { try await $0.copy(into: "\(schema).bulk", columns: ["id", "text", "score", "at"], rows: bad) }
            }
            #expect(try await client.query("SELECT count(*) FROM \(unescaped: schema).bulk").decode(column: Int.self) == [100_000])
        }
    }

    @Test func poolServesManyConcurrentCallers() async throws {
        try await TestDatabase.withSchema(maxConnections: 3) { client, _ in
            let sums = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<60 {
                    group.addTask { try await client.query("SELECT \(index)::int + 1, pg_sleep(0.005)::text").decode((Int, String).self)[0].0 }
                }
                return try await group.reduce(0, +)
            }
            #expect(sums == (1...60).reduce(0, +))
        }
    }
}

@Suite("VigiePostgres across a server restart", .timeLimit(.minutes(3)))
struct PostgresRestartTests {
    /// Uses a cluster of its own (created by scripts/postgres under a temporary state folder), so that restarting it
    /// does not disturb the other suites running in parallel.
    @Test func reconnectsAfterTheServerRestarts() async throws {
        let script = try TestEnvironment.repositoryRoot().appendingPathComponent("scripts/postgres").path
        let state = FileManager.default.temporaryDirectory.appendingPathComponent(TestEnvironment.uniqueName("vigie-pg")).path
        let environment = ProcessInfo.processInfo.environment.merging(["VIGIE_STATE_DIR": state]) { $1 }
        let started = try await ProcessRunner.run(script, ["start"], environment: environment, timeout: .seconds(120))
        #expect(started.status == 0, "\(started.standardError)")
        defer {
            // Never leave the test's own cluster running; only its temporary state folder is touched.
            let destroy = Process()
            destroy.executableURL = URL(fileURLWithPath: script)
            destroy.arguments = ["destroy"]
            destroy.environment = environment
            try? destroy.run()
            destroy.waitUntilExit()
        }
        let url = started.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        var configuration = PostgresConfiguration(url: url)
        configuration.maxConnections = 2
        let client = PostgresClient(configuration: configuration, logger: testLogger())
        defer { client.shutdown() }
        #expect(try await client.query("SELECT 1").decode(column: Int.self) == [1])
        let restarted = try await ProcessRunner.run(script, ["restart"], environment: environment, timeout: .seconds(90))
        #expect(restarted.status == 0, "\(restarted.standardError)")
        // The idle connection died with the old server: the pool notices and reconnects.
        #expect(try await client.query("SELECT 2").decode(column: Int.self) == [2])
        // While the server is down, a query waits for it (backoff) instead of failing at once.
        let stopped = try await ProcessRunner.run(script, ["stop"], environment: environment, timeout: .seconds(60))
        #expect(stopped.status == 0)
        async let answer = client.query("SELECT 3").decode(column: Int.self)
        try await Task.sleep(for: .seconds(1))
        let restartedAgain = try await ProcessRunner.run(script, ["start"], environment: environment, timeout: .seconds(60))
        #expect(restartedAgain.status == 0)
        #expect(try await answer == [3])
    }
}

@Suite("Multi-row INSERT helper", .timeLimit(.minutes(1)))
struct InsertHelperTests {
    @Test func insertsInChunksWithBindsAndCasts() async throws {
        try await TestDatabase.withSchema { client, schema in
            try await client.query("CREATE SCHEMA \(unescaped: schema)")
            try await client.query("CREATE TABLE \(unescaped: schema).items (id int PRIMARY KEY, name text, data jsonb)")
            let rows: [[String?]] = (0..<1234).map { ["\($0)", $0 % 100 == 0 ? nil : "it's \"item\" \($0); --", "{\"n\": \($0)}"] }
            try await client.withConnection { connection in
                try await connection.insert(
                    into: "\(schema).items", columns: ["id", "name", "data"], rows: rows, casts: ["data": "jsonb"], suffix: "ON CONFLICT DO NOTHING",
                    chunkSize: 100)
                // Again: the conflict clause makes it idempotent.
                try await connection.insert(
                    into: "\(schema).items", columns: ["id", "name", "data"], rows: rows, casts: ["data": "jsonb"], suffix: "ON CONFLICT DO NOTHING")
            }
            let counts = try await client.query(
                "SELECT count(*)::int, count(name)::int, sum((data->>'n')::int)::int FROM \(unescaped: schema).items").decode((Int, Int, Int).self)
            #expect(counts[0] == (1234, 1221, (0..<1234).reduce(0, +)))
            await #expect(throws: PostgresError.self) {
                try await client.withConnection { try await $0.insert(into: "\(schema).items", columns: ["id", "name"], rows: [["1"]]) }
            }
        }
    }
}
