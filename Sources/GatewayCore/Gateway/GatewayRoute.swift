import Foundation

/// What a request path and method ask for.
///
/// The API routes (OpenAI's, and Anthropic's `/messages`) are served under the configured prefix
/// (`/api/v1`) and under `/v1`; the
/// health check also at `/health`. A model id is the whole rest of the path after
/// `/models/`, percent-decoded once, so ids with `:` and `/` work whether a client encodes
/// them (`us.amazon.nova-pro-v1%3A0`, `arn%3Aaws%3A…%2Fabc`) or not
/// (`arn:aws:bedrock:…:application-inference-profile/abc`). One trailing `/` is tolerated.
///
/// ```swift
/// GatewayRoute(method: "GET", path: "/v1/models/us.amazon.nova-pro-v1%3A0", prefix: "/api/v1")
/// // .retrieveModel("us.amazon.nova-pro-v1:0")
/// ```
enum GatewayRoute: Sendable, Hashable {
    case health
    case listModels
    case retrieveModel(String)
    case chatCompletions
    case embeddings
    /// Anthropic's Messages API (`/messages`).
    case anthropicMessages
    /// Anthropic's token counting (`/messages/count_tokens`).
    case anthropicCountTokens
    /// The path is served, the method is not; `allowed` lists the methods that are.
    case methodNotAllowed(allowed: [String])
    case notFound

    /// The route template for logs (`/models/{id}`), `nil` when nothing matched.
    var template: String? {
        switch self {
        case .health: "/health"
        case .listModels: "/models"
        case .retrieveModel: "/models/{id}"
        case .chatCompletions: "/chat/completions"
        case .embeddings: "/embeddings"
        case .anthropicMessages: "/messages"
        case .anthropicCountTokens: "/messages/count_tokens"
        case .methodNotAllowed, .notFound: nil
        }
    }

    /// Whether the route needs an API key (everything but the health check).
    var requiresAuthentication: Bool {
        switch self {
        case .health, .methodNotAllowed, .notFound: false
        default: true
        }
    }

    /// Whether the route is Anthropic's API, whose clients expect Anthropic-shaped errors.
    var speaksAnthropic: Bool {
        self == .anthropicMessages || self == .anthropicCountTokens
    }

    init(method: String, path: String, prefix: String) {
        // Longest prefix first, so a prefix like "/v1/extra" wins over "/v1".
        let prefixes = Set([prefix, "/v1"]).sorted { $0.count > $1.count }
        for candidate in prefixes {
            guard let rest = Self.remainder(of: path, after: candidate) else { continue }
            if let route = Self.apiRoute(method: method, rest: rest) {
                self = route
                return
            }
        }
        if let rest = Self.remainder(of: path, after: ""), Self.trimmed(rest) == "/health" {
            self = Self.only(["GET"], method: method, .health)
            return
        }
        self = .notFound
    }

    /// `path` without `prefix`, if `path` is `prefix` or starts with `prefix/`.
    private static func remainder(of path: String, after prefix: String) -> Substring? {
        guard path.hasPrefix(prefix) else { return nil }
        let rest = path.dropFirst(prefix.count)
        guard rest.isEmpty || rest.hasPrefix("/") else { return nil }
        return rest
    }

    private static func apiRoute(method: String, rest: Substring) -> GatewayRoute? {
        let modelsPrefix = "/models/"
        if rest.hasPrefix(modelsPrefix), rest.count > modelsPrefix.count {
            var raw = rest.dropFirst(modelsPrefix.count)
            if raw.hasSuffix("/") { raw = raw.dropLast() }
            guard !raw.isEmpty else { return only(["GET"], method: method, .listModels) }
            // An invalid escape (`%zz`) cannot name a model; keep the text so the 404 shows it.
            let id = String(raw).removingPercentEncoding ?? String(raw)
            return only(["GET"], method: method, .retrieveModel(id))
        }
        switch trimmed(rest) {
        case "/models": return only(["GET"], method: method, .listModels)
        case "/chat/completions": return only(["POST"], method: method, .chatCompletions)
        case "/embeddings": return only(["POST"], method: method, .embeddings)
        case "/messages": return only(["POST"], method: method, .anthropicMessages)
        case "/messages/count_tokens": return only(["POST"], method: method, .anthropicCountTokens)
        case "/health": return only(["GET"], method: method, .health)
        default: return nil
        }
    }

    private static func trimmed(_ rest: Substring) -> Substring {
        rest.hasSuffix("/") && rest.count > 1 ? rest.dropLast() : rest
    }

    private static func only(_ methods: [String], method: String, _ route: GatewayRoute) -> GatewayRoute {
        methods.contains(method) ? route : .methodNotAllowed(allowed: methods)
    }
}
