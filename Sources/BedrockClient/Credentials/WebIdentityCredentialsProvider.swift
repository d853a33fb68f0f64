import Foundation

/// Temporary credentials for an IAM role, obtained with STS `AssumeRoleWithWebIdentity` from an
/// OIDC token in a file (EKS IRSA, GitHub Actions…). The request is unsigned; the token file is
/// read on every call because the platform rotates it.
///
///     let provider = WebIdentityCredentialsProvider(environment: env, transport: http)  // AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN
///     let explicit = WebIdentityCredentialsProvider(tokenFile: "/var/run/token", roleArn: arn,
///                                                   region: try AWSRegion("us-east-1"), transport: http)
public struct WebIdentityCredentialsProvider: CredentialsProvider {
    /// Where the settings come from.
    enum Configuration: Sendable {
        case explicit(tokenFile: String, roleArn: String, sessionName: String?, region: AWSRegion, environment: [String: String])
        /// `AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`, `AWS_ROLE_SESSION_NAME`, read at call time.
        case environment([String: String], homeDirectory: String?)
    }

    let configuration: Configuration
    public let durationSeconds: Int?
    /// The STS endpoint rules; `nil` reads them from the environment (`AWS_ENDPOINT_URL_STS`, …)
    /// given to the initializer.
    public let endpointResolver: AWSEndpointResolver?
    public let providerName: String
    let transport: any CredentialsHTTPTransport
    let clock: @Sendable () -> Date
    let sleep: @Sendable (Duration) async throws -> Void

    /// A provider with fixed settings (a profile's `web_identity_token_file` and `role_arn`).
    public init(
        tokenFile: String,
        roleArn: String,
        sessionName: String? = nil,
        durationSeconds: Int? = nil,
        region: AWSRegion,
        endpointResolver: AWSEndpointResolver? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        transport: any CredentialsHTTPTransport,
        clock: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        providerName: String = "web identity"
    ) {
        self.configuration = .explicit(
            tokenFile: tokenFile, roleArn: roleArn, sessionName: sessionName, region: region, environment: environment
        )
        self.durationSeconds = durationSeconds
        self.endpointResolver = endpointResolver
        self.transport = transport
        self.clock = clock
        self.sleep = sleep
        self.providerName = providerName
    }

    /// A provider configured by `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` (+ optional
    /// `AWS_ROLE_SESSION_NAME`), which declines (``CredentialsError/notConfigured(_:)``) when
    /// they are unset. STS is called in the configured region (see ``AWSRegion/resolve(environment:homeDirectory:)``),
    /// else `us-east-1`.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil,
        endpointResolver: AWSEndpointResolver? = nil,
        transport: any CredentialsHTTPTransport,
        clock: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.configuration = .environment(environment, homeDirectory: homeDirectory)
        self.durationSeconds = nil
        self.endpointResolver = endpointResolver
        self.transport = transport
        self.clock = clock
        self.sleep = sleep
        self.providerName = "web identity"
    }

    public func credentials() async throws -> AWSCredentials {
        let tokenFile: String
        let roleArn: String
        let sessionName: String?
        let region: AWSRegion
        let environment: [String: String]
        switch configuration {
        case .explicit(let file, let arn, let name, let explicitRegion, let configured):
            (tokenFile, roleArn, sessionName, region, environment) = (file, arn, name, explicitRegion, configured)
        case .environment(let configured, let homeDirectory):
            environment = configured
            func value(_ name: String) -> String? {
                guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
                return value
            }
            guard let file = value("AWS_WEB_IDENTITY_TOKEN_FILE") else {
                throw CredentialsError.notConfigured("AWS_WEB_IDENTITY_TOKEN_FILE not set")
            }
            guard let arn = value("AWS_ROLE_ARN") else {
                throw CredentialsError.notConfigured("AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not")
            }
            (tokenFile, roleArn, sessionName) = (file, arn, value("AWS_ROLE_SESSION_NAME"))
            region = try STSClient.region(environment: environment, homeDirectory: homeDirectory)
        }

        let token = try Self.readToken(tokenFile)
        let sts = STSClient(
            transport: transport, endpoint: try STSClient.endpoint(region: region, resolver: endpointResolver, environment: environment),
            signer: SigV4Signer(), clock: clock, sleep: sleep
        )
        return try await sts.assumeRoleWithWebIdentity(
            roleArn: roleArn, sessionName: sessionName ?? STSClient.defaultSessionName(at: clock()),
            token: token, durationSeconds: durationSeconds
        )
    }

    static func readToken(_ path: String) throws(CredentialsError) -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, detail: error.localizedDescription)
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw .unreadableFile(path: path, detail: "the web identity token file is empty") }
        return token
    }
}
