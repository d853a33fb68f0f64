import GatewayCore

/// The human-readable block `gatewayctl serve` writes to standard error once it is listening:
/// where to point clients, which backend answers (and why, for `auto`), the region, how clients
/// authenticate, and the route prefix.
///
/// ```swift
/// let banner = ServeBanner(host: "127.0.0.1", port: 8080, backend: .simulator, reason: "no AWS credentials found",
///                          endpointURL: "http://127.0.0.1:40123", configuration: configuration)
/// StdoutLogSink.writeAll(banner.text, to: STDERR_FILENO)
/// ```
struct ServeBanner: Sendable {
    /// The documented key `make run` uses when none is configured. It is printed because it is
    /// public anyway; any other key never is.
    static let developmentKey = "sk-local-dev"

    var host: String
    var port: Int
    var backend: Backend
    /// Why this backend (`auto`) and where its credentials come from, as a short clause.
    var reason: String?
    /// Where Bedrock Runtime calls go (the simulator's URL, or the AWS endpoint).
    var endpointURL: String?
    var configuration: GatewayConfiguration

    /// The URL a client on this machine uses for `host`.
    var rootURL: String {
        let reachable: String
        switch host {
        case "0.0.0.0", "": reachable = "127.0.0.1"
        case "::": reachable = "[::1]"
        default: reachable = host.contains(":") ? "[\(host)]" : host
        }
        return "http://\(reachable):\(port)"
    }

    var authentication: String {
        switch configuration.apiKeySource {
        case nil:
            return "NONE: every request is accepted (ALLOW_UNAUTHENTICATED / --allow-unauthenticated)"
        case .keys(let keys) where keys == [Self.developmentKey]:
            return "Bearer \(Self.developmentKey)  (the development key; set API_KEY to choose your own)"
        case .keys(let keys):
            return "Bearer key from API_KEY (\(keys.count) key\(keys.count == 1 ? "" : "s"))"
        case .secretsManager(let id):
            return "Bearer key from Secrets Manager \(id) (re-read every \(Int(configuration.apiKeyCacheTTL)) s)"
        case .ssmParameter(let name):
            return "Bearer key from SSM parameter \(name) (re-read every \(Int(configuration.apiKeyCacheTTL)) s)"
        }
    }

    var text: String {
        let root = rootURL
        var backendLine: String
        switch backend {
        case .simulator:
            backendLine = "built-in Bedrock simulator (deterministic replies, no AWS calls)"
        case .bedrock, .auto:
            backendLine = "Amazon Bedrock"
        }
        if let endpointURL { backendLine += " at \(endpointURL)" }
        let prefix = configuration.routePrefix.isEmpty ? "/" : configuration.routePrefix
        let head: [String?] = [
            "",
            "  Bedrock OpenAI Gateway is listening",
            "    OpenAI base URL   \(root)/v1",
            "    Route prefix      \(prefix)  (\(root)\(configuration.routePrefix)/chat/completions; /v1 is always served)",
            "    Backend           \(backendLine)",
            reason.map { "                      (\($0))" },
            "    Region            \(configuration.region)",
            "    Auth              \(authentication)",
            "    Health            \(root)/health",
        ]
        var lines = head.compactMap { $0 }
        if let model = configuration.defaultModel { lines.append("    Default model     \(model)") }
        let keyForExample: String? =
            switch configuration.apiKeySource {
            case nil: nil
            case .keys(let keys) where keys == [Self.developmentKey]: Self.developmentKey
            default: "$API_KEY"
            }
        let authHeader = keyForExample.map { " -H \"Authorization: Bearer \($0)\"" } ?? ""
        lines.append("    Try               curl \(root)/v1/models\(authHeader)")
        if backend == .simulator {
            lines.append("    Scenarios         add -H 'x-simulator-scenario: tool_use' (or throttle, stream_error, reasoning, …)")
        }
        lines.append("  One JSON log line per request on stdout. Ctrl-C or SIGTERM drains and stops.")
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }
}
