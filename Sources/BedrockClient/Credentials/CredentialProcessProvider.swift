import Foundation

/// Credentials printed by an external command — a profile's `credential_process` — as the
/// documented JSON `{"Version": 1, "AccessKeyId": …, "SecretAccessKey": …, "SessionToken": …,
/// "Expiration": "<ISO 8601>"}` (session token and expiration optional).
///
///     let provider = CredentialProcessProvider(command: "/usr/local/bin/fetch-creds --profile dev")
///     let credentials = try await provider.credentials()
///
/// The command runs with `/bin/sh -c`, the given environment and no standard input. A non-zero
/// exit fails with its standard error in the message.
public struct CredentialProcessProvider: CredentialsProvider {
    public let command: String
    public let environment: [String: String]
    public let timeout: Duration
    public let providerName: String

    public init(
        command: String,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        timeout: Duration = .seconds(30),
        providerName: String = "credential_process"
    ) {
        self.command = command
        self.environment = environment
        self.timeout = timeout
        self.providerName = providerName
    }

    public func credentials() async throws -> AWSCredentials {
        let output = try await CredentialProcessRunner.run(command: command, environment: environment, timeout: timeout)
        guard output.status == 0 else {
            let stderr = String(decoding: output.stderr, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw CredentialsError.processFailed(
                "credential_process exited with status \(output.status)" + (stderr.isEmpty ? "" : ": \(stderr)")
            )
        }
        return try Self.parse(output.stdout)
    }

    private struct Document: Decodable {
        var version: Int?
        var accessKeyId: String?
        var secretAccessKey: String?
        var sessionToken: String?
        var expiration: String?

        enum CodingKeys: String, CodingKey {
            case version = "Version"
            case accessKeyId = "AccessKeyId"
            case secretAccessKey = "SecretAccessKey"
            case sessionToken = "SessionToken"
            case expiration = "Expiration"
        }
    }

    static func parse(_ data: Data) throws(CredentialsError) -> AWSCredentials {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw .processFailed("credential_process printed something that is not a JSON object")
        }
        guard document.version == 1 else {
            throw .processFailed("credential_process output has Version \(document.version.map(String.init) ?? "missing"); only 1 is supported")
        }
        guard let keyId = document.accessKeyId, !keyId.isEmpty, let secret = document.secretAccessKey, !secret.isEmpty else {
            throw .processFailed("credential_process output lacks AccessKeyId or SecretAccessKey")
        }
        var expiration: Date?
        if let text = document.expiration {
            guard let date = ISO8601Timestamp.parse(text) else {
                throw .processFailed("credential_process output has an invalid Expiration \"\(text)\"")
            }
            expiration = date
        }
        let token = document.sessionToken.flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration)
    }
}
