/// The kinds of non-public address a media URL must never reach (SSRF protection): what the
/// host, a redirect or a DNS answer resolves to is checked against these before connecting.
///
/// ```swift
/// NetworkAddress(literal: "169.254.169.254")?.specialRange   // .linkLocal (cloud metadata)
/// NetworkAddress(literal: "::ffff:10.0.0.1")?.specialRange   // .privateUse
/// ```
enum SpecialAddressRange: String, Sendable, Hashable {
    /// `0.0.0.0/8`, `::` — "this host", which reaches local services on many stacks.
    case thisNetwork
    /// `127.0.0.0/8`, `::1`.
    case loopback
    /// RFC 1918 `10/8`, `172.16/12`, `192.168/16`; local-use NAT64 `64:ff9b:1::/48`.
    case privateUse
    /// `100.64.0.0/10`, carrier-grade NAT (RFC 6598).
    case sharedAddressSpace
    /// `169.254.0.0/16` (incl. the `169.254.169.254` metadata service), `fe80::/10`.
    case linkLocal
    /// `fc00::/7` unique local, and the deprecated site-local `fec0::/10`.
    case uniqueLocal
    /// `224.0.0.0/4`, `ff00::/8`.
    case multicast
    /// `255.255.255.255`.
    case broadcast
    /// `192.0.0.0/24`, `2001::/23` (incl. Teredo).
    case protocolAssignments
    /// `192.0.2/24`, `198.51.100/24`, `203.0.113/24`, `2001:db8::/32`.
    case documentation
    /// `198.18.0.0/15`.
    case benchmarking
    /// `240.0.0.0/4`, `100::/64`, IPv4-compatible IPv6 of nothing routable.
    case reserved
}
