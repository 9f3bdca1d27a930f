import Foundation
import Hummingbird
import Prometheus

/// `/health` and `/metrics`, served by every Vigie service.
public enum OperationalRoutes {
    /// Adds the routes.
    /// - Parameters:
    ///   - router: The service's router.
    ///   - health: Readiness checks; `/health` answers 200 when all pass, 503 otherwise, with each check's state.
    ///   - registry: The Prometheus registry served as text on `/metrics`.
    public static func add<Context: RequestContext>(to router: Router<Context>, health: HealthChecks, registry: PrometheusCollectorRegistry) {
        router.get("/health") { _, _ -> Response in
            let results = await health.run()
            let healthy = results.values.allSatisfy { $0 }
            let body = try JSONSerialization.data(
                withJSONObject: ["status": healthy ? "ok" : "failing", "checks": results.mapValues { $0 ? "ok" : "failing" }],
                options: [.sortedKeys])
            return Response(
                status: healthy ? .ok : .serviceUnavailable, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.get("/metrics") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
