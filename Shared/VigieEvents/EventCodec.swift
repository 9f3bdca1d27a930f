import Foundation

/// The only encoder and decoder of Vigie payloads: JSON, snake_case keys (declared by each type), ISO-8601 UTC
/// dates with milliseconds (`2026-11-21T20:05:55.123Z`; decoding also accepts no fraction or an offset).
public enum EventCodec {
    /// Encodes a payload. Keys are sorted so equal values give equal bytes.
    /// - Throws: `EncodingError` (only for non-finite numbers).
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        try makeEncoder().encode(value)
    }

    /// Decodes a payload.
    /// - Throws: ``EventDecodingError`` with the JSON path and reason.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try makeDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw EventDecodingError(error)
        } catch {
            throw EventDecodingError(path: "", reason: "\(error)")
        }
    }

    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDate(date))
        }
        return encoder
    }

    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseDate(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an ISO-8601 date-time, got '\(text)'")
            }
            return date
        }
        return decoder
    }

    /// `2026-11-21T20:05:55.123Z`.
    public static func formatDate(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// Parses an ISO-8601 date-time with or without fraction, `Z` or an offset.
    public static func parseDate(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        return nil
    }
}

/// A payload that does not match its contract: where (`author.followers`) and why.
public struct EventDecodingError: Error, CustomStringConvertible, Sendable {
    /// Dotted JSON path of the offending field; empty for the whole document.
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(_ error: DecodingError) {
        func render(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            path = render(context.codingPath + [key])
            reason = "is required"
        case .typeMismatch(let type, let context):
            path = render(context.codingPath)
            reason = "expected \(Self.jsonTypeName(type))"
        case .valueNotFound(let type, let context):
            path = render(context.codingPath)
            reason = "is null, expected \(Self.jsonTypeName(type))"
        case .dataCorrupted(let context):
            path = render(context.codingPath)
            reason = context.codingPath.isEmpty ? "is not valid JSON" : context.debugDescription
        @unknown default:
            path = ""
            reason = "\(error)"
        }
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Double.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "\(type)".contains("Array") ? "an array" : "an object"
        }
    }

    public var description: String { path.isEmpty ? reason : "\(path): \(reason)" }
}
