/// The rows of a query result, copied out of libpq's result.
public struct PostgresRows: Sendable, Sequence {
    /// Column names, in order.
    public let columns: [String]
    /// Values in text format, row by row; `nil` is NULL.
    let values: [[String?]]
    /// The command tag's row count (`INSERT 0 3` → 3), when the statement reports one.
    public let affectedRows: Int?

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    public func makeIterator() -> some IteratorProtocol<PostgresRow> {
        values.lazy.map { PostgresRow(columns: columns, values: $0) }.makeIterator()
    }

    public subscript(index: Int) -> PostgresRow { PostgresRow(columns: columns, values: values[index]) }

    /// Decodes every row into a tuple.
    /// - Throws: ``PostgresError`` `.decoding`.
    public func decode<each T: PostgresDecodable>(_ types: (repeat each T).Type) throws(PostgresError) -> [(repeat each T)] {
        var result: [(repeat each T)] = []
        result.reserveCapacity(values.count)
        for row in self { result.append(try row.decode(types)) }
        return result
    }

    /// Decodes the only column of every row.
    public func decode<T: PostgresDecodable>(column type: T.Type) throws(PostgresError) -> [T] {
        var result: [T] = []
        for row in self { result.append(try row.decode(column: 0, as: type)) }
        return result
    }
}

/// One row of a result.
public struct PostgresRow: Sendable {
    public let columns: [String]
    let values: [String?]

    /// Decodes the row's columns, left to right, into a tuple.
    /// - Throws: ``PostgresError`` `.decoding` when there are fewer columns or a value does not decode.
    public func decode<each T: PostgresDecodable>(_ types: (repeat each T).Type) throws(PostgresError) -> (repeat each T) {
        var index = 0
        func next<U: PostgresDecodable>(_ type: U.Type) throws(PostgresError) -> U {
            defer { index += 1 }
            guard index < values.count else {
                throw PostgresError(code: .decoding, message: "row has \(values.count) columns, asked for more")
            }
            return try U._decode(values[index], column: columns[index])
        }
        return (repeat try next((each T).self))
    }

    /// Decodes one column by position.
    public func decode<T: PostgresDecodable>(column index: Int, as type: T.Type) throws(PostgresError) -> T {
        guard index < values.count else { throw PostgresError(code: .decoding, message: "no column \(index)") }
        return try T._decode(values[index], column: columns[index])
    }

    /// Decodes one column by name.
    public func decode<T: PostgresDecodable>(column name: String, as type: T.Type) throws(PostgresError) -> T {
        guard let index = columns.firstIndex(of: name) else { throw PostgresError(code: .decoding, message: "no column \(name)") }
        return try T._decode(values[index], column: name)
    }
}
