import Foundation

/// The only encoder and decoder of Vigie payloads: JSON, snake_case keys (declared by each type), ISO-8601 UTC
/// dates with milliseconds (`2026-11-21T20:05:55.123Z`; decoding also accepts no fraction or an offset).
public enum EventCodec {
    /// Encodes a payload. Keys are sorted so equal values give equal bytes.
    /// - Throws: `EncodingError` (only for non-finite numbers).
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        // The records written by the thousand go through a direct writer (``RecordWriter``: the same bytes).
        if T.self == ScoredMention.self, let data = RecordWriter.encode(value as! ScoredMention) { return data }
        if T.self == Mention.self, let data = RecordWriter.encode(value as! Mention) { return data }
        return try makeEncoder().encode(value)
    }

    /// Decodes a payload.
    /// - Throws: ``EventDecodingError`` with the JSON path and reason.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        // The records read by the thousand go through a direct reader first (``RecordReader``: same values, a
        // fraction of the time); whatever it does not take is decoded again here, which gives the error.
        if T.self == ScoredMention.self, let record = RecordReader.scoredMention(data) { return record as! T }
        if T.self == Mention.self, let record = RecordReader.mention(data) { return record as! T }
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

    /// `2026-11-21T20:05:55.123Z`: UTC, rounded to the millisecond.
    public static func formatDate(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (seconds, millis) = floorDivide(milliseconds, 1000)
        let (days, secondOfDay) = floorDivide(seconds, 86_400)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):"
            + "\(pad(secondOfDay % 60, 2)).\(pad(millis, 3))Z"
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
    public static func parseDate(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ start: Int, _ length: Int) -> Int64? {
            guard start + length <= bytes.count else { return nil }
            var value: Int64 = 0
            for byte in bytes[start..<start + length] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            return value
        }
        guard bytes.count >= 20, let year = number(0, 4), bytes[4] == 45, let month = number(5, 2), bytes[7] == 45,
            let day = number(8, 2), bytes[10] == 84 || bytes[10] == 116, let hour = number(11, 2), bytes[13] == 58,
            let minute = number(14, 2), bytes[16] == 58, let second = number(17, 2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction: Int64 = 0
        var scale: Int64 = 1
        if bytes[index] == 46 {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
                if index - start < 9 {
                    fraction = fraction * 10 + Int64(bytes[index] - 48)
                    scale *= 10
                }
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offset: Int64 = 0
        switch bytes[index] {
        case 90, 122:  // Z
            guard index + 1 == bytes.count else { return nil }
        case 43, 45:  // + -
            guard index + 6 == bytes.count, let hours = number(index + 1, 2), bytes[index + 3] == 58, let minutes = number(index + 4, 2) else {
                return nil
            }
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == 45 ? -1 : 1)
        default:
            return nil
        }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + Double(fraction) / Double(scale))
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    /// Days from 1970-01-01 (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Inverse of ``daysSinceEpoch(year:month:day:)`` (`civil_from_days`).
    private static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
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

    /// Describes a `DecodingError` by its JSON path.
    public init(_ error: DecodingError) {
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
