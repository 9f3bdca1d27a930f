import Logging
import NIOConcurrencyHelpers

/// A log handler that keeps entries in memory, for tests (no global bootstrap).
public struct InMemoryLogHandler: LogHandler {
    public struct Entry: Sendable {
        public let level: Logger.Level
        public let message: String
        public let metadata: Logger.Metadata
    }

    /// Shared storage of the entries.
    public final class Store: Sendable {
        private let box = NIOLockedValueBox<[Entry]>([])
        public init() {}
        public var entries: [Entry] { box.withLockedValue { $0 } }
        func append(_ entry: Entry) { box.withLockedValue { $0.append(entry) } }
    }

    public let store: Store
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .trace

    public init(store: Store) { self.store = store }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        store.append(Entry(level: event.level, message: event.message.description, metadata: metadata.merging(event.metadata ?? [:]) { $1 }))
    }

    /// A logger writing into a new store.
    public static func makeLogger(label: String = "vigie.test", level: Logger.Level = .debug) -> (Logger, Store) {
        let store = Store()
        var logger = Logger(label: label) { _ in InMemoryLogHandler(store: store) }
        logger.logLevel = level
        return (logger, store)
    }
}
