import Foundation

/// Credentials from a profile of the shared AWS config and credentials files, resolved the way
/// the AWS SDKs do: static keys, `credential_process`, `role_arn` with `web_identity_token_file`,
/// or `role_arn` assumed (via STS `AssumeRole`) with the credentials of a `source_profile` —
/// which may itself assume a role — or of a `credential_source` (`Environment`,
/// `Ec2InstanceMetadata`, `EcsContainer`).
///
///     let provider = ProfileCredentialsProvider(environment: env, homeDirectory: home, transport: http)  // AWS_PROFILE ?? "default"
///     let credentials = try await provider.credentials()
///
/// The files are read on every call, so edits are picked up at the next refresh. The provider
/// declines (``CredentialsError/notConfigured(_:)``) when the implicitly selected profile is
/// absent or holds no credentials; a profile named explicitly (`AWS_PROFILE` or `profileName`)
/// that does not exist is a configuration error. Along a `source_profile` chain a profile's
/// static keys win over its own `role_arn`, except for the profile the chain starts at.
/// IAM Identity Center (`sso_*`) and `mfa_serial` profiles are reported as unsupported.
public struct ProfileCredentialsProvider: CredentialsProvider {
    /// The profile to use; `nil` means `AWS_PROFILE`, else `default`.
    public let profileName: String?
    public let environment: [String: String]
    /// Where `.aws/` lives; `nil` means `HOME` from ``environment``.
    public let homeDirectory: String?
    /// The STS endpoint rules; `nil` reads them from ``environment``.
    public let endpointResolver: AWSEndpointResolver?
    let transport: any CredentialsHTTPTransport
    let signer: SigV4Signer
    let clock: @Sendable () -> Date
    let sleep: @Sendable (Duration) async throws -> Void

    public init(
        profileName: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil,
        endpointResolver: AWSEndpointResolver? = nil,
        transport: any CredentialsHTTPTransport,
        signer: SigV4Signer = SigV4Signer(),
        clock: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.profileName = profileName
        self.environment = environment
        self.homeDirectory = homeDirectory
        self.endpointResolver = endpointResolver
        self.transport = transport
        self.signer = signer
        self.clock = clock
        self.sleep = sleep
    }

    /// The profile this provider reads.
    public var selectedProfileName: String {
        profileName ?? AWSProfileSet.selectedProfileName(environment: environment)
    }

    public var providerName: String { "profile \(selectedProfileName)" }

    public func credentials() async throws -> AWSCredentials {
        let profiles = try AWSProfileSet.load(environment: environment, homeDirectory: homeDirectory)
        let provider = try makeProvider(profiles: profiles)
        return try await provider.credentials()
    }

    /// A source the profile names (`credential_source = Environment`, …): when it is missing,
    /// the profile is still configured, so that is a failure, not a reason for the chain to
    /// try another provider.
    private struct RequiredSource: CredentialsProvider {
        let source: any CredentialsProvider
        let label: String
        var providerName: String { label }

        func credentials() async throws -> AWSCredentials {
            do {
                return try await source.credentials()
            } catch let error as CredentialsError {
                guard case .notConfigured(let reason) = error else { throw error }
                throw CredentialsError.invalidConfiguration("\(label): \(reason)")
            }
        }
    }

    /// The provider (chain) the selected profile describes.
    func makeProvider(profiles: AWSProfileSet) throws(CredentialsError) -> any CredentialsProvider {
        let selected = selectedProfileName
        let isExplicit = profileName != nil || environment["AWS_PROFILE"].map { !$0.isEmpty } == true
        var name = selected
        var visited: [String] = []
        var roleProfiles: [AWSProfile] = []  // outermost (the selected profile) first
        var base: any CredentialsProvider

        while true {
            guard let profile = profiles.profile(named: name) else {
                if visited.isEmpty {
                    let files = "\(display(profiles.credentialsFilePath)) or \(display(profiles.configFilePath))"
                    if !profiles.anyFileExists {
                        let reason = "neither \(display(profiles.credentialsFilePath)) nor \(display(profiles.configFilePath)) exists"
                        if isExplicit { throw .invalidConfiguration("profile \(selected) selected, but \(reason)") }
                        throw .notConfigured(reason)
                    }
                    if isExplicit { throw .invalidConfiguration("profile \(selected) selected, but there is no such profile in \(files)") }
                    throw .notConfigured("no such profile in \(files)")
                }
                throw .invalidConfiguration("profile \(visited.last ?? selected) has source_profile \(name), which does not exist")
            }
            if visited.contains(name) {
                throw .invalidConfiguration("source_profile cycle: \((visited + [name]).joined(separator: " -> "))")
            }
            visited.append(name)

            // Along a chain, a source profile's own keys win over its role_arn.
            if visited.count > 1, let keys = try staticCredentials(profile) {
                base = StaticCredentialsProvider(keys, providerName: "profile \(name)")
                break
            }
            guard profile["role_arn"] != nil, profile["web_identity_token_file"] == nil else {
                base = try baseProvider(profile, isSelected: visited.count == 1, profiles: profiles)
                break
            }
            switch (profile["source_profile"], profile["credential_source"]) {
            case (.some, .some):
                throw .invalidConfiguration("profile \(name) has both source_profile and credential_source; only one is allowed")
            case (nil, nil):
                throw .invalidConfiguration("profile \(name) has role_arn but neither source_profile nor credential_source")
            case (.some(let source), nil) where source == name:
                // A profile may assume its role with its own keys.
                roleProfiles.append(profile)
                base = try baseProvider(profile, isSelected: false, profiles: profiles)
            case (.some(let source), nil):
                roleProfiles.append(profile)
                name = source
                continue
            case (nil, .some(let source)):
                roleProfiles.append(profile)
                base = try namedSource(source, profile: profile)
            }
            break
        }

        var provider = base
        if !roleProfiles.isEmpty {
            let region = try stsRegion(profiles: profiles)
            for roleProfile in roleProfiles.reversed() {
                provider = try assumeRole(roleProfile, source: provider, region: region)
            }
        }
        return provider
    }

    /// Static keys, when the profile has an access key id (which then needs its secret).
    private func staticCredentials(_ profile: AWSProfile) throws(CredentialsError) -> AWSCredentials? {
        guard let keyId = profile["aws_access_key_id"] else { return nil }
        guard let secret = profile["aws_secret_access_key"] else {
            throw .invalidConfiguration("profile \(profile.name) has aws_access_key_id but no aws_secret_access_key")
        }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: profile["aws_session_token"])
    }

    /// The provider of a profile that does not chain to another one.
    private func baseProvider(_ profile: AWSProfile, isSelected: Bool, profiles: AWSProfileSet) throws(CredentialsError) -> any CredentialsProvider {
        let label = "profile \(profile.name)"
        if let source = profile["credential_source"] { return try namedSource(source, profile: profile) }
        if let roleArn = profile["role_arn"], let tokenFile = profile["web_identity_token_file"] {
            return WebIdentityCredentialsProvider(
                tokenFile: AWSProfileSet.expandTilde(tokenFile, home: AWSProfileSet.home(homeDirectory, environment: environment)),
                roleArn: roleArn, sessionName: profile["role_session_name"],
                durationSeconds: try durationSeconds(profile), region: try stsRegion(profiles: profiles),
                endpointResolver: try resolver(), environment: environment, transport: transport, clock: clock,
                sleep: sleep, providerName: "\(label) web identity"
            )
        }
        if profile["sso_session"] != nil || profile["sso_start_url"] != nil || profile["sso_account_id"] != nil {
            throw .invalidConfiguration(
                "\(label) uses IAM Identity Center (sso_*), which is not supported; "
                    + "use `credential_process = aws configure export-credentials --profile \(profile.name) --format process`"
            )
        }
        if let command = profile["credential_process"] {
            return CredentialProcessProvider(command: command, environment: environment, providerName: "\(label) credential_process")
        }
        if let keys = try staticCredentials(profile) { return StaticCredentialsProvider(keys, providerName: label) }
        if isSelected { throw .notConfigured("profile \(profile.name) has no credentials") }
        throw .invalidConfiguration("\(label) is used as source_profile but has no credentials")
    }

    /// The provider behind `credential_source`.
    private func namedSource(_ source: String, profile: AWSProfile) throws(CredentialsError) -> any CredentialsProvider {
        let label = "credential_source \(source)"
        switch source {
        case "Environment":
            return RequiredSource(source: EnvironmentCredentialsProvider(environment: environment), label: label)
        case "Ec2InstanceMetadata":
            let imds = InstanceMetadataCredentialsProvider(environment: environment, transport: transport, sleep: sleep)
            return RequiredSource(source: imds, label: label)
        case "EcsContainer":
            let container = ContainerCredentialsProvider(environment: environment, transport: transport, sleep: sleep)
            return RequiredSource(source: container, label: label)
        default:
            throw .invalidConfiguration(
                "profile \(profile.name) has credential_source \(source); expected Environment, Ec2InstanceMetadata or EcsContainer"
            )
        }
    }

    private func assumeRole(_ profile: AWSProfile, source: any CredentialsProvider, region: AWSRegion) throws(CredentialsError) -> any CredentialsProvider {
        guard profile["mfa_serial"] == nil else {
            throw .invalidConfiguration("profile \(profile.name) requires MFA (mfa_serial), which a server cannot prompt for")
        }
        return AssumeRoleCredentialsProvider(
            source: source, roleArn: profile["role_arn"] ?? "", sessionName: profile["role_session_name"],
            externalId: profile["external_id"], durationSeconds: try durationSeconds(profile), region: region,
            endpointResolver: try resolver(), environment: environment, transport: transport, signer: signer,
            clock: clock, sleep: sleep, providerName: "profile \(profile.name) role"
        )
    }

    private func durationSeconds(_ profile: AWSProfile) throws(CredentialsError) -> Int? {
        guard let text = profile["duration_seconds"] else { return nil }
        guard let seconds = Int(text), seconds > 0 else {
            throw .invalidConfiguration("profile \(profile.name) has duration_seconds \"\(text)\", which is not a number of seconds")
        }
        return seconds
    }

    private func resolver() throws(CredentialsError) -> AWSEndpointResolver {
        if let endpointResolver { return endpointResolver }
        do {
            return try AWSEndpointResolver(environment: environment)
        } catch {
            throw .invalidConfiguration("\(error)")
        }
    }

    /// `AWS_REGION`, `AWS_DEFAULT_REGION`, the selected profile's `region`, else `us-east-1`.
    private func stsRegion(profiles: AWSProfileSet) throws(CredentialsError) -> AWSRegion {
        let candidates = [environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"], profiles.profile(named: selectedProfileName)?["region"]]
        let name = candidates.compactMap { $0?.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? "us-east-1"
        do {
            return try AWSRegion(name)
        } catch {
            throw .invalidConfiguration("\(error)")
        }
    }

    /// `path` with the home directory shown as `~`, for messages.
    private func display(_ path: String) -> String {
        let home = AWSProfileSet.home(homeDirectory, environment: environment)
        guard !home.isEmpty, home != "/", path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }
}
