import Metrics
import Prometheus

/// Process-wide metrics for executables: swift-metrics backed by a Prometheus registry served on `/metrics`.
public enum VigieMetrics {
    /// Bootstraps swift-metrics once with a Prometheus factory and returns the registry to serve.
    public static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }
}
