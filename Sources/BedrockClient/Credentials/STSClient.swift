import Foundation

/// The two STS query-API calls credentials providers make: `AssumeRole` (SigV4-signed with the
/// source credentials) and `AssumeRoleWithWebIdentity` (unsigned; the token is the proof).
///
/// Requests are `POST /` with a form-encoded body (`Action=…&Version=2011-06-15&…`) and the
/// answer is XML; throttling, 5xx and `IDPCommunicationError` are retried per the standard mode.
struct STSClient: Sendable {
    let transport: any CredentialsHTTPTransport
    let endpoint: AWSEndpoint
    let signer: SigV4Signer
    let clock: @Sendable () -> Date
    let sleep: @Sendable (Duration) async throws -> Void
    var retryPolicy = RetryPolicy()
    var timeout: Duration = .seconds(10)

    static let apiVersion = "2011-06-15"

    /// The region STS is called in: `AWS_REGION`, `AWS_DEFAULT_REGION` or the selected profile's
    /// `region`, else `us-east-1` (where the SDKs send STS calls when no region is configured).
    static func region(environment: [String: String], homeDirectory: String?) throws(CredentialsError) -> AWSRegion {
        do {
            if let region = try AWSRegion.resolve(environment: environment, homeDirectory: homeDirectory) { return region }
            return try AWSRegion("us-east-1")
        } catch let error as CredentialsError {
            throw error
        } catch {
            throw .invalidConfiguration("\(error)")
        }
    }

    /// The STS endpoint for `region`: from `resolver`, or when it is `nil` from one reading
    /// `environment` (`AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`, `AWS_USE_FIPS_ENDPOINT`).
    static func endpoint(
        region: AWSRegion,
        resolver: AWSEndpointResolver?,
        environment: [String: String]
    ) throws(CredentialsError) -> AWSEndpoint {
        do {
            let resolver = try resolver ?? AWSEndpointResolver(environment: environment)
            return try resolver.endpoint(for: .sts, region: region)
        } catch {
            throw .invalidConfiguration("\(error)")
        }
    }

    /// A session name when none is configured: unique per call, and only characters STS
    /// allows (`[\w+=,.@-]{2,64}`).
    static func defaultSessionName(at date: Date) -> String {
        "bedrock-gateway-\(Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))"
    }

    func assumeRole(
        with credentials: AWSCredentials,
        roleArn: String,
        sessionName: String,
        externalId: String?,
        durationSeconds: Int?
    ) async throws(CredentialsError) -> AWSCredentials {
        var parameters = [("Action", "AssumeRole"), ("Version", Self.apiVersion), ("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        if let externalId { parameters.append(("ExternalId", externalId)) }
        return try await call(action: "AssumeRole", parameters: parameters, signingCredentials: credentials)
    }

    func assumeRoleWithWebIdentity(
        roleArn: String,
        sessionName: String,
        token: String,
        durationSeconds: Int?
    ) async throws(CredentialsError) -> AWSCredentials {
        var parameters = [
            ("Action", "AssumeRoleWithWebIdentity"), ("Version", Self.apiVersion), ("RoleArn", roleArn),
            ("RoleSessionName", sessionName), ("WebIdentityToken", token),
        ]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        return try await call(action: "AssumeRoleWithWebIdentity", parameters: parameters, signingCredentials: nil)
    }

    private func call(
        action: String,
        parameters: [(String, String)],
        signingCredentials: AWSCredentials?
    ) async throws(CredentialsError) -> AWSCredentials {
        let source = "STS \(action)"
        let body = Data(parameters.map { "\($0.0)=\(AWSPercentEncoding.encode($0.1))" }.joined(separator: "&").utf8)
        do {
            return try await withRetries(policy: retryPolicy, classify: Self.classify, sleep: sleep) { _ in
                let headers = try signedHeaders(body: body, credentials: signingCredentials)
                let response: CredentialsHTTPResponse
                do {
                    response = try await transport.send(
                        method: "POST", url: endpoint.url(path: "/"), headers: headers, body: body, timeout: timeout
                    )
                } catch {
                    throw CredentialsError.transport(source: source, detail: "\(error)")
                }
                return try Self.parse(response, action: action, source: source)
            }
        } catch let error as CredentialsError {
            throw error
        } catch {
            throw .transport(source: source, detail: "\(error)")
        }
    }

    private func signedHeaders(body: Data, credentials: AWSCredentials?) throws(CredentialsError) -> [(name: String, value: String)] {
        var request = SignableRequest(
            method: "POST",
            path: endpoint.requestPath("/"),
            headers: [
                (name: "Host", value: endpoint.hostHeader),
                (name: "Content-Type", value: "application/x-www-form-urlencoded; charset=utf-8"),
            ]
        )
        guard let credentials else { return request.headers }
        do {
            request.payload = try PayloadHash.sha256(of: body)
            try RequestAuthorization.sigV4(credentials: credentials, region: endpoint.signingRegion, service: endpoint.signingName)
                .authorize(&request, date: clock(), signer: signer)
        } catch {
            throw .invalidConfiguration("cannot sign the STS request with the source credentials: \(error)")
        }
        return request.headers
    }

    private static func parse(_ response: CredentialsHTTPResponse, action: String, source: String) throws(CredentialsError) -> AWSCredentials {
        let xml = response.bodyText
        guard (200..<300).contains(response.status) else {
            throw .serviceError(
                source: source, status: response.status,
                code: XMLTextScanner.text(of: "Code", in: xml, within: "Error"),
                message: XMLTextScanner.text(of: "Message", in: xml, within: "Error") ?? (xml.isEmpty ? nil : response.bodySnippet)
            )
        }
        guard let result = XMLTextScanner.content(of: "\(action)Result", in: xml[...]),
            let credentialsXML = XMLTextScanner.content(of: "Credentials", in: result)
        else { throw .invalidResponse(source: source, detail: "no \(action)Result/Credentials element") }
        let block = String(credentialsXML)
        guard let keyId = XMLTextScanner.text(of: "AccessKeyId", in: block), !keyId.isEmpty,
            let secret = XMLTextScanner.text(of: "SecretAccessKey", in: block), !secret.isEmpty,
            let token = XMLTextScanner.text(of: "SessionToken", in: block), !token.isEmpty
        else { throw .invalidResponse(source: source, detail: "Credentials lacks AccessKeyId, SecretAccessKey or SessionToken") }
        guard let expirationText = XMLTextScanner.text(of: "Expiration", in: block),
            let expiration = ISO8601Timestamp.parse(expirationText)
        else { throw .invalidResponse(source: source, detail: "Credentials has no valid Expiration") }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration)
    }

    private static func classify(_ error: any Error) -> RetryDecision {
        switch error as? CredentialsError {
        case .serviceError(_, let status, let code, _)?:
            return AWSRetryClassifier.classify(AttemptFailure(statusCode: status, errorCode: code))
        case .transport?:
            // Assuming a role twice is harmless: each call just mints another session.
            return AWSRetryClassifier.classify(AttemptFailure(connectionFailure: .afterRequestSent, isIdempotent: true))
        default:
            return .doNotRetry
        }
    }
}
