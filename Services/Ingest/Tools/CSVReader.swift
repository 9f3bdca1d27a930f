/// RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, newlines and doubled quotes.
enum CSVReader {
    struct Error: Swift.Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "CSV line \(line): \(reason)" }
    }

    /// Parses `text` into rows of fields, each with the line where the row starts.
    static func rows(_ text: String) throws -> [(line: Int, fields: [String])] {
        var rows: [(Int, [String])] = []
        var field = ""
        var fields: [String] = []
        var quoted = false
        var line = 1
        var rowLine = 1
        var iterator = text.makeIterator()
        var pending: Character?
        func next() -> Character? {
            if let character = pending {
                pending = nil
                return character
            }
            return iterator.next()
        }
        while let character = next() {
            if quoted {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = following
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                guard field.isEmpty else { throw Error(line: line, reason: "a quote inside an unquoted field") }
                quoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                fields.append(field)
                field = ""
                if !(fields.count == 1 && fields[0].isEmpty) { rows.append((rowLine, fields)) }
                fields = []
                line += 1
                rowLine = line
            default:
                field.append(character)
            }
        }
        if quoted { throw Error(line: rowLine, reason: "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            rows.append((rowLine, fields))
        }
        return rows
    }
}
