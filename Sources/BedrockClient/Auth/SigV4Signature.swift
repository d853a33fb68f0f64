/// The result of signing: what to add to the request, plus the intermediate products of the
/// algorithm, kept so tests and debug logs can compare them with what AWS computed
/// (AWS echoes its canonical request and string to sign in `SignatureDoesNotMatch` errors).
///
///     let signature = try signer.sign(request, credentials: credentials, region: "us-east-1", service: "bedrock", date: now)
///     request.headers += signature.headers
public struct SigV4Signature: Sendable {
    /// The canonical request, exactly as hashed.
    public let canonicalRequest: String
    /// `AWS4-HMAC-SHA256`, the timestamp, the credential scope and the canonical request hash.
    public let stringToSign: String
    /// The signature, 64 lowercase hex characters.
    public let signature: String
    /// The signed header names, lowercase, sorted, joined by `;`.
    public let signedHeaders: String
    /// Headers to add to the request (header signing): `X-Amz-Date`, `X-Amz-Security-Token` when
    /// there is a session token, `X-Amz-Content-SHA256` when enabled, and `Authorization`.
    /// Empty for presigning.
    public let headers: [(name: String, value: String)]
    /// Query parameters (not encoded) to add to the request's own ones (presigning): the
    /// `X-Amz-*` authentication parameters including `X-Amz-Signature`. Empty for header signing.
    public let queryItems: [(name: String, value: String)]
}
