import Foundation

/// The request id a response carries in `x-request-id`: the client's own when it is sane,
/// otherwise a fresh UUID.
///
/// "Sane" keeps ids safe to echo in headers and logs: 1–128 characters of ASCII letters, digits
/// and `-_.:`, which covers UUIDs, ULIDs and the ids proxies such as Envoy or ALB forward.
enum RequestIdentifier {
    static let maxLength = 128

    static func assign(incoming: String?) -> String {
        if let incoming, isSane(incoming) { return incoming }
        return UUID().uuidString.lowercased()
    }

    static func isSane(_ id: String) -> Bool {
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
                true
            default:
                false
            }
        }
    }
}
