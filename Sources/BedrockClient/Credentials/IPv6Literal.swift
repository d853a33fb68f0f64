import Foundation

/// An IPv6 address literal parsed into its 16 bytes, so that `::1`, `0:0:0:0:0:0:0:1` and
/// `0::1` compare equal. Embedded IPv4 (`::ffff:1.2.3.4`) and zone ids are not supported.
struct IPv6Literal: Hashable, Sendable {
    let groups: [UInt16]

    init?(_ text: String) {
        guard text.contains(":"), text.allSatisfy({ $0.isHexDigit || $0 == ":" }) else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func parse(_ part: String) -> [UInt16]? {
            guard !part.isEmpty else { return [] }
            var groups: [UInt16] = []
            for group in part.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.count), let value = UInt16(group, radix: 16) else { return nil }
                groups.append(value)
            }
            return groups
        }
        guard let head = parse(halves[0]) else { return nil }
        if halves.count == 2 {
            guard let tail = parse(halves[1]), head.count + tail.count < 8 else { return nil }
            groups = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        } else {
            guard head.count == 8 else { return nil }
            groups = head
        }
    }
}
