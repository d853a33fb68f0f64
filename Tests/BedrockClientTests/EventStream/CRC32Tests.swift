import Foundation
import Testing

@testable import BedrockClient

@Suite struct CRC32Tests {
    /// The CRC-32/ISO-HDLC catalogue check value.
    @Test func standardCheckValueOf123456789() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func emptyInputHasChecksumZero() {
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32().value == 0)
    }

    /// Well-known values: the pangram is the classic zlib/PNG example.
    @Test func knownValues() {
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        #expect(CRC32.checksum([UInt8](repeating: 0, count: 32)) == 0x190A_55AD)
        #expect(CRC32.checksum([UInt8](repeating: 0xFF, count: 32)) == 0xFF6C_AB0B)
    }

    /// The eight-bytes-at-a-time path must agree with the textbook bit-by-bit definition
    /// (reflected polynomial 0xEDB88320, init and final XOR 0xFFFFFFFF) at every length and
    /// alignment, including the tail loop.
    @Test func matchesBitwiseDefinitionAtEveryLengthAndAlignment() {
        var generator = EventStreamTestData.SeededGenerator(seed: 0xC0FFEE)
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for start in 0..<9 {
            for end in start...bytes.count {
                let slice = bytes[start..<end]
                #expect(CRC32.checksum(slice) == bitwiseCRC32(slice), "bytes[\(start)..<\(end)]")
            }
        }
    }

    @Test func incrementalUpdatesEqualOneShotAtEverySplit() {
        let bytes = Array("application/vnd.amazon.eventstream: incremental CRC".utf8)
        let whole = CRC32.checksum(bytes)
        for split in 0...bytes.count {
            var crc = CRC32()
            crc.update(bytes[..<split])
            crc.update(bytes[split...])
            #expect(crc.value == whole)
        }
    }

    @Test func nonContiguousSequencesAreAccepted() {
        let bytes = Array("123456789".utf8)
        #expect(CRC32.checksum(bytes.lazy.map { $0 }) == 0xCBF4_3926)
    }

    @Test(arguments: EventStreamTestData.positiveNames)
    func preludeAndMessageChecksumsOfVectors(name: String) throws {
        let bytes = try EventStreamTestData.encoded(positive: name)
        let expected = try EventStreamTestData.expected(positive: name)
        #expect(CRC32.checksum(bytes[0..<8]) == expected.preludeCRC)
        #expect(CRC32.checksum(bytes[..<(bytes.count - 4)]) == expected.messageCRC)
    }

    private func bitwiseCRC32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
            }
        }
        return ~crc
    }
}
