/// Assembles a response head from the header lines libcurl hands to `CURLOPT_HEADERFUNCTION`
/// (one complete line per call, status line included, CRLF included).
///
/// Interim 1xx responses (e.g. `100 Continue`) are skipped: their block is discarded at its
/// terminating empty line. Lines after the final head (HTTP/1.1 chunked trailers) are ignored.
struct ResponseHeadParser: Sendable {
    private var status: Int?
    private var fields: [(name: String, value: String)] = []
    private(set) var isComplete = false

    enum Event: Sendable {
        case none
        case complete(HTTPResponseHead)
    }

    mutating func consume(_ line: UnsafeRawBufferPointer) -> Event {
        guard !isComplete else { return .none }
        var bytes = [UInt8](line)[...]
        while let last = bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") {
            bytes = bytes.dropLast()
        }
        if bytes.isEmpty {
            guard let status else { return .none }
            if (100..<200).contains(status) {
                self.status = nil
                fields.removeAll()
                return .none
            }
            isComplete = true
            return .complete(head)
        }
        if bytes.starts(with: "HTTP/".utf8) {
            status = Self.parseStatus(bytes)
            fields.removeAll()
            return .none
        }
        if let first = bytes.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            // obs-fold (RFC 9112 §5.2): a continuation of the previous field's value.
            if !fields.isEmpty {
                let continuation = String(decoding: bytes, as: UTF8.self).trimmingOWS
                fields[fields.count - 1].value += " " + continuation
            }
            return .none
        }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return .none }
        let name = String(decoding: bytes[..<colon], as: UTF8.self).trimmingOWS
        let value = String(decoding: bytes[(colon + 1)...], as: UTF8.self).trimmingOWS
        fields.append((name: name, value: value))
        return .none
    }

    /// The head as parsed so far, with `fallbackStatus` if no status line was seen.
    func head(fallbackStatus: Int) -> HTTPResponseHead {
        HTTPResponseHead(status: status ?? fallbackStatus, headers: HTTPHeaders(fields.map { ($0.name, $0.value) }))
    }

    private var head: HTTPResponseHead {
        head(fallbackStatus: 0)
    }

    /// `HTTP/1.1 200 OK` or `HTTP/2 200`: the status is the three digits after the first space.
    private static func parseStatus(_ line: ArraySlice<UInt8>) -> Int? {
        guard let space = line.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let digits = line[(space + 1)...].prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard digits.count == 3 else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}

extension String {
    /// Without leading/trailing optional whitespace (SP / HTAB, RFC 9110 §5.6.3).
    fileprivate var trimmingOWS: String {
        let utf8 = self.utf8
        guard let start = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
            let end = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
        else { return "" }
        return String(self[start...end])
    }
}
