import Foundation

@testable import BedrockClient

/// One case folder of the AWS SigV4 test suite (`shared/testdata/sigv4/<name>`).
struct SigV4SuiteCase {
    /// `context.json`: what to sign with.
    struct Context: Decodable {
        struct Credentials: Decodable {
            var accessKeyId: String
            var secretAccessKey: String
            var token: String?
        }
        var credentials: Credentials
        var expirationInSeconds: Int
        var normalize: Bool
        var region: String
        var service: String
        var signBody: Bool
        var timestamp: String
        var omitSessionToken: Bool?
    }

    static let directory = TestData.sharedDirectory.appendingPathComponent("testdata/sigv4", isDirectory: true)

    /// Every case folder (those with a `request.txt`), sorted.
    static func allNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { name in
            FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).appendingPathComponent("request.txt").path)
        }.sorted()
    }

    let name: String
    let context: Context
    let request: RawHTTPRequest

    init(name: String) throws {
        self.name = name
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let folder = Self.directory.appendingPathComponent(name, isDirectory: true)
        context = try decoder.decode(Context.self, from: try Data(contentsOf: folder.appendingPathComponent("context.json")))
        request = try RawHTTPRequest(contentsOf: folder.appendingPathComponent("request.txt"))
    }

    func url(_ file: String) -> URL {
        Self.directory.appendingPathComponent(name).appendingPathComponent(file)
    }

    func expected(_ file: String) throws -> String {
        try String(contentsOf: url(file), encoding: .utf8)
    }

    var credentials: AWSCredentials {
        AWSCredentials(
            accessKeyId: context.credentials.accessKeyId,
            secretAccessKey: context.credentials.secretAccessKey,
            sessionToken: context.credentials.token
        )
    }

    var date: Date {
        get throws {
            guard let date = ISO8601DateFormatter().date(from: context.timestamp) else {
                throw RawHTTPRequest.ParseError.malformedHeader("timestamp \(context.timestamp)")
            }
            return date
        }
    }

    /// The suite's flags as signer options: `normalize` → path normalisation, `sign_body` →
    /// `x-amz-content-sha256`, `omit_session_token` → token added after signing.
    var options: SigV4Options {
        SigV4Options(
            normalizesPath: context.normalize,
            encodesPathSegments: true,
            addsContentSHA256Header: context.signBody,
            signsSessionToken: !(context.omitSessionToken ?? false)
        )
    }

    var signableRequest: SignableRequest {
        get throws {
            SignableRequest(
                method: request.method,
                path: request.path,
                queryItems: request.queryItems,
                headers: request.headers,
                payload: try PayloadHash.sha256(of: request.body)
            )
        }
    }
}
