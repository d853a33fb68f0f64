import Foundation

/// Bytes of a guardrail image (`GuardrailConverseImageSource`, a union with only `bytes`:
/// unlike message images, guardrail images cannot come from S3).
///
/// ```swift
/// let source = ConverseGuardrailImageSource.bytes(pngData)
/// ```
public enum ConverseGuardrailImageSource: Codable, Hashable, Sendable {
    case bytes(Data)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["bytes"])
        switch key {
        case "bytes": self = .bytes(try container.decode(Data.self, forKey: "bytes"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .bytes(let value): try container.encode(value, forKey: "bytes")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
