/// The pieces of the SigV4 canonical request (AWS General Reference, "Create a canonical request").
enum SigV4Canonicalization {
    /// Headers that are never signed: hop-by-hop headers and ones that proxies, libcurl or the
    /// Lambda runtime may add or rewrite after signing (`user-agent`, `x-amzn-trace-id`), which
    /// would break the signature. The same set the AWS CRT signer skips.
    static let unsignedHeaderNames: Set<String> = [
        "authorization", "connection", "expect", "keep-alive", "proxy-authorization",
        "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ]

    /// The canonical URI of `path` (already encoded as sent on the wire).
    static func canonicalURI(path: String, options: SigV4Options) -> String {
        var path = path.isEmpty ? "/" : path
        if !path.hasPrefix("/") { path = "/" + path }
        if options.normalizesPath { path = normalize(path) }
        guard options.encodesPathSegments else { return path }
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { AWSPercentEncoding.encode($0) }
            .joined(separator: "/")
    }

    /// Removes `.` and `..` segments (RFC 3986 §5.2.4) and empty segments, as AWS services do
    /// before they verify a signature; a trailing slash survives.
    static func normalize(_ path: String) -> String {
        let rawSegments = path.split(separator: "/", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        for segment in rawSegments {
            switch segment {
            case "", ".": continue
            case "..": _ = kept.popLast()
            default: kept.append(segment)
            }
        }
        var result = "/" + kept.joined(separator: "/")
        // "/a/b/" and "/a/b/." and "/a/b/c/.." all denote a directory: keep the trailing slash.
        let last = rawSegments.last ?? ""
        if !kept.isEmpty, last == "" || last == "." || last == ".." {
            result += "/"
        }
        return result
    }

    /// `name=value` pairs, both encoded, sorted by name then value (byte order), joined by `&`.
    static func canonicalQuery(_ items: [(name: String, value: String)]) -> String {
        items
            .map { (name: AWSPercentEncoding.encode($0.name), value: AWSPercentEncoding.encode($0.value)) }
            .sorted { lhs, rhs in
                if lhs.name != rhs.name { return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8) }
                return lhs.value.utf8.lexicographicallyPrecedes(rhs.value.utf8)
            }
            .map { "\($0.name)=\($0.value)" }
            .joined(separator: "&")
    }

    /// Canonical header lines and the signed-header list for `headers`.
    ///
    /// Names are lowercased; each value is trimmed with inner whitespace runs collapsed to one
    /// space; repeated headers are joined with `,` in the order they appear; lines are sorted.
    static func canonicalHeaders(
        _ headers: [(name: String, value: String)]
    ) -> (block: String, signedHeaders: String) {
        var valuesByName: [String: [String]] = [:]
        for header in headers {
            let name = header.name.lowercased().trimmingASCIIWhitespace()
            guard !unsignedHeaderNames.contains(name) else { continue }
            valuesByName[name, default: []].append(collapseWhitespace(header.value))
        }
        let names = valuesByName.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let block = names.map { name in
            "\(name):\(valuesByName[name, default: []].joined(separator: ","))\n"
        }.joined()
        return (block, names.joined(separator: ";"))
    }

    /// `value` trimmed, with every run of whitespace (including folded line breaks) as one space.
    static func collapseWhitespace(_ value: String) -> String {
        value.utf8.split(whereSeparator: isASCIIWhitespace)
            .map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: " ")
    }

    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0B || byte == 0x0C || byte == 0x0D
    }
}

extension String {
    fileprivate func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        guard let first = bytes.firstIndex(where: { !SigV4Canonicalization.isASCIIWhitespace($0) }),
            let last = bytes.lastIndex(where: { !SigV4Canonicalization.isASCIIWhitespace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
