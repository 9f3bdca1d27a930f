import Foundation

/// The text a command reads: a file, or standard input for `-`.
public enum CommandInput {
    public struct Unreadable: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "cannot read \(path)" }
    }

    public static func text(_ path: String) throws -> String {
        if path == "-" { return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
        guard let data = FileManager.default.contents(atPath: path) else { throw Unreadable(path: path) }
        return String(decoding: data, as: UTF8.self)
    }
}
