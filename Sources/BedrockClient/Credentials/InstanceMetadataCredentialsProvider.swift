import Foundation

/// Credentials of the EC2 instance profile role from the instance metadata service, IMDSv2:
/// `PUT /latest/api/token` (with `X-aws-ec2-metadata-token-ttl-seconds`), then
/// `GET /latest/meta-data/iam/security-credentials/` for the role name and
/// `GET …/security-credentials/<role>` for the credentials, both with `X-aws-ec2-metadata-token`.
///
///     let provider = InstanceMetadataCredentialsProvider(environment: env, transport: http)
///     let credentials = try await provider.credentials()
///
/// Short timeouts and one retry: off EC2 nothing answers at 169.254.169.254, and the chain should
/// fail fast. Settings: `AWS_EC2_METADATA_DISABLED=true` turns the provider off,
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT` replaces the address, `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6`
/// uses `[fd00:ec2::254]`. When the token call is not supported (404/405) the provider falls
/// back to IMDSv1 unless `AWS_EC2_METADATA_V1_DISABLED=true`.
public struct InstanceMetadataCredentialsProvider: CredentialsProvider {
    public let environment: [String: String]
    public var providerName: String { "IMDS" }
    let transport: any CredentialsHTTPTransport
    let sleep: @Sendable (Duration) async throws -> Void
    var timeout: Duration = .seconds(1)
    var retryPolicy = RetryPolicy(maxAttempts: 2)

    /// Lifetime asked for the session token (6 hours, the maximum).
    static let tokenTTLSeconds = 21_600
    static let credentialsPath = "/latest/meta-data/iam/security-credentials/"

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any CredentialsHTTPTransport,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.environment = environment
        self.transport = transport
        self.sleep = sleep
    }

    private func flag(_ name: String) -> Bool {
        environment[name]?.trimmingCharacters(in: .whitespaces).lowercased() == "true"
    }

    /// The service's base URL without a trailing slash.
    func baseURL() -> String {
        if var endpoint = environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"]?.trimmingCharacters(in: .whitespaces),
            !endpoint.isEmpty
        {
            while endpoint.hasSuffix("/") { endpoint.removeLast() }
            return endpoint
        }
        if environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"]?.lowercased() == "ipv6" { return "http://[fd00:ec2::254]" }
        return "http://169.254.169.254"
    }

    public func credentials() async throws -> AWSCredentials {
        if flag("AWS_EC2_METADATA_DISABLED") { throw CredentialsError.notConfigured("AWS_EC2_METADATA_DISABLED is true") }
        let base = baseURL()

        let token: String?
        let tokenResponse: CredentialsHTTPResponse
        do {
            tokenResponse = try await send(
                "PUT", base + "/latest/api/token",
                headers: [(name: "X-aws-ec2-metadata-token-ttl-seconds", value: String(Self.tokenTTLSeconds))]
            )
        } catch {
            // Nothing listening: not an EC2 instance (or IMDS is unreachable from this container).
            guard case .transport(_, let detail) = error else { throw error }
            throw CredentialsError.notConfigured("no answer from \(base) (\(detail))")
        }
        let v1Disabled = flag("AWS_EC2_METADATA_V1_DISABLED")
        switch tokenResponse.status {
        case 200:
            let value = tokenResponse.bodyText.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty, !value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }) else {
                throw CredentialsError.invalidResponse(source: "IMDS token", detail: "empty or multi-line token")
            }
            token = value
        case 403:
            throw CredentialsError.notConfigured("\(base) refused the session token request (IMDS disabled on this instance)")
        case 404 where !v1Disabled, 405 where !v1Disabled:
            token = nil  // IMDSv1 only
        default:
            throw CredentialsError.serviceError(
                source: "IMDS token", status: tokenResponse.status, code: nil, message: tokenResponse.bodySnippet
            )
        }
        let tokenHeaders = token.map { [(name: "X-aws-ec2-metadata-token", value: $0)] } ?? []

        let roleResponse = try await send("GET", base + Self.credentialsPath, headers: tokenHeaders)
        if roleResponse.status == 404 {
            throw CredentialsError.notConfigured("no IAM role is attached to this instance")
        }
        guard roleResponse.status == 200 else {
            throw CredentialsError.serviceError(source: "IMDS role", status: roleResponse.status, code: nil, message: roleResponse.bodySnippet)
        }
        guard let role = roleResponse.bodyText.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) })
            .first(where: { !$0.isEmpty })
        else { throw CredentialsError.notConfigured("no IAM role is attached to this instance") }

        let credentialsResponse = try await send("GET", base + Self.credentialsPath + AWSPercentEncoding.encode(role), headers: tokenHeaders)
        guard credentialsResponse.status == 200 else {
            throw CredentialsError.serviceError(
                source: "IMDS credentials for role \(role)", status: credentialsResponse.status, code: nil,
                message: credentialsResponse.bodySnippet
            )
        }
        return try TemporaryCredentialsDocument.credentials(from: credentialsResponse.body, source: "IMDS credentials for role \(role)")
    }

    /// One request, retried once on a transport failure or a 5xx.
    private func send(_ method: String, _ url: String, headers: [(name: String, value: String)]) async throws(CredentialsError) -> CredentialsHTTPResponse {
        let classify: (any Error) -> RetryDecision = { error in
            if case .transport? = error as? CredentialsError { return .retry(.transient, retryAfter: nil) }
            return .doNotRetry
        }
        do {
            return try await withRetries(policy: retryPolicy, classify: classify, sleep: sleep) { _ in
                let response: CredentialsHTTPResponse
                do {
                    response = try await transport.send(method: method, url: url, headers: headers, body: nil, timeout: timeout)
                } catch {
                    throw CredentialsError.transport(source: "IMDS", detail: "\(error)")
                }
                if (500..<600).contains(response.status) {
                    throw CredentialsError.transport(source: "IMDS", detail: "HTTP \(response.status)")
                }
                return response
            }
        } catch let error as CredentialsError {
            throw error
        } catch {
            throw .transport(source: "IMDS", detail: "\(error)")
        }
    }
}
