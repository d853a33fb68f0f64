import BedrockClient
import Foundation
import GatewayCore

/// The `data:` payloads of a server-sent-events body, in order (`[DONE]` included as text).
enum ServerSentEvents {
    static func dataPayloads(_ body: Data) -> [String] {
        String(decoding: body, as: UTF8.self)
            .components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { event in
                event.split(separator: "\n").filter { $0.hasPrefix("data:") }
                    .map { $0.dropFirst(5).trimmingCharacters(in: .whitespaces) }
                    .joined(separator: "\n")
            }
    }

    /// The JSON events (everything but `[DONE]`).
    static func jsonEvents(_ body: Data) throws -> [JSONValue] {
        try dataPayloads(body).filter { $0 != "[DONE]" }.map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    }
}

extension HTTPResponse {
    var json: JSONValue {
        get throws { try JSONDecoder().decode(JSONValue.self, from: body) }
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}
