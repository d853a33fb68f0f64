import BedrockClient
import Foundation
import GatewayCore

extension HTTPResponse {
    func decoded<T: Decodable>(_ type: T.Type) throws -> T {
        try BedrockJSONDecoder().decode(type, from: body)
    }

    var json: JSONValue {
        get throws { try BedrockJSONDecoder().decode(JSONValue.self, from: body) }
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

extension ConverseResponse {
    /// The reply's text blocks, concatenated.
    var text: String {
        (output.message?.content ?? []).compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }

    /// The reply's tool calls.
    var toolUses: [ConverseToolUseBlock] {
        (output.message?.content ?? []).compactMap { if case .toolUse(let use) = $0 { use } else { nil } }
    }
}
