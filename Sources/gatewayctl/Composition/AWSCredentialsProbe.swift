import BedrockClient
import Foundation

/// Tells, without any network call, whether this process has AWS credentials to reach Bedrock
/// with: what `--backend auto` decides on.
///
/// Looks where the default credentials chain looks, in its order, but only at configuration:
/// a Bedrock API key (`AWS_BEARER_TOKEN_BEDROCK`), the environment keys, web identity
/// (`AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`), a profile in the shared files (the one
/// `AWS_PROFILE` names counts as soon as it is named), and the container credentials variables.
/// EC2 instance metadata is not probed: asking it can take seconds where it does not exist, so
/// on EC2 choose `--backend bedrock` explicitly.
///
/// ```swift
/// if let finding = AWSCredentialsProbe.find(environment: ProcessInfo.processInfo.environment) {
///     print("AWS credentials: \(finding.source)")
/// }
/// ```
enum AWSCredentialsProbe {
    /// Where credentials were found.
    struct Finding: Sendable, Hashable {
        /// For people: "environment variables (AWS_ACCESS_KEY_ID)", "profile 'dev' (~/.aws/config)", ….
        var source: String
    }

    /// Profile properties that make a profile a source of credentials.
    static let credentialProperties = [
        "aws_access_key_id", "role_arn", "credential_process", "sso_session", "sso_start_url",
        "web_identity_token_file", "credential_source",
    ]

    /// The first source of credentials in `environment` and the shared files, or `nil`.
    ///
    /// - Parameter homeDirectory: where `.aws/` lives; `nil` means `HOME` from `environment`.
    static func find(environment: [String: String], homeDirectory: String? = nil) -> Finding? {
        func isSet(_ name: String) -> Bool {
            guard let value = environment[name] else { return false }
            return !value.trimmingCharacters(in: .whitespaces).isEmpty
        }
        if isSet("AWS_BEARER_TOKEN_BEDROCK") {
            return Finding(source: "Bedrock API key (AWS_BEARER_TOKEN_BEDROCK)")
        }
        if isSet("AWS_ACCESS_KEY_ID"), isSet("AWS_SECRET_ACCESS_KEY") {
            return Finding(source: "environment variables (AWS_ACCESS_KEY_ID)")
        }
        if isSet("AWS_WEB_IDENTITY_TOKEN_FILE"), isSet("AWS_ROLE_ARN") {
            return Finding(source: "web identity (AWS_WEB_IDENTITY_TOKEN_FILE)")
        }
        if isSet("AWS_PROFILE") {
            return Finding(source: "profile '\(AWSProfileSet.selectedProfileName(environment: environment))' (AWS_PROFILE)")
        }
        // An unreadable file is the chain's to report when Bedrock is chosen; here it means "none".
        if let profiles = try? AWSProfileSet.load(environment: environment, homeDirectory: homeDirectory),
            let profile = profiles.profile(named: "default"),
            credentialProperties.contains(where: { profile[$0] != nil })
        {
            return Finding(source: "profile 'default' (\(profiles.credentialsFilePath) or \(profiles.configFilePath))")
        }
        if isSet("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") || isSet("AWS_CONTAINER_CREDENTIALS_FULL_URI") {
            return Finding(source: "container credentials (AWS_CONTAINER_CREDENTIALS_*)")
        }
        return nil
    }
}
