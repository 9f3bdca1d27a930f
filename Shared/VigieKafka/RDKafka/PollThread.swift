import Foundation
import NIOConcurrencyHelpers

/// A dedicated thread that calls a blocking poll function until stopped, so librdkafka's blocking polls never
/// run on Swift's cooperative pool.
final class PollThread: Sendable {
    private let running = NIOLockedValueBox(true)
    private let finished = ConditionLock(value: false)

    /// Starts the thread. `iteration` is called repeatedly and should block for a short time (≤ 100 ms).
    init(name: String, iteration: @escaping @Sendable () -> Void) {
        let running = self.running
        let finished = self.finished
        let thread = Thread {
            while running.withLockedValue({ $0 }) {
                iteration()
            }
            finished.lock()
            finished.unlock(withValue: true)
        }
        thread.name = name
        thread.start()
    }

    /// Asks the loop to stop and waits (blocking) until the current iteration returned.
    func stopBlocking() {
        running.withLockedValue { $0 = false }
        finished.lock(whenValue: true)
        finished.unlock()
    }

    var isRunning: Bool { running.withLockedValue { $0 } }
}
