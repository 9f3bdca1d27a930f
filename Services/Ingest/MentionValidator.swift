import Foundation
import VigieEvents

/// Turns one submitted JSON item into a ``Mention`` or a list of precise errors (field path and reason).
///
/// Accepted fields are those of Mention v1 (`deploy/schemas/mention.v1.schema.json`). `id` is not taken from the
/// client: it is derived from (`source`, `external_id`) so that a post sent twice is one mention.
enum MentionValidator {
    struct FieldError: Error, Codable, Sendable, Equatable {
        var field: String
        var reason: String
    }

    static let maxTextLength = 100_000

    enum Outcome {
        case valid(Mention)
        case invalid([FieldError])
    }

    static func validate(_ object: Any, now: Date = Date()) -> Outcome {
        guard let item = object as? [String: Any] else {
            return .invalid([FieldError(field: "$", reason: "must be a JSON object")])
        }
        var errors: [FieldError] = []
        func fail(_ field: String, _ reason: String) { errors.append(FieldError(field: field, reason: reason)) }

        func string(_ key: String, in dictionary: [String: Any], path: String, required: Bool, max: Int = 256) -> String? {
            guard let value = dictionary[key], !(value is NSNull) else {
                if required { fail(path, "is required") }
                return nil
            }
            guard let text = value as? String else {
                fail(path, "must be a string")
                return nil
            }
            if required && text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                fail(path, "must not be empty")
                return nil
            }
            if text.count > max {
                fail(path, "is longer than \(max) characters")
                return nil
            }
            if text.unicodeScalars.contains("\u{0}") {
                fail(path, "contains a NUL character")
                return nil
            }
            return text
        }

        func count(_ key: String, in dictionary: [String: Any], path: String, required: Bool = false) -> Int? {
            guard let value = dictionary[key], !(value is NSNull) else {
                if required { fail(path, "is required") }
                return nil
            }
            guard let number = value as? NSNumber, !isJSONBoolean(number),
                number.doubleValue == number.doubleValue.rounded(), number.doubleValue >= 0, number.doubleValue < 1e15
            else {
                fail(path, "must be a non-negative integer")
                return nil
            }
            return number.intValue
        }

        let sourceText = string("source", in: item, path: "source", required: true, max: 32)?.lowercased()
        if let sourceText, !sourceText.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
            fail("source", "must be letters, digits, '_' or '-' (e.g. twitter, news, forum)")
        }
        let externalID = string("external_id", in: item, path: "external_id", required: true)
        let url = string("url", in: item, path: "url", required: false, max: 2048)
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) { fail("url", "must be an http(s) URL") }
        let text = string("text", in: item, path: "text", required: true, max: maxTextLength)
        // A BCP 47 tag or a locale is stored as its language ("fr-FR" → "fr"); a code that names no language ("und",
        // which Twitter gives short posts) as none, for scoring to identify the text's own.
        let languageTag = string("language", in: item, path: "language", required: false, max: LanguageTag.maxLength).map(LanguageTag.init)
        if languageTag == .invalid { fail("language", "must be a language code such as fr, en or fr-FR") }
        let language = languageTag?.code
        let country = string("country", in: item, path: "country", required: false, max: 2)?.uppercased()
        if let country, country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter }) {
            fail("country", "must be an ISO 3166-1 alpha-2 code such as FR")
        }
        let parentID = string("parent_id", in: item, path: "parent_id", required: false)
        let threadID = string("thread_id", in: item, path: "thread_id", required: false)

        var publishedAt: Date?
        if let published = string("published_at", in: item, path: "published_at", required: true, max: 40) {
            if let date = EventCodec.parseDate(published) {
                if date > now.addingTimeInterval(86_400) {
                    fail("published_at", "is more than a day in the future")
                } else {
                    publishedAt = date
                }
            } else {
                fail("published_at", "must be an ISO-8601 date-time with a time zone, e.g. 2026-04-15T08:12:30Z")
            }
        }

        var author: Mention.Author?
        if let authorValue = item["author"], !(authorValue is NSNull) {
            if let authorObject = authorValue as? [String: Any] {
                let id = string("id", in: authorObject, path: "author.id", required: true)
                let handle = string("handle", in: authorObject, path: "author.handle", required: true)
                let name = string("name", in: authorObject, path: "author.name", required: false)
                let followers = count("followers", in: authorObject, path: "author.followers") ?? 0
                var verified = false
                if let value = authorObject["verified"], !(value is NSNull) {
                    if let number = value as? NSNumber, isJSONBoolean(number) {
                        verified = number.boolValue
                    } else {
                        fail("author.verified", "must be true or false")
                    }
                }
                if let id, let handle {
                    author = Mention.Author(
                        id: id, handle: handle.hasPrefix("@") ? String(handle.dropFirst()) : handle, name: name, followers: followers, verified: verified)
                }
            } else {
                fail("author", "must be an object with id and handle")
            }
        } else {
            fail("author", "is required")
        }

        var engagement = Mention.Engagement()
        if let engagementValue = item["engagement"], !(engagementValue is NSNull) {
            if let object = engagementValue as? [String: Any] {
                engagement.likes = count("likes", in: object, path: "engagement.likes") ?? 0
                engagement.shares = count("shares", in: object, path: "engagement.shares") ?? 0
                engagement.replies = count("replies", in: object, path: "engagement.replies") ?? 0
                engagement.views = count("views", in: object, path: "engagement.views")
            } else {
                fail("engagement", "must be an object")
            }
        }

        var raw: JSONValue?
        if let rawValue = item["raw"], !(rawValue is NSNull) {
            if let data = try? JSONSerialization.data(withJSONObject: rawValue, options: [.fragmentsAllowed]),
                let decoded = try? JSONDecoder().decode(JSONValue.self, from: data)
            {
                // PostgreSQL's jsonb cannot hold \u0000.
                if String(decoding: data, as: UTF8.self).contains("\\u0000") {
                    fail("raw", "contains a NUL character")
                } else {
                    raw = decoded
                }
            }
        }

        guard errors.isEmpty, let sourceText, let externalID, let text, let publishedAt, let author else {
            return .invalid(errors)
        }
        return .valid(
            Mention(
                source: Mention.Source(rawValue: sourceText), externalID: externalID, url: url, author: author, text: text,
                language: language, publishedAt: publishedAt, engagement: engagement, parentID: parentID, threadID: threadID,
                country: country, raw: raw))
    }
}

/// JSONSerialization gives booleans as NSNumber; they are the ones whose type code is `c` (char).
func isJSONBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
}
