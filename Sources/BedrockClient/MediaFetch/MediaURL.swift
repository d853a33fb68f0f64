import CCurl

/// A media URL parsed the way libcurl will parse it when fetching, with its host normalized so
/// that the `CURLOPT_RESOLVE` pin written for it is the entry libcurl looks up.
///
/// Parsing with libcurl's own URL API (not Foundation's) matters: the address check must judge
/// exactly the host libcurl connects to — including its reading of numeric forms like `127.1`.
struct MediaURL: Sendable, Hashable {
    enum Failure: Error, Hashable {
        /// Not an absolute URL libcurl accepts, or one this fetcher refuses (credentials, non-ASCII host).
        case invalid(String)
        /// A scheme other than `http` / `https`.
        case unsupportedScheme(String)
    }

    /// `http` or `https`.
    let scheme: String
    /// Lowercased, without a trailing dot; IPv6 literals without brackets.
    let host: String
    let port: Int
    /// The URL as it is handed to libcurl (normalized host).
    let url: String

    /// Whether ``host`` is an IPv6 literal (written in brackets in URLs and resolve entries).
    var hostIsIPv6Literal: Bool { host.contains(":") }

    /// Parses `text`, resolving it against `base` first when given (a redirect's `Location`).
    init(_ text: String, relativeTo base: MediaURL? = nil) throws(Failure) {
        guard let handle = curl_url() else { throw .invalid("could not allocate a URL parser") }
        defer { curl_url_cleanup(handle) }
        // Any scheme parses, so a non-http(s) one is reported as such rather than as malformed.
        let parseFlags = UInt32(CURLU_NON_SUPPORT_SCHEME)
        if let base {
            guard curl_url_set(handle, CURLUPART_URL, base.url, parseFlags) == CURLUE_OK else {
                throw .invalid("the redirect base is not a valid URL")
            }
        }
        guard text.utf8.allSatisfy({ $0 > 0x20 && $0 != 0x7F }),
            curl_url_set(handle, CURLUPART_URL, text, parseFlags) == CURLUE_OK
        else { throw .invalid("not a valid absolute URL") }

        let scheme = (Self.part(handle, CURLUPART_SCHEME) ?? "").lowercased()
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        guard Self.part(handle, CURLUPART_USER) == nil, Self.part(handle, CURLUPART_PASSWORD) == nil else {
            throw .invalid("URLs with credentials are not fetched")
        }
        guard Self.part(handle, CURLUPART_ZONEID) == nil else { throw .invalid("IPv6 zone ids are not fetched") }
        guard var host = Self.part(handle, CURLUPART_HOST), !host.isEmpty else { throw .invalid("the URL has no host") }

        host = host.lowercased()
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
        } else {
            if host.hasSuffix(".") { host.removeLast() }
            // libcurl would convert an international name to punycode before its DNS-cache lookup,
            // missing the pin written for the Unicode form: only ASCII names are fetched.
            guard !host.isEmpty, host.utf8.allSatisfy(Self.isHostByte) else {
                throw .invalid("the host name must be ASCII (punycode)")
            }
            guard curl_url_set(handle, CURLUPART_HOST, host, 0) == CURLUE_OK else {
                throw .invalid("not a valid host name")
            }
        }
        guard let portText = Self.part(handle, CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT)),
            let port = Int(portText), (1...65535).contains(port)
        else { throw .invalid("not a valid port") }
        guard let url = Self.part(handle, CURLUPART_URL) else { throw .invalid("not a valid absolute URL") }

        self.scheme = scheme
        self.host = host
        self.port = port
        self.url = url
    }

    /// The `CURLOPT_RESOLVE` entry pinning this URL's host and port to `addresses`.
    ///
    /// The leading `+` lets the entry expire from the client's DNS cache like a looked-up one
    /// (60 s), so a long-running fetcher does not accumulate one entry per host forever. Every
    /// fetch writes its entry again when it starts, long before that.
    func resolveEntry(_ addresses: [NetworkAddress]) -> String {
        let name = hostIsIPv6Literal ? "[\(host)]" : host
        return "+\(name):\(port):" + addresses.map(\.resolveEntryForm).joined(separator: ",")
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
            true
        default:
            false
        }
    }

    private static func part(_ handle: OpaquePointer, _ part: CURLUPart, flags: UInt32 = 0) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, part, &value, flags) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}
