import Foundation
import GatewayCore

/// An error answer: the exception type, its message, and any extra members of the error shape
/// (`ModelErrorException` carries `originalStatusCode` and `resourceName`).
struct SimulatedError: Error, Sendable, Hashable {
    var type: BedrockExceptionType
    var message: String
    var extraFields: [String: JSONValue]

    init(_ type: BedrockExceptionType, _ message: String? = nil, extraFields: [String: JSONValue] = [:]) {
        self.type = type
        self.message = message ?? type.defaultMessage
        self.extraFields = extraFields
    }

    static func validation(_ message: String) -> Self {
        Self(.validation, message)
    }

    /// The JSON error body, `{"message": …}` plus the extra members.
    func body() -> Data {
        var object = extraFields
        object["message"] = .string(message)
        return (try? BedrockJSONEncoder(sortedKeys: true).encode(JSONValue.object(object))) ?? Data("{}".utf8)
    }

    /// `x-amzn-ErrorType` as the Coral front end writes it: the shape name, then the namespace
    /// after a colon, which clients must strip (restJson1 error parsing).
    var errorTypeHeader: String {
        type == .missingAuthenticationToken
            ? type.name : "\(type.name):http://internal.amazon.com/coral/com.amazon.bedrock/"
    }
}
