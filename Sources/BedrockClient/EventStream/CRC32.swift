/// The IEEE 802.3 CRC-32 (reflected polynomial `0xEDB88320`), as used by the
/// `application/vnd.amazon.eventstream` prelude and message checksums.
///
/// Every streamed Bedrock token passes through this twice, so it uses slicing-by-8: eight
/// 256-entry tables let the loop consume eight bytes per iteration instead of one.
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8))   // 0xCBF43926
/// var crc = CRC32(); crc.update(part1); crc.update(part2)
/// let value = crc.value
/// ```
public struct CRC32: Sendable, Hashable {
    /// The running register, kept pre-inverted as the algorithm requires.
    private var register: UInt32 = 0xFFFF_FFFF

    /// Starts an empty checksum (the CRC of no bytes is `0`).
    public init() {}

    /// The checksum of all bytes passed to `update` so far.
    public var value: UInt32 { ~register }

    /// Feeds `bytes` into the checksum.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        register = Self.advance(register, over: bytes)
    }

    /// Feeds `bytes` into the checksum; contiguous collections (`[UInt8]`, `Data`, slices)
    /// take the fast path without copying.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            register = Self.advance(register, over: UnsafeRawBufferPointer(buffer))
        }
        if handled == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { register = Self.advance(register, over: $0) }
        }
    }

    /// The CRC-32 of `bytes`.
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        ~advance(0xFFFF_FFFF, over: bytes)
    }

    /// The CRC-32 of `bytes`.
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    // MARK: - Table-driven core

    /// Eight consecutive 256-entry tables: `tables[k * 256 + i]` is the CRC contribution of byte
    /// `i` followed by `k` zero bytes. Table 0 is the classic byte-at-a-time table.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for index in 0..<256 {
            var crc = UInt32(index)
            for _ in 0..<8 {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
            }
            tables[index] = crc
        }
        for slice in 1..<8 {
            for index in 0..<256 {
                let previous = tables[(slice - 1) * 256 + index]
                tables[slice * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    private static func advance(_ initial: UInt32, over bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard !bytes.isEmpty else { return initial }
        return tables.withUnsafeBufferPointer { table -> UInt32 in
            var crc = initial
            var offset = 0
            let count = bytes.count
            while count - offset >= 8 {
                let low = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) ^ crc
                let high = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                crc = table[7 * 256 + Int(low & 0xFF)]
                    ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((low >> 16) & 0xFF)]
                    ^ table[4 * 256 + Int(low >> 24)]
                    ^ table[3 * 256 + Int(high & 0xFF)]
                    ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ table[1 * 256 + Int((high >> 16) & 0xFF)]
                    ^ table[Int(high >> 24)]
                offset += 8
            }
            while offset < count {
                crc = (crc >> 8) ^ table[Int((crc ^ UInt32(bytes[offset])) & 0xFF)]
                offset += 1
            }
            return crc
        }
    }
}
