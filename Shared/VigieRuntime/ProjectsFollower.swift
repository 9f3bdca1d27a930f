import Foundation
import Logging
import Metrics
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle
import VigieEvents
import VigieKafka

/// Keeps every project definition of `vigie.projects.v1` in memory, live.
///
/// Every replica reads the whole compacted topic from the beginning (all partitions, assigned — not shared in a
/// group), so each sees every project. ``waitUntilCaughtUp()`` returns once what was on the topic at start-up has
/// been read: services wait for it before processing, so no mention is scored against a partial set of projects.
/// Changes after that apply to the next records (hot reload). A record whose value is null deletes the project;
/// an invalid one is skipped — the previous definition of that project stays in use — with a warning and the counter
/// `vigie_projects_invalid_records_total` (the projects command validates before publishing; another writer may not).
public final class ProjectsFollower: Service, Sendable {
    public typealias Listener = @Sendable ([String: Project]) -> Void

    private let consumer: KafkaConsumer
    private let logger: Logger
    private let state = NIOLockedValueBox(State())
    private struct State {
        var projects: [String: Project] = [:]
        var caughtUp = false
        var waiters: [CheckedContinuation<Void, Never>] = []
        var listeners: [Listener] = []
    }

    /// - Parameter configuration: A consumer configuration; its group id is replaced by a unique one (no commits).
    public init(configuration: KafkaConsumerConfiguration, logger: Logger) throws {
        var configuration = configuration
        configuration.groupID = "\(configuration.groupID)-projects-\(UUID().uuidString.prefix(8).lowercased())"
        configuration.clientID = configuration.groupID
        configuration.statisticsInterval = nil
        self.consumer = try KafkaConsumer(configuration: configuration, logger: logger)
        self.logger = logger
    }

    /// The current projects by id.
    public var projects: [String: Project] { state.withLockedValue { $0.projects } }

    /// `true` once the projects present at start-up are loaded (for health checks).
    public var isCaughtUp: Bool { state.withLockedValue { $0.caughtUp } }

    /// Calls `listener` with the projects now and after every change.
    public func onChange(_ listener: @escaping Listener) {
        let projects = state.withLockedValue { state in
            state.listeners.append(listener)
            return state.projects
        }
        listener(projects)
    }

    /// Returns once the projects present at start-up are loaded.
    public func waitUntilCaughtUp() async {
        await withCheckedContinuation { continuation in
            let ready = state.withLockedValue { state in
                if state.caughtUp { return true }
                state.waiters.append(continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }

    public func run() async throws {
        let topic = Topics.projects.name
        let count = try await withRetries { try await self.consumer.partitionCount(of: topic) }
        let partitions = (0..<count).map { KafkaTopicPartition(topic: topic, partition: KafkaPartition(rawValue: Int32($0))) }
        var remaining = try await consumer.watermarks(partitions).filter { $0.value.high > $0.value.low }.mapValues(\.high)
        try consumer.assign(partitions.map { ($0, .beginning) })
        consumer.startPolling()
        if remaining.isEmpty { markCaughtUp() }
        try await withTaskCancellationOrGracefulShutdownHandler {
            for try await message in consumer.messages {
                apply(message)
                if !remaining.isEmpty {
                    if let high = remaining[message.topicPartition], message.offset.rawValue + 1 >= high {
                        remaining[message.topicPartition] = nil
                    }
                    if remaining.isEmpty { markCaughtUp() }
                }
            }
        } onCancelOrGracefulShutdown: {
            Task { await self.consumer.close() }
        }
        await consumer.close()
    }

    private func apply(_ message: KafkaConsumerMessage) {
        guard let id = message.keyString else { return }
        var updated: Project?
        if let value = message.value {
            do {
                updated = try EventCodec.decode(Project.self, from: Data(value.readableBytesView))
            } catch {
                Counter(label: "vigie_projects_invalid_records_total").increment()
                logger.warning(
                    "skipping an invalid project record: the previous definition stays in use",
                    metadata: ["vigie.project": "\(id)", "vigie.reason": "\(error)"])
                return
            }
        }
        let (projects, listeners) = state.withLockedValue { state in
            state.projects[id] = updated
            return (state.projects, state.listeners)
        }
        logger.info(updated == nil ? "project deleted" : "project loaded", metadata: ["vigie.project": "\(id)"])
        for listener in listeners { listener(projects) }
    }

    private func markCaughtUp() {
        let waiters = state.withLockedValue { state -> [CheckedContinuation<Void, Never>] in
            state.caughtUp = true
            defer { state.waiters.removeAll() }
            return state.waiters
        }
        logger.info("projects loaded", metadata: ["vigie.projects": "\(projects.count)"])
        for waiter in waiters { waiter.resume() }
    }
}

/// Retries `body` with backoff (100 ms doubling to 2 s) until it succeeds or the task is cancelled.
public func withRetries<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
    var delay = Duration.milliseconds(100)
    while true {
        do {
            return try await body()
        } catch {
            try Task.checkCancellation()
            try await Task.sleep(for: delay)
            delay = min(delay * 2, .seconds(2))
        }
    }
}
