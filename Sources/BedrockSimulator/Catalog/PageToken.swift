import Foundation

/// The opaque `nextToken` of a paginated list: the offset of the next item, base64-wrapped so
/// clients treat it as opaque, as they must with Bedrock's own tokens.
enum PageToken {
    private static let prefix = "bedrock-simulator:"

    static func encode(offset: Int) -> String {
        Data((prefix + String(offset)).utf8).base64EncodedString()
    }

    static func decode(_ token: String) -> Int? {
        guard let data = Data(base64Encoded: token), let text = String(data: data, encoding: .utf8),
            text.hasPrefix(prefix), let offset = Int(text.dropFirst(prefix.count)), offset >= 0
        else { return nil }
        return offset
    }
}
