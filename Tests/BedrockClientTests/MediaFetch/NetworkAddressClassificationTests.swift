import Testing

@testable import BedrockClient

@Suite("Media fetch address classification")
struct NetworkAddressClassificationTests {
    static let blocked: [(String, SpecialAddressRange)] = [
        // IPv4
        ("0.0.0.0", .thisNetwork), ("0.255.255.255", .thisNetwork),
        ("127.0.0.1", .loopback), ("127.255.255.254", .loopback),
        ("10.0.0.1", .privateUse), ("10.255.255.255", .privateUse),
        ("172.16.0.1", .privateUse), ("172.31.255.255", .privateUse),
        ("192.168.0.1", .privateUse), ("192.168.255.255", .privateUse),
        ("100.64.0.1", .sharedAddressSpace), ("100.127.255.255", .sharedAddressSpace),
        ("169.254.169.254", .linkLocal), ("169.254.0.1", .linkLocal),
        ("192.0.0.8", .protocolAssignments),
        ("192.0.2.1", .documentation), ("198.51.100.7", .documentation), ("203.0.113.9", .documentation),
        ("198.18.0.1", .benchmarking), ("198.19.255.255", .benchmarking),
        ("224.0.0.1", .multicast), ("239.255.255.250", .multicast),
        ("240.0.0.1", .reserved), ("255.255.255.255", .broadcast),
        // IPv6
        ("::", .thisNetwork), ("::1", .loopback),
        ("fc00::1", .uniqueLocal), ("fdff:ffff::1", .uniqueLocal), ("fec0::1", .uniqueLocal),
        ("fe80::1", .linkLocal), ("febf:ffff::1", .linkLocal),
        ("ff02::1", .multicast), ("ff0e::1", .multicast),
        ("2001:db8::1", .documentation), ("2001::1", .protocolAssignments),
        ("100::1", .reserved),
        // IPv6 forms that carry an IPv4 address are judged by that address.
        ("::ffff:127.0.0.1", .loopback), ("::ffff:7f00:1", .loopback),
        ("::ffff:169.254.169.254", .linkLocal), ("::ffff:10.1.2.3", .privateUse),
        ("::ffff:192.168.1.1", .privateUse), ("::ffff:100.64.0.1", .sharedAddressSpace),
        ("::ffff:0.0.0.0", .thisNetwork), ("::ffff:224.0.0.1", .multicast),
        ("::127.0.0.1", .loopback), ("::8.8.8.8", .reserved),
        ("64:ff9b::a00:1", .privateUse), ("64:ff9b::a9fe:a9fe", .linkLocal), ("64:ff9b:1::1", .privateUse),
        ("2002:c0a8:101::1", .privateUse), ("2002:7f00:1::", .loopback),
    ]

    static let publicAddresses = [
        "8.8.8.8", "1.1.1.1", "93.184.216.34", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0",
        "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0", "192.167.255.255", "192.169.0.0",
        "198.17.255.255", "198.20.0.0", "223.255.255.255", "126.255.255.255", "128.0.0.0",
        "2606:4700:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1",
        "fbff:ffff::1", "fe7f::1",
    ]

    @Test("every blocked range is recognised, in IPv4, IPv6 and IPv4-carrying IPv6 forms", arguments: blocked)
    func blockedRanges(_ literal: String, _ expected: SpecialAddressRange) throws {
        let address = try #require(NetworkAddress(literal: literal))
        #expect(address.specialRange == expected)
    }

    @Test("ordinary public addresses, including at the edges of blocked ranges, are allowed", arguments: publicAddresses)
    func publicAddressesAllowed(_ literal: String) throws {
        let address = try #require(NetworkAddress(literal: literal))
        #expect(address.specialRange == nil)
    }

    @Test("only strict numeric literals parse as addresses")
    func literalParsing() {
        #expect(NetworkAddress(literal: "127.0.0.1") == .v4(0x7F00_0001))
        #expect(NetworkAddress(literal: "::1") == .v6([UInt8](repeating: 0, count: 15) + [1]))
        for notLiteral in ["127.1", "2130706433", "0x7f.0.0.1", "localhost", "[::1]", "fe80::1%eth0", ""] {
            #expect(NetworkAddress(literal: notLiteral) == nil, "\(notLiteral)")
        }
    }

    @Test("addresses print canonically and in the bracketed form libcurl's resolve list needs")
    func resolveEntryForms() throws {
        #expect(try #require(NetworkAddress(literal: "127.0.0.1")).resolveEntryForm == "127.0.0.1")
        #expect(try #require(NetworkAddress(literal: "0:0:0:0:0:ffff:7f00:1")).resolveEntryForm == "[::ffff:127.0.0.1]")
        #expect(try #require(NetworkAddress(literal: "2001:DB8:0:0:0:0:0:1")).description == "2001:db8::1")
    }
}
