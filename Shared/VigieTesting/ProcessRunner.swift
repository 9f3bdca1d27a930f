import Foundation

/// Runs a child process and collects its output, for tests that drive real tools (kcat, the executables).
public enum ProcessRunner {
    public struct Result: Sendable {
        public let status: Int32
        public let terminationReason: Process.TerminationReason
        public let standardOutput: String
        public let standardError: String
    }

    public struct Timeout: Error, CustomStringConvertible {
        public let command: String
        public var description: String { "timed out: \(command)" }
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input; kills it after `timeout`.
    /// - Throws: ``Timeout``, or when the executable cannot start.
    public static func run(
        _ executable: String, _ arguments: [String], input: String? = nil, environment: [String: String]? = nil,
        timeout: Duration = .seconds(60)
    ) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = inputPipe
        let outputData = DataCollector(output.fileHandleForReading)
        let errorData = DataCollector(error.fileHandleForReading)
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inputPipe.fileHandleForWriting.close()
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while process.isRunning {
            if clock.now > deadline {
                process.terminate()
                try? await Task.sleep(for: .milliseconds(200))
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                throw Timeout(command: ([executable] + arguments).joined(separator: " "))
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, terminationReason: process.terminationReason,
            standardOutput: outputData.finish(), standardError: errorData.finish())
    }

    /// `/usr/bin/<name>` or the first match on `PATH`.
    public static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Reads a pipe to the end on a background thread (so a full pipe never blocks the child).
final class DataCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { data.append(chunk) }
            }
            done.signal()
        }
    }

    func finish() -> String {
        done.wait()
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}
