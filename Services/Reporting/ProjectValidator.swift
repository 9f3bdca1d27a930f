import Foundation
import VigieEvents
import VigieScoring

/// Checks project definitions before they are published: what a scoring replica would otherwise have to skip.
enum ProjectValidator {
    struct Problem: Error, CustomStringConvertible, Equatable {
        let project: String
        let field: String
        let reason: String
        var description: String { "\(project): \(field): \(reason)" }
    }

    static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.count <= 63 else { return false }
        return (first.properties.isLowercase || ("0"..."9").contains(first))
            && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Parses a file holding one project or an array of projects (Project v1 JSON).
    static func load(_ data: Data) throws -> [Project] {
        let decoder = EventCodec.makeDecoder()
        if let many = try? decoder.decode([Project].self, from: data) { return many }
        do {
            return [try EventCodec.decode(Project.self, from: data)]
        } catch let error as EventDecodingError {
            // Report against the array form when the file is an array.
            if (try? JSONSerialization.jsonObject(with: data)) is [Any] {
                do {
                    _ = try decoder.decode([Project].self, from: data)
                } catch let arrayError as DecodingError {
                    throw EventDecodingError(arrayError)
                }
            }
            throw error
        }
    }

    static func validate(_ projects: [Project]) -> [Problem] {
        var problems: [Problem] = []
        var ids = Set<String>()
        for (index, project) in projects.enumerated() {
            let name = project.id.isEmpty ? "project \(index + 1)" : project.id
            func problem(_ field: String, _ reason: String) { problems.append(Problem(project: name, field: field, reason: reason)) }
            if !isSlug(project.id) { problem("id", "must be lower-case letters, digits and '-' (at most 63)") }
            if !ids.insert(project.id).inserted { problem("id", "appears twice in the file") }
            if project.name.trimmingCharacters(in: .whitespaces).isEmpty { problem("name", "must not be empty") }
            if project.topics.isEmpty { problem("topics", "at least one topic is needed") }
            var topicIDs = Set<String>()
            for (position, topic) in project.topics.enumerated() {
                let field = "topics[\(position)]"
                if !isSlug(topic.id) { problem("\(field).id", "must be lower-case letters, digits and '-'") }
                if !topicIDs.insert(topic.id).inserted { problem("\(field).id", "'\(topic.id)' appears twice") }
                if topic.query.count > 4000 { problem("\(field).query", "is longer than 4000 characters") }
                do {
                    _ = try Query(topic.query)
                } catch {
                    problem("\(field).query", "does not parse \(error)")
                }
            }
            for language in project.languages where !(language.count == 2 && language.allSatisfy { $0.isLowercase }) {
                problem("languages", "'\(language)' is not an ISO 639-1 code")
            }
            if !(1...1440).contains(project.alerts.bucketMinutes) { problem("alerts.bucket_minutes", "must be from 1 to 1440") }
            if project.alerts.minAuthors < 1 { problem("alerts.min_authors", "must be at least 1") }
            if project.alerts.influencerFollowers < 0 { problem("alerts.influencer_followers", "must not be negative") }
            for (term, value) in project.sentimentOverrides where !(-1...1).contains(value) {
                problem("sentiment_overrides.\(term)", "must be from -1 to 1")
            }
        }
        return problems
    }
}
