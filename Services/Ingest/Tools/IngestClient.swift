import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Posts NDJSON batches to `POST /v1/mentions`, retrying (with backoff) while the service is unavailable.
struct IngestClient {
    struct Summary {
        var accepted = 0
        var rejected = 0
        var duplicates = 0
        var rejections: [String] = []
    }

    let url: String
    let apiKey: String
    let http: HTTPClient

    init(url: String, apiKey: String) {
        self.url = url.hasSuffix("/") ? String(url.dropLast()) : url
        self.apiKey = apiKey
        self.http = HTTPClient(eventLoopGroupProvider: .singleton)
    }

    func shutdown() async { try? await http.shutdown() }

    /// Posts JSON objects (already serialised, one per line) and returns the service's counts.
    /// - Throws: When the service refuses the request (401, 413, 400) or stays unreachable for `timeout`.
    func post(lines: [String], timeout: Duration = .seconds(60)) async throws -> Summary {
        var request = HTTPClientRequest(url: url + "/v1/mentions")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-ndjson")
        request.headers.add(name: "Authorization", value: "Bearer \(apiKey)")
        let body = lines.joined(separator: "\n") + "\n"
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var delay = Duration.milliseconds(200)
        while true {
            request.body = .bytes(ByteBuffer(string: body))
            do {
                let response = try await http.execute(request, timeout: .seconds(60))
                let data = try await response.body.collect(upTo: 64 * 1024 * 1024)
                let status = response.status.code
                if status == 503 || status == 502 {
                    throw Retry()
                }
                guard [200, 207, 422].contains(status) else {
                    throw ClientError(message: "HTTP \(status): \(String(buffer: data))")
                }
                return try Self.summary(Data(data.readableBytesView))
            } catch let error as ClientError {
                throw error  // refused: retrying the same request cannot help
            } catch {
                guard clock.now < deadline else { throw ClientError(message: "ingest unreachable at \(url): \(error)") }
                try await Task.sleep(for: delay)
                delay = min(delay * 2, .seconds(3))
            }
        }
    }

    static func summary(_ data: Data) throws -> Summary {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return Summary() }
        var summary = Summary()
        summary.accepted = object["accepted"] as? Int ?? 0
        summary.rejected = object["rejected"] as? Int ?? 0
        summary.duplicates = object["duplicates"] as? Int ?? 0
        for item in object["items"] as? [[String: Any]] ?? [] where item["status"] as? String == "rejected" {
            let errors = (item["errors"] as? [[String: Any]] ?? []).map { "\($0["field"] ?? "?"): \($0["reason"] ?? "?")" }
            summary.rejections.append("item \(item["item"] ?? "?"): \(errors.joined(separator: "; "))")
        }
        return summary
    }

    struct Retry: Error {}
}

struct ClientError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
