import Foundation
import VigieEvents

/// Groups the bridge's alert events by incident before they are sent (Alertmanager's `group_wait`): the first event
/// of an incident opens a group, the events of the same incident that follow within `wait` seconds join it, and the
/// group is sent as one message. A crisis that raises a volume spike, a negative surge and three influencer alerts
/// is one message, not five.
///
/// It also says which offsets may be stored: per partition, the lowest offset not yet delivered (a later group
/// delivered first must not commit an earlier one still waiting), so a bridge stopped at any instant loses nothing.
struct AlertGrouper: Sendable {
    struct Position: Hashable, Sendable {
        var partition: Int32
        var offset: Int64
    }

    struct Group: Sendable {
        var key: String
        var alerts: [Alert]
        var positions: [Position]
        var deadline: Double
    }

    var wait: Double
    private var open: [String: Group] = [:]
    private var outstanding: [Int32: Set<Int64>] = [:]
    private var highest: [Int32: Int64] = [:]

    init(wait: Double) {
        self.wait = wait
    }

    /// Adds an event read at `position` at time `now` (seconds).
    mutating func add(_ alert: Alert, at position: Position, now: Double) {
        let key = alert.incidentID ?? alert.fingerprint
        var group = open[key] ?? Group(key: key, alerts: [], positions: [], deadline: now + wait)
        group.alerts.append(alert)
        group.positions.append(position)
        open[key] = group
        outstanding[position.partition, default: []].insert(position.offset)
        highest[position.partition] = max(highest[position.partition] ?? -1, position.offset)
    }

    /// A record that is not sent (not an alert, bad signature): the offsets that may now be stored.
    mutating func skip(at position: Position) -> [(partition: Int32, next: Int64)] {
        highest[position.partition] = max(highest[position.partition] ?? -1, position.offset)
        return [(position.partition, next(position.partition))]
    }

    /// The groups whose wait is over at `now`, oldest first, removed from the open ones.
    mutating func takeDue(now: Double) -> [Group] {
        let due = open.values.filter { $0.deadline <= now }.sorted { ($0.deadline, $0.key) < ($1.deadline, $1.key) }
        for group in due { open[group.key] = nil }
        return due
    }

    /// `group` was delivered (or finally refused): the offsets that may now be stored.
    mutating func done(_ group: Group) -> [(partition: Int32, next: Int64)] {
        for position in group.positions { outstanding[position.partition]?.remove(position.offset) }
        return Set(group.positions.map(\.partition)).sorted().map { ($0, next($0)) }
    }

    /// Events read but not yet delivered.
    var pending: Int { open.values.reduce(0) { $0 + $1.alerts.count } }

    private func next(_ partition: Int32) -> Int64 {
        outstanding[partition]?.min() ?? ((highest[partition] ?? -1) + 1)
    }
}
