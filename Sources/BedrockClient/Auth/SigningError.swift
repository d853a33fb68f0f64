/// Why a request could not be authorized.
///
///     do { try authorization.authorize(&request, date: now, signer: signer) }
///     catch .missingHostHeader { … }
public enum SigningError: Error, Sendable, Equatable {
    /// SigV4 always signs `host`, so the request must carry a `Host` header.
    case missingHostHeader
    /// A value the signer would send as a header (session token, bearer token) is empty or
    /// contains CR, LF or NUL, which would break or inject into the HTTP header block.
    case invalidHeaderValue(name: String)
    /// A presigned URL's lifetime must be 1…604800 seconds (7 days), the range AWS accepts.
    case invalidExpiry(seconds: Int)
    /// libcrypto failed while hashing or signing.
    case crypto(CryptoError)
}
