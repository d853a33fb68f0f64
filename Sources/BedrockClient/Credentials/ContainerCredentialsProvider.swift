import Foundation

/// Credentials from the container credentials endpoint: the ECS task role agent
/// (`AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`, served at `http://169.254.170.2`) or a full URL
/// (`AWS_CONTAINER_CREDENTIALS_FULL_URI`: EKS Pod Identity, Greengrass, local tools).
///
///     let provider = ContainerCredentialsProvider(environment: env, transport: http)
///     let credentials = try await provider.credentials()   // GET, JSON {AccessKeyId, SecretAccessKey, Token, Expiration}
///
/// The `Authorization` header is the content of `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read
/// on every call, it rotates) or else `AWS_CONTAINER_AUTHORIZATION_TOKEN`. A full URI must be
/// `https`, or `http` to a loopback address, the ECS agent (169.254.170.2) or the EKS Pod
/// Identity agent (169.254.170.23, fd00:ec2::23) — the rule the SDKs apply so that a leaked
/// variable cannot send the token in clear text elsewhere. Host names other than `localhost`
/// are not resolved to check them: use an IP literal with `http`.
public struct ContainerCredentialsProvider: CredentialsProvider {
    public let environment: [String: String]
    public var providerName: String { "container" }
    let transport: any CredentialsHTTPTransport
    let sleep: @Sendable (Duration) async throws -> Void
    var timeout: Duration = .seconds(2)
    var retryPolicy = RetryPolicy(maxAttempts: 2)

    /// The ECS agent address that relative URIs are resolved against.
    public static let ecsHost = "169.254.170.2"

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any CredentialsHTTPTransport,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.environment = environment
        self.transport = transport
        self.sleep = sleep
    }

    public func credentials() async throws -> AWSCredentials {
        let url = try endpointURL()
        var headers: [(name: String, value: String)] = [(name: "Accept", value: "application/json")]
        if let token = try authorizationToken() { headers.append((name: "Authorization", value: token)) }
        let source = "container credentials endpoint \(url)"
        do {
            return try await withRetries(policy: retryPolicy, classify: Self.classify, sleep: sleep) { _ in
                let response: CredentialsHTTPResponse
                do {
                    response = try await transport.send(method: "GET", url: url, headers: headers, body: nil, timeout: timeout)
                } catch {
                    throw CredentialsError.transport(source: source, detail: "\(error)")
                }
                guard response.status == 200 else {
                    // Error bodies are documented as {"code": …, "message": …}.
                    let document = try? JSONDecoder().decode([String: String].self, from: response.body)
                    throw CredentialsError.serviceError(
                        source: source, status: response.status,
                        code: document?["code"] ?? document?["Code"],
                        message: document?["message"] ?? document?["Message"] ?? response.bodySnippet
                    )
                }
                return try TemporaryCredentialsDocument.credentials(from: response.body, source: source)
            }
        } catch let error as CredentialsError {
            throw error
        } catch {
            throw CredentialsError.transport(source: source, detail: "\(error)")
        }
    }

    private func value(_ name: String) -> String? {
        guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// The URL to GET, or why there is none.
    func endpointURL() throws(CredentialsError) -> String {
        if let relative = value("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            guard !relative.contains(where: { $0.isWhitespace || $0.isNewline || $0 == "@" }) else {
                throw .invalidConfiguration("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=\"\(relative)\" is not a relative URI")
            }
            return "http://\(Self.ecsHost)" + (relative.hasPrefix("/") ? relative : "/" + relative)
        }
        guard let full = value("AWS_CONTAINER_CREDENTIALS_FULL_URI") else {
            throw .notConfigured("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI not set")
        }
        guard !full.contains(where: { $0.isWhitespace || $0.isNewline }),
            let components = URLComponents(string: full), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else { throw .invalidConfiguration("AWS_CONTAINER_CREDENTIALS_FULL_URI=\"\(full)\" is not an absolute URL") }
        switch scheme {
        case "https":
            return full
        case "http" where Self.isAllowedPlainHTTPHost(host):
            return full
        case "http":
            throw .invalidConfiguration(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI host \(host) is not allowed over http: use https, a loopback address, "
                    + "169.254.170.2 (ECS) or 169.254.170.23 / fd00:ec2::23 (EKS Pod Identity)"
            )
        default:
            throw .invalidConfiguration("AWS_CONTAINER_CREDENTIALS_FULL_URI must be an http or https URL")
        }
    }

    /// Loopback (127.0.0.0/8, ::1, `localhost`), the ECS agent, or the EKS Pod Identity agent.
    static func isAllowedPlainHTTPHost(_ rawHost: String) -> Bool {
        var host = rawHost.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" || host == ecsHost || host == "169.254.170.23" { return true }
        if let ipv6 = IPv6Literal(host) {
            return ipv6 == IPv6Literal("::1") || ipv6 == IPv6Literal("fd00:ec2::23")
        }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }

    /// The `Authorization` value, from the token file (preferred) or the token variable.
    func authorizationToken() throws(CredentialsError) -> String? {
        var token: String?
        if let path = value("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            } catch {
                throw .unreadableFile(path: path, detail: error.localizedDescription)
            }
        } else {
            token = value("AWS_CONTAINER_AUTHORIZATION_TOKEN")
        }
        guard let token, !token.isEmpty else { return nil }
        guard !token.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }) else {
            throw .invalidConfiguration("the container authorization token contains a line break")
        }
        return token
    }

    private static func classify(_ error: any Error) -> RetryDecision {
        switch error as? CredentialsError {
        case .serviceError(_, let status, _, _)?:
            return AWSRetryClassifier.classify(AttemptFailure(statusCode: status))
        case .transport?:
            return .retry(.transient, retryAfter: nil)  // a GET of credentials is idempotent
        default:
            return .doNotRetry
        }
    }
}
