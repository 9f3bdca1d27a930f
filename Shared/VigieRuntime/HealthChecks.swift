import NIOConcurrencyHelpers

/// Named readiness checks reported by `/health`: the service is healthy when every check passes.
public final class HealthChecks: Sendable {
    public typealias Check = @Sendable () async -> Bool
    private let checks = NIOLockedValueBox<[(String, Check)]>([])

    public init() {}

    /// Adds a check; `name` appears in the `/health` answer (e.g. `postgres`, `kafka`, `migrations`).
    public func register(_ name: String, _ check: @escaping Check) {
        checks.withLockedValue { $0.append((name, check)) }
    }

    /// Runs every check.
    /// - Returns: Each check's result by name.
    public func run() async -> [String: Bool] {
        var results: [String: Bool] = [:]
        for (name, check) in checks.withLockedValue({ $0 }) {
            results[name] = await check()
        }
        return results
    }
}
