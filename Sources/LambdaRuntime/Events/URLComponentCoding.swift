/// Percent-encoding rules for the parts of a URL the event adapters handle: query strings that
/// arrive undecoded (ALB, `rawQueryString`) and paths that arrive decoded (API Gateway REST).
///
/// Query components follow the `application/x-www-form-urlencoded` convention every common web
/// framework applies to query strings: `%XX` escapes are decoded and `+` means a space.
///
/// ```swift
/// URLComponentCoding.decodeQueryComponent("a%20b+c")        // "a b c"
/// URLComponentCoding.parseQuery("x=1&y=%C3%A9")             // [("x", "1"), ("y", "é")]
/// URLComponentCoding.encodePath("/v1/models/a b")            // "/v1/models/a%20b"
/// ```
public enum URLComponentCoding {
    /// Decodes one query name or value. An invalid escape (`%zz`, or bytes that are not UTF-8)
    /// leaves the component as it was rather than failing the request.
    public static func decodeQueryComponent(_ component: String) -> String {
        guard component.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else {
            return component
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.utf8.count)
        var iterator = component.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return component
                }
                bytes.append(high << 4 | low)
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? component
    }

    /// Splits a raw query string (without the `?`) into decoded name/value pairs, in order.
    /// Empty pieces (`a=1&&b=2`) are skipped; a piece without `=` has an empty value.
    public static func parseQuery(_ rawQuery: String) -> [(name: String, value: String)] {
        rawQuery.split(separator: "&", omittingEmptySubsequences: true).map { piece in
            if let equals = piece.firstIndex(of: "=") {
                return (
                    decodeQueryComponent(String(piece[..<equals])),
                    decodeQueryComponent(String(piece[piece.index(after: equals)...]))
                )
            }
            return (decodeQueryComponent(String(piece)), "")
        }
    }

    /// Percent-encodes a decoded path: every byte outside RFC 3986 `pchar` and `/`, including
    /// `%` itself, is escaped.
    public static func encodePath(_ decodedPath: String) -> String {
        encode(decodedPath) { isPathCharacter($0) || $0 == UInt8(ascii: "/") }
    }

    /// Makes a raw (already encoded) path safe to use as one: existing `%XX` escapes are kept,
    /// and bytes that may not appear in a path (spaces, non-ASCII, `"`) are escaped.
    public static func normalizeRawPath(_ rawPath: String) -> String {
        encode(rawPath) { isPathCharacter($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "%") }
    }

    /// Percent-encodes a single path segment (`/` is escaped too).
    public static func encodePathSegment(_ segment: String) -> String {
        encode(segment, keeping: isPathCharacter)
    }

    // MARK: - Private

    /// RFC 3986 §3.3 `pchar` = unreserved / sub-delims / ":" / "@" (percent escapes excluded).
    private static func isPathCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@".utf8.contains(byte)
        }
    }

    private static func encode(_ text: String, keeping allowed: (UInt8) -> Bool) -> String {
        guard !text.utf8.allSatisfy(allowed) else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if allowed(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
