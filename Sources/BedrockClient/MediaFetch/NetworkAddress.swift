#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One IPv4 or IPv6 address, as resolved for a media URL's host, with the special-purpose range
/// (RFC 6890 and the IANA special-purpose registries) it falls in, if any.
///
/// Classification looks through the IPv6 forms that carry an IPv4 address — mapped
/// (`::ffff:a.b.c.d`), compatible (`::a.b.c.d`), NAT64 (`64:ff9b::/96`) and 6to4 (`2002::/16`) —
/// so `[::ffff:127.0.0.1]` is loopback just like `127.0.0.1`.
enum NetworkAddress: Hashable, Sendable, CustomStringConvertible {
    /// In host byte order: `0x7F000001` is 127.0.0.1.
    case v4(UInt32)
    /// The 16 bytes in network order.
    case v6([UInt8])

    /// Parses a numeric address: dotted-quad IPv4 or any RFC 4291 IPv6 text form (no brackets,
    /// no zone). Hostnames and the legacy IPv4 shorthands (`127.1`) are not literals here.
    init?(literal text: String) {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            self = .v4(UInt32(bigEndian: v4.s_addr))
            return
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            self = .v6(withUnsafeBytes(of: &v6) { Array($0) })
            return
        }
        return nil
    }

    /// The address in a `sockaddr_in` / `sockaddr_in6` (as `getaddrinfo` returns them).
    init?(socketAddress: UnsafePointer<sockaddr>) {
        switch Int32(socketAddress.pointee.sa_family) {
        case AF_INET:
            let address = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            self = .v4(UInt32(bigEndian: address.s_addr))
        case AF_INET6:
            var address = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
            self = .v6(withUnsafeBytes(of: &address) { Array($0) })
        default:
            return nil
        }
    }

    /// Canonical text (`127.0.0.1`, `::ffff:7f00:1`), as `inet_ntop` writes it.
    var description: String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        switch self {
        case .v4(let value):
            var address = in_addr(s_addr: value.bigEndian)
            guard inet_ntop(AF_INET, &address, &buffer, socklen_t(buffer.count)) != nil else { return "?" }
        case .v6(let bytes):
            var address = in6_addr()
            withUnsafeMutableBytes(of: &address) { $0.copyBytes(from: bytes.prefix(16)) }
            guard inet_ntop(AF_INET6, &address, &buffer, socklen_t(buffer.count)) != nil else { return "?" }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The address as libcurl's `CURLOPT_RESOLVE` wants it: IPv6 in brackets.
    var resolveEntryForm: String {
        switch self {
        case .v4: description
        case .v6: "[\(description)]"
        }
    }

    /// The special-purpose range this address is in; `nil` for an ordinary public address.
    var specialRange: SpecialAddressRange? {
        switch self {
        case .v4(let value): Self.classify(v4: value)
        case .v6(let bytes): Self.classify(v6: bytes)
        }
    }

    // MARK: - Classification

    private static func classify(v4 value: UInt32) -> SpecialAddressRange? {
        func within(_ base: UInt32, _ prefix: UInt32) -> Bool {
            let mask: UInt32 = prefix == 0 ? 0 : ~UInt32(0) << (32 - prefix)
            return value & mask == base & mask
        }
        if within(0x0000_0000, 8) { return .thisNetwork }  // 0.0.0.0/8
        if within(0x7F00_0000, 8) { return .loopback }  // 127.0.0.0/8
        if within(0x0A00_0000, 8) || within(0xAC10_0000, 12) || within(0xC0A8_0000, 16) {
            return .privateUse  // 10/8, 172.16/12, 192.168/16 (RFC 1918)
        }
        if within(0x6440_0000, 10) { return .sharedAddressSpace }  // 100.64.0.0/10 (RFC 6598, CGNAT)
        if within(0xA9FE_0000, 16) { return .linkLocal }  // 169.254/16, incl. 169.254.169.254 metadata
        if within(0xC000_0000, 24) { return .protocolAssignments }  // 192.0.0.0/24 (RFC 6890)
        if within(0xC000_0200, 24) || within(0xC633_6400, 24) || within(0xCB00_7100, 24) {
            return .documentation  // 192.0.2/24, 198.51.100/24, 203.0.113/24 (RFC 5737)
        }
        if within(0xC612_0000, 15) { return .benchmarking }  // 198.18.0.0/15 (RFC 2544)
        if within(0xE000_0000, 4) { return .multicast }  // 224.0.0.0/4
        if value == 0xFFFF_FFFF { return .broadcast }
        if within(0xF000_0000, 4) { return .reserved }  // 240.0.0.0/4
        return nil
    }

    private static func classify(v6 bytes: [UInt8]) -> SpecialAddressRange? {
        guard bytes.count == 16 else { return .reserved }
        func within(_ prefixBytes: [UInt8], bits: Int) -> Bool {
            for bit in 0..<bits {
                let byte = bit / 8
                let mask = UInt8(0x80) >> UInt8(bit % 8)
                if bytes[byte] & mask != prefixBytes[byte] & mask { return false }
            }
            return true
        }
        func embeddedV4(at offset: Int) -> UInt32 {
            bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let zero = [UInt8](repeating: 0, count: 16)
        if bytes == zero { return .thisNetwork }  // ::
        if bytes == zero.dropLast() + [1] { return .loopback }  // ::1
        if within(zero.prefix(10) + [0xFF, 0xFF] + zero.prefix(4), bits: 96) {
            return classify(v4: embeddedV4(at: 12))  // ::ffff:a.b.c.d (IPv4-mapped)
        }
        if within(zero, bits: 96) {
            // ::a.b.c.d (IPv4-compatible, deprecated by RFC 4291): judge the IPv4 it names.
            return classify(v4: embeddedV4(at: 12)) ?? .reserved
        }
        if within([0x00, 0x64, 0xFF, 0x9B] + zero.prefix(12), bits: 96) {
            return classify(v4: embeddedV4(at: 12))  // 64:ff9b::/96 NAT64 of a.b.c.d (RFC 6052)
        }
        if within([0x00, 0x64, 0xFF, 0x9B, 0x00, 0x01] + zero.prefix(10), bits: 48) {
            return .privateUse  // 64:ff9b:1::/48 local-use NAT64 (RFC 8215)
        }
        if within([0x01, 0x00] + zero.prefix(14), bits: 64) { return .reserved }  // 100::/64 discard-only
        if within([0x20, 0x01, 0x0D, 0xB8] + zero.prefix(12), bits: 32) { return .documentation }  // 2001:db8::/32
        if within([0x20, 0x01] + zero.prefix(14), bits: 23) {
            return .protocolAssignments  // 2001::/23 IETF assignments, incl. Teredo (2001::/32)
        }
        if within([0x20, 0x02] + zero.prefix(14), bits: 16) {
            return classify(v4: embeddedV4(at: 2))  // 2002:a.b.c.d::/48 6to4 (RFC 3056)
        }
        if within([0xFC] + zero.prefix(15), bits: 7) { return .uniqueLocal }  // fc00::/7
        if within([0xFE, 0x80] + zero.prefix(14), bits: 10) { return .linkLocal }  // fe80::/10
        if within([0xFE, 0xC0] + zero.prefix(14), bits: 10) { return .uniqueLocal }  // fec0::/10 site-local
        if within([0xFF] + zero.prefix(15), bits: 8) { return .multicast }  // ff00::/8
        return nil
    }
}
