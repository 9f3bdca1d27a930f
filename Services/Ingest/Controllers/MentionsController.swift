import Foundation
import Hummingbird
import Logging
import NIOCore
import VigieEvents

/// `POST /v1/mentions`: one JSON mention, a JSON array of mentions, or NDJSON (`application/x-ndjson`).
///
/// Each item is accepted (with its id) or rejected (with its item number, NDJSON line, field and reason); a bad item
/// never costs the good ones. The answer comes once the accepted mentions are stored and published.
/// Status: 200 all accepted, 207 some rejected, 422 none accepted, 400 unreadable body, 401 no or unknown API key,
/// 413 body or item count over the limit, 415 other content types, 503 storage or Kafka unavailable (retry: it is
/// idempotent).
struct MentionsController {
    let pipeline: MentionPipeline
    let maxBodyBytes: Int
    let maxItems: Int

    struct ItemResult: Codable {
        var item: Int
        var line: Int?
        var status: String
        var id: String?
        var duplicate: Bool?
        var errors: [MentionValidator.FieldError]?
    }

    struct Answer: Codable {
        var accepted: Int
        var rejected: Int
        var duplicates: Int
        var items: [ItemResult]
    }

    func addRoutes(to router: Router<IngestRequestContext>, keys: APIKeys) {
        router.group("v1").add(middleware: APIKeyMiddleware(keys: keys)).post("mentions") { request, context in
            try await post(request, context: context)
        }
    }

    func post(_ request: Request, context: IngestRequestContext) async throws -> Response {
        let contentType = request.headers[.contentType]?.lowercased() ?? "application/json"
        let isNDJSON = contentType.hasPrefix("application/x-ndjson") || contentType.hasPrefix("application/ndjson")
            || contentType.hasPrefix("application/jsonl")
        guard isNDJSON || contentType.hasPrefix("application/json") else {
            return try errorResponse(.unsupportedMediaType, "send application/json or application/x-ndjson")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodyBytes)
        } catch {
            return try errorResponse(.contentTooLarge, "the body is larger than \(maxBodyBytes) bytes; split it")
        }
        let data = Data(body.readableBytesView)

        // Items: (item number, NDJSON line, parsed JSON or a parse error).
        var items: [(Int, Int?, Result<Any, MentionValidator.FieldError>)] = []
        if isNDJSON {
            var lineNumber = 0
            for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                lineNumber += 1
                let trimmed = line.drop { $0 == 32 || $0 == 9 || $0 == 13 }
                if trimmed.isEmpty || trimmed.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                let parsed: Result<Any, MentionValidator.FieldError>
                if let object = try? JSONSerialization.jsonObject(with: Data(line)) {
                    parsed = .success(object)
                } else {
                    parsed = .failure(MentionValidator.FieldError(field: "$", reason: "line \(lineNumber) is not valid JSON"))
                }
                items.append((items.count + 1, lineNumber, parsed))
            }
        } else {
            guard let document = try? JSONSerialization.jsonObject(with: data) else {
                return try errorResponse(.badRequest, "the body is not valid JSON (use application/x-ndjson for one mention per line)")
            }
            if let array = document as? [Any] {
                items = array.enumerated().map { ($0.offset + 1, nil, .success($0.element)) }
            } else {
                items = [(1, nil, .success(document))]
            }
        }
        guard !items.isEmpty else { return try errorResponse(.badRequest, "no mention in the body") }
        guard items.count <= maxItems else {
            return try errorResponse(.contentTooLarge, "\(items.count) items; at most \(maxItems) per request")
        }

        let now = Date()
        var results: [ItemResult] = []
        var mentions: [(Int, Mention)] = []
        for (number, line, parsed) in items {
            let outcome: MentionValidator.Outcome
            switch parsed {
            case .success(let object): outcome = MentionValidator.validate(object, now: now)
            case .failure(let error): outcome = .invalid([error])
            }
            switch outcome {
            case .valid(let mention):
                mentions.append((results.count, mention))
                results.append(ItemResult(item: number, line: line, status: "accepted", id: mention.id, duplicate: false))
            case .invalid(let errors):
                results.append(ItemResult(item: number, line: line, status: "rejected", errors: errors))
            }
        }

        var duplicates = Set<String>()
        if !mentions.isEmpty {
            do {
                duplicates = try await pipeline.ingest(mentions.map(\.1), client: context.apiClient ?? "unknown")
            } catch {
                pipeline.logger.info("ingest failed", metadata: ["vigie.error": "\(String(reflecting: error))"])
                return try errorResponse(.serviceUnavailable, "storage or Kafka is unavailable; retry (the same mentions are never counted twice)")
            }
        }
        var duplicateCount = 0
        for (index, mention) in mentions where duplicates.contains(mention.id) {
            results[index].duplicate = true
            duplicateCount += 1
        }
        let accepted = mentions.count
        let answer = Answer(accepted: accepted, rejected: results.count - accepted, duplicates: duplicateCount, items: results)
        let status: HTTPResponse.Status = accepted == results.count ? .ok : (accepted == 0 ? .unprocessableContent : .init(code: 207, reasonPhrase: "Multi-Status"))
        return try jsonResponse(status, answer)
    }
}

func jsonResponse<T: Encodable>(_ status: HTTPResponse.Status, _ value: T) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var buffer = ByteBuffer()
    buffer.writeBytes(try encoder.encode(value))
    return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: buffer))
}

func errorResponse(_ status: HTTPResponse.Status, _ message: String) throws -> Response {
    try jsonResponse(status, ["error": message])
}
