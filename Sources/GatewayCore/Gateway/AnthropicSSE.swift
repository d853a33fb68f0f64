import Foundation

/// How the Anthropic-compatible route writes server-sent events: `event: <type>\ndata: <json>\n\n`,
/// the JSON compact (one line), as Anthropic's streaming docs show them.
///
/// ```swift
/// AnthropicSSE.event(.messageStop(invocationMetrics: nil))
/// // event: message_stop\ndata: {"type":"message_stop"}\n\n
/// ```
enum AnthropicSSE {
    /// One event from its type and its JSON payload (which must not hold a raw line break).
    static func event(type: String, json: Data) -> Data {
        var event = Data("event: \(type)\ndata: ".utf8)
        event.append(json)
        event.append(contentsOf: "\n\n".utf8)
        return event
    }

    /// One event from a typed Anthropic stream event.
    static func event(_ event: AnthropicStreamEvent) throws -> Data {
        self.event(type: event.type, json: try ResponseJSON.encode(event))
    }

    /// The `error` event that ends a failed stream.
    static func errorEvent(_ detail: AnthropicErrorDetail) -> Data {
        (try? event(.error(detail))) ?? event(type: "error", json: AnthropicErrorResponse.fallbackBody)
    }

    /// `json` as one `data:` line: as it is when it has no raw line break (compact JSON never
    /// does), otherwise re-serialized compactly.
    static func singleLine(_ json: Data) throws -> Data {
        guard json.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return json }
        return try ResponseJSON.encode(try JSONDecoder().decode(JSONValue.self, from: json))
    }
}
