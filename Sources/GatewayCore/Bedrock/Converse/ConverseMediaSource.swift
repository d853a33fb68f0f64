import Foundation

/// Where image, video or audio bytes come from (`ImageSource`, `VideoSource`, `AudioSource`:
/// identical unions of inline bytes or an S3 object).
///
/// `bytes` travels as base64 on the wire.
///
/// ```swift
/// let inline = ConverseMediaSource.bytes(pngData)
/// let remote = ConverseMediaSource.s3Location(ConverseS3Location(uri: "s3://bucket/clip.mp4"))
/// ```
public enum ConverseMediaSource: Codable, Hashable, Sendable {
    case bytes(Data)
    case s3Location(ConverseS3Location)
    case unknown(String, JSONValue)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let key = try container.unionMember(known: ["bytes", "s3Location"])
        switch key {
        case "bytes": self = .bytes(try container.decode(Data.self, forKey: "bytes"))
        case "s3Location": self = .s3Location(try container.decode(ConverseS3Location.self, forKey: "s3Location"))
        default: self = .unknown(key, try container.decode(JSONValue.self, forKey: WireKey(key)))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        switch self {
        case .bytes(let value): try container.encode(value, forKey: "bytes")
        case .s3Location(let value): try container.encode(value, forKey: "s3Location")
        case .unknown(let key, let value): try container.encode(value, forKey: WireKey(key))
        }
    }
}
