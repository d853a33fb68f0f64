/// Service-specific knobs of the SigV4 algorithm.
///
///     let signer = SigV4Signer()                  // Bedrock and other non-S3 services
///     let s3Signer = SigV4Signer(options: .s3)    // S3: literal path, x-amz-content-sha256
///
public struct SigV4Options: Sendable, Hashable {
    /// Remove `.`/`..` segments and empty segments (`//`) from the path before signing.
    /// Every service but S3 does this when it recomputes the signature.
    public var normalizesPath: Bool

    /// Percent-encode each path segment again for the canonical URI. The path handed to the
    /// signer is already encoded as sent on the wire, so non-S3 services end up comparing a
    /// double-encoded form (`%3A` → `%253A`); S3 uses the path as sent.
    public var encodesPathSegments: Bool

    /// Send and sign `x-amz-content-sha256` carrying the payload hash.
    ///
    /// S3 requires this header (it is how S3 learns whether the body was signed or is
    /// `UNSIGNED-PAYLOAD`), and the AWS SDKs add it for S3 only. Bedrock and other JSON services
    /// hash the body they receive themselves, so the default is `false`: the header would only
    /// add bytes to every request. Turn it on when signing ``PayloadHash/unsigned`` bodies.
    public var addsContentSHA256Header: Bool

    /// Include `X-Amz-Security-Token` in the signature. When `false` the token is still sent but
    /// added after signing, which a few older services (and the AWS suite's `post-sts-header-after`
    /// case) expect. Default `true`, as for every current service.
    public var signsSessionToken: Bool

    public init(
        normalizesPath: Bool = true,
        encodesPathSegments: Bool = true,
        addsContentSHA256Header: Bool = false,
        signsSessionToken: Bool = true
    ) {
        self.normalizesPath = normalizesPath
        self.encodesPathSegments = encodesPathSegments
        self.addsContentSHA256Header = addsContentSHA256Header
        self.signsSessionToken = signsSessionToken
    }

    /// What S3 expects: the path as sent, and `x-amz-content-sha256` on every request.
    public static let s3 = SigV4Options(normalizesPath: false, encodesPathSegments: false, addsContentSHA256Header: true)
}
