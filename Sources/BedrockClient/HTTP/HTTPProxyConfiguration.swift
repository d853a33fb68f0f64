/// Which HTTP proxy, if any, the client uses.
///
/// Loopback destinations (`localhost`, `127.0.0.0/8`, `::1`) never go through a proxy, so the
/// Lambda Runtime API (`AWS_LAMBDA_RUNTIME_API`, a loopback address) is always reached directly.
/// ```swift
/// var configuration = HTTPClient.Configuration()
/// configuration.proxy = .explicit(url: "http://proxy.internal:3128", noProxy: ["169.254.169.254"])
/// ```
public enum HTTPProxyConfiguration: Sendable, Hashable {
    /// Use the conventional environment variables, read once when the client is created:
    /// `https_proxy`/`HTTPS_PROXY` for `https` URLs, `http_proxy`/`HTTP_PROXY` for `http` URLs,
    /// then `all_proxy`/`ALL_PROXY`; hosts listed in `no_proxy`/`NO_PROXY` bypass the proxy
    /// (lowercase wins, empty values count as unset, as in libcurl).
    ///
    /// libcurl reads these variables itself by default, with one deliberate exception: it ignores
    /// uppercase `HTTP_PROXY` (the CGI "httpoxy" issue, where a request's `Proxy:` header becomes
    /// that variable). This process is not a CGI program, so the client resolves the variables
    /// itself and always passes `CURLOPT_PROXY`/`CURLOPT_NOPROXY` explicitly, which also keeps
    /// libcurl from calling `getenv` on its thread.
    case environment
    /// Never use a proxy, whatever the environment says.
    case disabled
    /// Use this proxy (`scheme://host:port`) for every URL except the `noProxy` hosts (same syntax
    /// as `NO_PROXY` entries) and loopback.
    case explicit(url: String, noProxy: [String] = [])
}
