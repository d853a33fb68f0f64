import Foundation

/// The JSON the container credentials endpoint and IMDS return:
/// `{"AccessKeyId": …, "SecretAccessKey": …, "Token": …, "Expiration": "2016-02-25T06:03:31Z"}`
/// (IMDS adds `"Code": "Success"`, `LastUpdated`, `Type`; error bodies carry `code`/`message`).
struct TemporaryCredentialsDocument: Decodable, Sendable {
    var code: String?
    var accessKeyId: String?
    var secretAccessKey: String?
    var token: String?
    var expiration: String?
    var message: String?

    private enum CodingKeys: String, CodingKey {
        case code = "Code"
        case accessKeyId = "AccessKeyId"
        case secretAccessKey = "SecretAccessKey"
        case token = "Token"
        case expiration = "Expiration"
        case message = "Message"
    }

    /// Decodes `body` and turns it into credentials; `source` names the endpoint in errors.
    static func credentials(from body: Data, source: String) throws(CredentialsError) -> AWSCredentials {
        let document: TemporaryCredentialsDocument
        do {
            document = try JSONDecoder().decode(TemporaryCredentialsDocument.self, from: body)
        } catch {
            throw .invalidResponse(source: source, detail: "not the credentials JSON document")
        }
        if let code = document.code, code != "Success" {
            throw .invalidResponse(source: source, detail: "Code \(code)" + (document.message.map { ": \($0)" } ?? ""))
        }
        guard let keyId = document.accessKeyId, !keyId.isEmpty,
            let secret = document.secretAccessKey, !secret.isEmpty
        else { throw .invalidResponse(source: source, detail: "AccessKeyId or SecretAccessKey missing") }
        var expiration: Date?
        if let text = document.expiration {
            guard let date = ISO8601Timestamp.parse(text) else {
                throw .invalidResponse(source: source, detail: "Expiration \"\(text)\" is not an ISO 8601 timestamp")
            }
            expiration = date
        }
        let token = document.token.flatMap { $0.isEmpty ? nil : $0 }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration)
    }
}
