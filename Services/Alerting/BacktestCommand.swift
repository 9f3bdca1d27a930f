import ArgumentParser
import Foundation

/// `vigie-alerting backtest FILE.csv`: the timestamps at which the volume detector would have alerted on a series.
struct Backtest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the times at which the spike detector alerts on a timestamp,value series (one default configuration, causal).")

    @Argument(help: "CSV with a header line and timestamp,value rows, one per bucket; '-' reads standard input.") var file: String

    func run() async throws {
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
            text = String(decoding: data, as: UTF8.self)
        }
        let rows: [(timestamp: String, value: Double)]
        do {
            rows = try SeriesCSV.parse(text)
        } catch {
            throw ValidationError("\(file): \(error)")
        }
        var output = ""
        var detector = SeriesDetector()
        let environment = ProcessInfo.processInfo.environment
        if let k = environment["VIGIE_BACKTEST_K"].flatMap(Double.init) { detector.k = k }
        if let cooldown = environment["VIGIE_BACKTEST_COOLDOWN"].flatMap(Int.init) { detector.cooldown = cooldown }
        if let window = environment["VIGIE_BACKTEST_WINDOW"].flatMap(Int.init) { detector.window = window }
        for index in detector.alerts(rows.map(\.value)) { output += rows[index].timestamp + "\n" }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
