import Configuration
import Foundation

/// A setting given with a value of the wrong type ("abc" for a number of days).
public struct InvalidSetting: Error, CustomStringConvertible {
    public let description: String
}

extension ConfigReader {
    /// The integer setting at `key`, or `defaultValue` when it is not set. swift-configuration's own
    /// `int(forKey:default:)` also falls back to the default when the value is set but is not an integer, which would
    /// start a service with a setting other than the one written: this throws instead, naming the setting (with its
    /// environment variable) and the value.
    ///
    /// `atLeast` and `atMost` bound a written value (a body limit of 0 or a negative pool size is refused the same way).
    public func checkedInt(forKey key: ConfigKey, default defaultValue: Int, atLeast minimum: Int = .min, atMost maximum: Int = .max) throws -> Int {
        if let value = int(forKey: key) {
            guard value < minimum || value > maximum else { return value }
            let name = settingName(key)
            let bounds = maximum == .max ? "at least \(minimum)" : minimum == .min ? "at most \(maximum)" : "from \(minimum) to \(maximum)"
            throw InvalidSetting(description: "\(name) (\(Self.environmentVariable(name))) must be \(bounds), got \(value)")
        }
        if let written = string(forKey: key) {
            let name = settingName(key)
            throw InvalidSetting(description: "\(name) (\(Self.environmentVariable(name))) must be an integer, got \"\(written)\"")
        }
        return defaultValue
    }

    /// The absolute name of `key` (`vigie.postgres.maxConnections`): the reader's prefix is only in its description.
    func settingName(_ key: ConfigKey) -> String {
        let description = String(describing: self)
        guard let start = description.range(of: "keyPrefix: "), let end = description[start.upperBound...].firstIndex(of: ",") else {
            return "\(key)"
        }
        return "\(description[start.upperBound..<end]).\(key)"
    }

    /// `vigie.kafka.bootstrapServers` → `VIGIE_KAFKA_BOOTSTRAP_SERVERS`, as the environment provider reads it.
    static func environmentVariable(_ name: String) -> String {
        var result = ""
        var previous: Character = "."
        for character in name {
            if character == "." {
                result.append("_")
            } else {
                if character.isUppercase && previous.isLowercase { result.append("_") }
                result.append(contentsOf: character.uppercased())
            }
            previous = character
        }
        return result
    }
}
