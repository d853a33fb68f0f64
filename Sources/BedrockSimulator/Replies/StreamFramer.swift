import BedrockClient
import Foundation

/// Turns stream items into `application/vnd.amazon.eventstream` frames, adding the `p` member
/// Bedrock pads every event payload with (a prefix of an alphanumeric alphabet whose length
/// varies, so frame sizes do not reveal token lengths). The padding is seeded, so a stream is
/// byte-identical across runs.
struct StreamFramer: Sendable {
    static let paddingAlphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    var seed: UInt64
    var padding = true

    func frames(_ items: [StreamItem]) throws -> [[UInt8]] {
        var random = DeterministicRandom(seed: seed)
        let encoder = EventStreamEncoder()
        return try items.map { item in
            switch item {
            case .event(let type, let payload):
                let padded = padding ? Self.pad(payload, length: Int(random.next() % 60) + 1) : payload
                return try encoder.encode(.event(type: type, payload: padded))
            case .exception(let type, let payload):
                return try encoder.encode(.exception(type: type, payload: payload))
            }
        }
    }

    /// Adds `"p": "abc…"` as the last member of a JSON object payload.
    static func pad(_ payload: Data, length: Int) -> Data {
        let value = String(paddingAlphabet.prefix(length))
        guard let close = payload.lastIndex(of: UInt8(ascii: "}")) else { return payload }
        let body = payload[payload.startIndex..<close]
        let isEmptyObject = body.allSatisfy { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: " ") }
        var result = Data(body)
        result.append(contentsOf: Array((isEmptyObject ? "" : ",").utf8))
        result.append(contentsOf: Array("\"p\":\"\(value)\"}".utf8))
        return result
    }
}
