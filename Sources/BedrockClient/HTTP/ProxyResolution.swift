/// The proxy decision for a client, resolved once from its ``HTTPProxyConfiguration`` (and, for
/// `.environment`, a snapshot of the process environment).
struct ProxyResolution: Sendable, Equatable {
    /// Proxy URL for `http://` requests; empty means "no proxy" (libcurl's `CURLOPT_PROXY ""`).
    var httpProxy: String
    /// Proxy URL for `https://` requests; empty means "no proxy".
    var httpsProxy: String
    /// The `CURLOPT_NOPROXY` list; always includes loopback unless it is the `*` wildcard.
    var noProxy: String

    /// Hosts that must never be proxied: the Lambda Runtime API and the test servers live here.
    /// CIDR entries are understood by libcurl since 7.86.
    static let loopback = ["localhost", "127.0.0.0/8", "::1"]

    init(_ configuration: HTTPProxyConfiguration, environment: [String: String]) {
        switch configuration {
        case .disabled:
            httpProxy = ""
            httpsProxy = ""
            noProxy = "*"
        case .explicit(let url, let noProxyHosts):
            httpProxy = url
            httpsProxy = url
            noProxy = Self.noProxyList(noProxyHosts)
        case .environment:
            func lookup(_ names: String...) -> String? {
                for name in names {
                    if let value = environment[name]?.trimmingWhitespace, !value.isEmpty { return value }
                }
                return nil
            }
            let all = lookup("all_proxy", "ALL_PROXY")
            httpProxy = lookup("http_proxy", "HTTP_PROXY") ?? all ?? ""
            httpsProxy = lookup("https_proxy", "HTTPS_PROXY") ?? all ?? ""
            let hosts = (lookup("no_proxy", "NO_PROXY") ?? "").split(separator: ",").map(String.init)
            noProxy = Self.noProxyList(hosts)
        }
    }

    /// The proxy for `url`, chosen by its scheme.
    func proxy(for url: String) -> String {
        url.lowercased().hasPrefix("https:") ? httpsProxy : httpProxy
    }

    private static func noProxyList(_ hosts: [String]) -> String {
        let cleaned = hosts.map(\.trimmingWhitespace).filter { !$0.isEmpty }
        if cleaned == ["*"] { return "*" }
        var seen = Set<String>()
        return (cleaned + loopback).filter { seen.insert($0.lowercased()).inserted }.joined(separator: ",")
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
