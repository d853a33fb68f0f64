import Foundation

/// A request as written in the AWS SigV4 suite's `request.txt` / `*-signed-request.txt`:
/// request line, header lines (continuation lines start with whitespace; names may repeat),
/// blank line, body.
struct RawHTTPRequest {
    enum ParseError: Error { case notUTF8, missingRequestLine, malformedHeader(String), undecodableQuery(String) }

    var method: String
    /// The request target's path, exactly as written (the suite writes some unencoded).
    var path: String
    /// Query parameters, percent-decoded.
    var queryItems: [(name: String, value: String)]
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    init(contentsOf url: URL) throws {
        try self.init(bytes: Array(try Data(contentsOf: url)))
    }

    init(bytes: [UInt8]) throws {
        guard let text = String(bytes: bytes, encoding: .utf8) else { throw ParseError.notUTF8 }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? line.dropLast() : line
        }[...]

        // Request line: METHOD SP request-target SP HTTP-version; the suite's targets may
        // contain spaces ("/example space/"), so split at the first and the last space.
        guard let requestLine = lines.popFirst(),
            let firstSpace = requestLine.firstIndex(of: " "),
            let lastSpace = requestLine.lastIndex(of: " "), firstSpace < lastSpace
        else { throw ParseError.missingRequestLine }
        method = String(requestLine[..<firstSpace])
        let target = requestLine[requestLine.index(after: firstSpace)..<lastSpace]
        if let question = target.firstIndex(of: "?") {
            path = String(target[..<question])
            queryItems = try Self.parseQuery(target[target.index(after: question)...])
        } else {
            path = String(target)
            queryItems = []
        }

        headers = []
        while let line = lines.popFirst(), !line.isEmpty {
            if line.first == " " || line.first == "\t" {
                // obs-fold (RFC 7230 §3.2.4): the continuation belongs to the previous value,
                // joined by a space; whitespace is left for the signer to collapse.
                guard !headers.isEmpty else { throw ParseError.malformedHeader(String(line)) }
                headers[headers.count - 1].value += " " + line
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { throw ParseError.malformedHeader(String(line)) }
            headers.append((name: String(line[..<colon]), value: String(line[line.index(after: colon)...])))
        }
        body = Array(lines.joined(separator: "\n").utf8)
    }

    private static func parseQuery(_ query: Substring) throws -> [(name: String, value: String)] {
        try query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawName = String(parts[0])
            let rawValue = parts.count > 1 ? String(parts[1]) : ""
            guard let name = rawName.removingPercentEncoding, let value = rawValue.removingPercentEncoding else {
                throw ParseError.undecodableQuery(String(pair))
            }
            return (name: name, value: value)
        }
    }
}
