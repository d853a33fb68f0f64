import Foundation

/// Signs HTTP requests with AWS Signature Version 4 (`AWS4-HMAC-SHA256`).
///
///     let signer = SigV4Signer()   // one per process; it caches derived signing keys
///     let signature = try signer.sign(request, credentials: credentials, region: "us-east-1", service: "bedrock", date: Date())
///     request.headers += signature.headers
///
/// The signing time is always passed in, so signing is deterministic and testable.
/// The signer owns the `Authorization`, `X-Amz-Date`, `X-Amz-Security-Token` and
/// `X-Amz-Content-SHA256` headers: copies already on the request are ignored and replaced.
public final class SigV4Signer: Sendable {
    /// The algorithm identifier that starts the string to sign and the `Authorization` value.
    public static let algorithm = "AWS4-HMAC-SHA256"

    /// Header names (lowercase) whose values the signer produces itself.
    static let ownedHeaderNames: Set<String> = [
        "authorization", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256",
    ]
    /// Query parameters the signer produces itself when presigning.
    static let ownedQueryNames: Set<String> = [
        "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
        "X-Amz-SignedHeaders", "X-Amz-Security-Token", "X-Amz-Signature",
    ]

    /// The service-specific rules this signer applies.
    public let options: SigV4Options
    private let keyCache: SigningKeyCache

    public init(options: SigV4Options = SigV4Options()) {
        self.options = options
        self.keyCache = SigningKeyCache()
    }

    /// Signs `request` for the `Authorization` header.
    ///
    /// - Parameters:
    ///   - service: the signing name, which may differ from the endpoint prefix
    ///     (Bedrock Runtime is served by `bedrock-runtime.*` but signs as `bedrock`).
    ///   - date: the signing time; AWS rejects requests more than 5 minutes off its clock.
    public func sign(
        _ request: SignableRequest,
        credentials: AWSCredentials,
        region: String,
        service: String,
        date: Date
    ) throws(SigningError) -> SigV4Signature {
        let timestamp = SigV4Timestamp(date)
        let scope = credentialScope(timestamp: timestamp, region: region, service: service)
        var headers = try headersToSign(request)

        var added: [(name: String, value: String)] = [(name: "X-Amz-Date", value: timestamp.amzDate)]
        var addedAfterSigning: [(name: String, value: String)] = []
        if let token = try sessionToken(of: credentials) {
            let tokenHeader = (name: "X-Amz-Security-Token", value: token)
            if options.signsSessionToken { added.append(tokenHeader) } else { addedAfterSigning.append(tokenHeader) }
        }
        if options.addsContentSHA256Header {
            added.append((name: "X-Amz-Content-SHA256", value: request.payload.value))
        }
        headers += added

        let canonical = SigV4Canonicalization.canonicalHeaders(headers)
        let canonicalRequest = canonicalRequest(
            request,
            query: SigV4Canonicalization.canonicalQuery(request.queryItems),
            canonicalHeaders: canonical
        )
        let (stringToSign, signature) = try signatureParts(
            canonicalRequest: canonicalRequest, timestamp: timestamp, scope: scope,
            credentials: credentials, region: region, service: service
        )
        let authorization = "\(Self.algorithm) Credential=\(credentials.accessKeyId)/\(scope), "
            + "SignedHeaders=\(canonical.signedHeaders), Signature=\(signature)"
        return SigV4Signature(
            canonicalRequest: canonicalRequest,
            stringToSign: stringToSign,
            signature: signature,
            signedHeaders: canonical.signedHeaders,
            headers: added + addedAfterSigning + [(name: "Authorization", value: authorization)],
            queryItems: []
        )
    }

    /// Signs `request` for the query string (a presigned URL valid for `expiresIn` seconds).
    ///
    /// The request's headers are signed and must be sent unchanged with the URL; `X-Amz-Date`
    /// travels in the query, so the caller adds no header.
    public func presign(
        _ request: SignableRequest,
        credentials: AWSCredentials,
        region: String,
        service: String,
        date: Date,
        expiresIn seconds: Int
    ) throws(SigningError) -> SigV4Signature {
        guard (1...604_800).contains(seconds) else { throw .invalidExpiry(seconds: seconds) }
        let timestamp = SigV4Timestamp(date)
        let scope = credentialScope(timestamp: timestamp, region: region, service: service)
        let canonical = SigV4Canonicalization.canonicalHeaders(try headersToSign(request))

        var authItems: [(name: String, value: String)] = [
            (name: "X-Amz-Algorithm", value: Self.algorithm),
            (name: "X-Amz-Credential", value: "\(credentials.accessKeyId)/\(scope)"),
            (name: "X-Amz-Date", value: timestamp.amzDate),
            (name: "X-Amz-Expires", value: String(seconds)),
            (name: "X-Amz-SignedHeaders", value: canonical.signedHeaders),
        ]
        var addedAfterSigning: [(name: String, value: String)] = []
        if let token = try sessionToken(of: credentials) {
            let tokenItem = (name: "X-Amz-Security-Token", value: token)
            if options.signsSessionToken { authItems.append(tokenItem) } else { addedAfterSigning.append(tokenItem) }
        }

        let ownQuery = request.queryItems.filter { !Self.ownedQueryNames.contains($0.name) }
        let canonicalRequest = canonicalRequest(
            request,
            query: SigV4Canonicalization.canonicalQuery(ownQuery + authItems),
            canonicalHeaders: canonical
        )
        let (stringToSign, signature) = try signatureParts(
            canonicalRequest: canonicalRequest, timestamp: timestamp, scope: scope,
            credentials: credentials, region: region, service: service
        )
        return SigV4Signature(
            canonicalRequest: canonicalRequest,
            stringToSign: stringToSign,
            signature: signature,
            signedHeaders: canonical.signedHeaders,
            headers: [],
            queryItems: authItems + addedAfterSigning + [(name: "X-Amz-Signature", value: signature)]
        )
    }

    /// The signing key kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service),
    /// "aws4_request"), from the cache when this (credentials, day, region, service) was seen.
    func signingKey(
        credentials: AWSCredentials,
        dateStamp: String,
        region: String,
        service: String
    ) throws(SigningError) -> [UInt8] {
        let cacheKey = SigningKeyCache.Key(
            accessKeyId: credentials.accessKeyId,
            secretAccessKey: credentials.secretAccessKey,
            dateStamp: dateStamp,
            region: region,
            service: service
        )
        if let cached = keyCache.key(for: cacheKey) { return cached }
        do {
            var key = Array("AWS4\(credentials.secretAccessKey)".utf8)
            for part in [dateStamp, region, service, "aws4_request"] {
                key = try HMACSHA256.authenticationCode(for: Array(part.utf8), key: key)
            }
            keyCache.store(key, for: cacheKey)
            return key
        } catch {
            throw .crypto(error)
        }
    }

    /// How many derived signing keys are cached (for tests and diagnostics).
    var cachedSigningKeyCount: Int { keyCache.count }

    // MARK: - Steps

    private func credentialScope(timestamp: SigV4Timestamp, region: String, service: String) -> String {
        "\(timestamp.dateStamp)/\(region)/\(service)/aws4_request"
    }

    /// The request's headers minus the ones the signer owns; `host` is mandatory.
    private func headersToSign(_ request: SignableRequest) throws(SigningError) -> [(name: String, value: String)] {
        let headers = request.headers.filter { !Self.ownedHeaderNames.contains($0.name.lowercased()) }
        guard headers.contains(where: { $0.name.lowercased() == "host" }) else { throw .missingHostHeader }
        return headers
    }

    /// The session token to send, `nil` for long-term credentials (or an empty token).
    private func sessionToken(of credentials: AWSCredentials) throws(SigningError) -> String? {
        guard let token = credentials.sessionToken, !token.isEmpty else { return nil }
        guard !token.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }) else {
            throw .invalidHeaderValue(name: "X-Amz-Security-Token")
        }
        return token
    }

    private func canonicalRequest(
        _ request: SignableRequest,
        query: String,
        canonicalHeaders: (block: String, signedHeaders: String)
    ) -> String {
        // The header block already ends with "\n"; the blank line after it is part of the format.
        request.method + "\n"
            + SigV4Canonicalization.canonicalURI(path: request.path, options: options) + "\n"
            + query + "\n"
            + canonicalHeaders.block + "\n"
            + canonicalHeaders.signedHeaders + "\n"
            + request.payload.value
    }

    private func signatureParts(
        canonicalRequest: String,
        timestamp: SigV4Timestamp,
        scope: String,
        credentials: AWSCredentials,
        region: String,
        service: String
    ) throws(SigningError) -> (stringToSign: String, signature: String) {
        let key = try signingKey(credentials: credentials, dateStamp: timestamp.dateStamp, region: region, service: service)
        do {
            let requestHash = HexEncoding.lowercase(try SHA256.hash(Array(canonicalRequest.utf8)))
            let stringToSign = "\(Self.algorithm)\n\(timestamp.amzDate)\n\(scope)\n\(requestHash)"
            let signature = try HMACSHA256.authenticationCode(for: Array(stringToSign.utf8), key: key)
            return (stringToSign, HexEncoding.lowercase(signature))
        } catch {
            throw .crypto(error)
        }
    }
}
