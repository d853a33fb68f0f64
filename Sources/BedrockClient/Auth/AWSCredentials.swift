import Foundation

/// An AWS access key pair, optionally temporary (STS, Lambda execution role).
///
///     let credentials = AWSCredentials(accessKeyId: "AKID…", secretAccessKey: "…",
///                                      sessionToken: environment["AWS_SESSION_TOKEN"])
///     let authorization = RequestAuthorization.sigV4(credentials: credentials, region: "us-east-1", service: "bedrock")
///
/// `description` redacts the secret and the session token so credentials can be logged safely.
public struct AWSCredentials: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The access key id (`AKIA…` for long-term keys, `ASIA…` for temporary ones).
    public var accessKeyId: String
    /// The secret access key; only ever used to derive signing keys, never sent.
    public var secretAccessKey: String
    /// The session token of temporary credentials, sent as `X-Amz-Security-Token`.
    public var sessionToken: String?
    /// When temporary credentials stop being valid; `nil` for long-term keys.
    public var expiration: Date?

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// Credentials from the standard variables `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and
    /// `AWS_SESSION_TOKEN` (what Lambda sets for the execution role), or `nil` when the key pair
    /// is missing. Empty values count as missing.
    public static func fromEnvironment(_ environment: [String: String]) -> AWSCredentials? {
        func value(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        guard let accessKeyId = value("AWS_ACCESS_KEY_ID"),
            let secretAccessKey = value("AWS_SECRET_ACCESS_KEY")
        else { return nil }
        return AWSCredentials(
            accessKeyId: accessKeyId,
            secretAccessKey: secretAccessKey,
            sessionToken: value("AWS_SESSION_TOKEN")
        )
    }

    /// Whether the credentials are expired at `date`, treating the last `leeway` seconds before
    /// `expiration` as expired already (a request signed just before expiry may arrive after it).
    /// Long-term credentials never expire.
    public func isExpired(at date: Date, leeway: TimeInterval = 0) -> Bool {
        guard let expiration else { return false }
        return date.addingTimeInterval(leeway) >= expiration
    }

    public var description: String {
        let token = sessionToken == nil ? "nil" : "<redacted>"
        let expiry = expiration.map { "\($0)" } ?? "nil"
        return "AWSCredentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, sessionToken: \(token), expiration: \(expiry))"
    }

    public var debugDescription: String { description }
}
