/// Splits a `text/event-stream` body (WHATWG HTML §9.2) into the `data` of its events, fed
/// with byte chunks as they arrive: lines end with LF, CRLF or CR; an empty line ends an event;
/// several `data:` lines of one event are joined with LF; comments and other fields are ignored.
///
/// ```swift
/// var parser = ServerSentEventParser()
/// for data in parser.feed(chunk) where data != "[DONE]" { … }
/// ```
struct ServerSentEventParser: Sendable {
    private var line: [UInt8] = []
    private var data: [String] = []
    private var hasData = false
    private var lastWasCR = false

    mutating func feed(_ bytes: some Sequence<UInt8>) -> [String] {
        var events: [String] = []
        for byte in bytes {
            if lastWasCR {
                lastWasCR = false
                if byte == UInt8(ascii: "\n") { continue }
            }
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                lastWasCR = byte == UInt8(ascii: "\r")
                if let event = endLine() { events.append(event) }
            default:
                line.append(byte)
            }
        }
        return events
    }

    /// The event still open when the body ended without its blank line, if it has data.
    mutating func finish() -> String? {
        if !line.isEmpty { _ = endLine() }
        return endLine()
    }

    private mutating func endLine() -> String? {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty {
            guard hasData else { return nil }
            let event = data.joined(separator: "\n")
            data.removeAll()
            hasData = false
            return event
        }
        let text = String(decoding: line, as: UTF8.self)
        guard !text.hasPrefix(":") else { return nil }
        let field: Substring
        var value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = Substring(text)
            value = ""
        }
        if field == "data" {
            data.append(String(value))
            hasData = true
        }
        return nil
    }
}
