import BedrockClient
import Foundation
import GatewayCore

/// A Bedrock error answer as a client reads it: the shape name from `x-amzn-ErrorType` (the
/// part before any `:`, per restJson1) and the body's `message`.
struct BedrockErrorAnswer: Sendable {
    var status: Int
    var type: String
    var message: String
    var body: JSONValue

    init(_ response: HTTPResponse) throws {
        status = response.status
        type = (response.headers["x-amzn-ErrorType"] ?? "").split(separator: ":").first.map(String.init) ?? ""
        body = try BedrockJSONDecoder().decode(JSONValue.self, from: response.body)
        message = body["message"]?.stringValue ?? ""
    }
}
