import Foundation

/// How requests to Bedrock are authorized: AWS SigV4 with IAM credentials, or a Bedrock API key
/// sent as a bearer token (Bedrock Runtime's service model lists both `aws.auth#sigv4` and
/// `smithy.api#httpBearerAuth`).
///
///     let authorization = RequestAuthorization.bedrockAPIKey(environment: env)
///         ?? .sigV4(credentials: credentials, region: "us-east-1", service: "bedrock")
///     try authorization.authorize(&request, date: Date(), signer: signer)
public enum RequestAuthorization: Sendable {
    /// Sign with SigV4; `service` is the signing name (`bedrock` for Bedrock Runtime).
    case sigV4(credentials: AWSCredentials, region: String, service: String)
    /// Send `Authorization: Bearer <token>` — a Bedrock API key — and no SigV4 headers.
    case bearer(token: String)

    /// The environment variable the AWS SDKs read a Bedrock API key from.
    public static let bedrockAPIKeyVariable = "AWS_BEARER_TOKEN_BEDROCK"

    /// `.bearer` with the key in `AWS_BEARER_TOKEN_BEDROCK`, or `nil` when it is unset or empty.
    public static func bedrockAPIKey(environment: [String: String]) -> RequestAuthorization? {
        guard let token = environment[bedrockAPIKeyVariable], !token.isEmpty else { return nil }
        return .bearer(token: token)
    }

    /// Sets the authorization headers on `request`, replacing any `Authorization`, `X-Amz-Date`,
    /// `X-Amz-Security-Token` and `X-Amz-Content-SHA256` left from an earlier attempt, so a
    /// retried request can be authorized again.
    ///
    /// - Parameters:
    ///   - date: the signing time (unused for bearer tokens).
    ///   - signer: the process-wide signer (unused for bearer tokens).
    public func authorize(_ request: inout SignableRequest, date: Date, signer: SigV4Signer) throws(SigningError) {
        request.headers.removeAll { SigV4Signer.ownedHeaderNames.contains($0.name.lowercased()) }
        switch self {
        case .sigV4(let credentials, let region, let service):
            let signature = try signer.sign(request, credentials: credentials, region: region, service: service, date: date)
            request.headers += signature.headers
        case .bearer(let token):
            let isValid = !token.isEmpty && !token.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
            guard isValid else { throw .invalidHeaderValue(name: "Authorization") }
            request.headers.append((name: "Authorization", value: "Bearer \(token)"))
        }
    }
}
