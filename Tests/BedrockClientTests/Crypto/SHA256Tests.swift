import Testing

@testable import BedrockClient

/// FIPS 180-4 example vectors (NIST CSRC "SHA-256" examples).
@Suite struct SHA256Tests {
    @Test func emptyInputHashesToTheWellKnownDigest() throws {
        #expect(HexEncoding.lowercase(try SHA256.hash([UInt8]())) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abcMatchesFIPSVector() throws {
        #expect(HexEncoding.lowercase(try SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlockMessageMatchesFIPSVector() throws {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(HexEncoding.lowercase(try SHA256.hash(Array(message.utf8))) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func millionAsFedInUnevenChunksMatchesFIPSVector() throws {
        var hasher = try SHA256Hasher()
        var remaining = 1_000_000
        var chunkSize = 1
        while remaining > 0 {
            let size = min(chunkSize, remaining)
            try hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: size))
            remaining -= size
            chunkSize = chunkSize * 3 + 1
        }
        #expect(HexEncoding.lowercase(try hasher.finalize()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func nonContiguousSequencesAndEmptyChunksAreHashedLikeArrays() throws {
        var hasher = try SHA256Hasher()
        try hasher.update([UInt8]())
        try hasher.update("abc".utf8.lazy.map { $0 })
        try hasher.update([UInt8]())
        #expect(HexEncoding.lowercase(try hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
