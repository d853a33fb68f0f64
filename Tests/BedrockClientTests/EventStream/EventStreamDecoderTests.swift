import Foundation
import Testing

@testable import BedrockClient

@Suite struct EventStreamDecoderTests {
    typealias TestData = EventStreamTestData

    @Test func vectorsArePresent() {
        #expect(TestData.positiveNames.count == 5)
        #expect(TestData.negativeNames.count == 4)
    }

    // MARK: - AWS vectors

    @Test(arguments: TestData.positiveNames)
    func positiveVectorDecodesExactly(name: String) throws {
        let bytes = try TestData.encoded(positive: name)
        let expected = try TestData.expected(positive: name)

        var decoder = EventStreamDecoder()
        decoder.append(bytes)
        let message = try #require(try decoder.next())
        #expect(message.headers == expected.message.headers)
        #expect(message.payload == expected.message.payload)
        #expect(try decoder.next() == nil)
        try decoder.finish()

        // The vector's prelude fields describe the same bytes.
        #expect(bytes.count == expected.totalLength)
        #expect(Int(UInt32(bigEndian: bytes[0..<4])) == expected.totalLength)
        #expect(Int(UInt32(bigEndian: bytes[4..<8])) == expected.headersLength)
        #expect(UInt32(bigEndian: bytes[8..<12]) == expected.preludeCRC)
        #expect(UInt32(bigEndian: bytes[(bytes.count - 4)...]) == expected.messageCRC)
    }

    @Test(arguments: TestData.negativeNames)
    func negativeVectorIsRejectedForItsReason(name: String) throws {
        let bytes = try TestData.encoded(negative: name)
        let expectedKind = try expectedKind(forReason: TestData.reason(negative: name))

        var decoder = EventStreamDecoder()
        decoder.append(bytes)
        let error = #expect(throws: EventStreamError.self) { try decoder.next() }
        #expect(error?.kind == expectedKind)
    }

    @Test(arguments: TestData.positiveNames + TestData.negativeNames.map { "negative/" + $0 })
    func everySplitPointAndByteByByteGiveTheSameResult(name: String) throws {
        let bytes = name.hasPrefix("negative/")
            ? try TestData.encoded(negative: String(name.dropFirst("negative/".count)))
            : try TestData.encoded(positive: name)
        let reference = TestData.decode(bytes)
        #expect(reference.messages.count + (reference.error == nil ? 0 : 1) == 1)

        for split in 0...bytes.count {
            let result = TestData.decode(chunks: [bytes[..<split], bytes[split...]])
            #expect(result.messages == reference.messages, "split at \(split)")
            #expect(result.error == reference.error, "split at \(split)")
        }
        let byteByByte = TestData.decode(chunks: bytes.indices.map { bytes[$0...$0] })
        #expect(byteByByte.messages == reference.messages)
        #expect(byteByByte.error == reference.error)
    }

    @Test func concatenatedFramesDecodeInOrder() throws {
        let (bytes, expected) = try TestData.allPositiveFrames()
        let doubled = bytes + bytes
        #expect(TestData.decode(doubled).messages == expected + expected)
        #expect(TestData.decode(doubled).error == nil)

        // Any two-way split, and byte by byte.
        for split in 0...bytes.count {
            let result = TestData.decode(chunks: [bytes[..<split], bytes[split...]])
            #expect(result.messages == expected, "split at \(split)")
            #expect(result.error == nil)
        }
        #expect(TestData.decode(chunks: bytes.indices.map { bytes[$0...$0] }).messages == expected)
    }

    @Test func randomChunkingOfManyFramesDecodesInOrder() throws {
        let (bytes, expected) = try TestData.allPositiveFrames()
        let stream = Array(repeating: bytes, count: 20).flatMap { $0 }
        var generator = TestData.SeededGenerator(seed: 42)
        for _ in 0..<50 {
            var chunks: [ArraySlice<UInt8>] = []
            var offset = 0
            while offset < stream.count {
                let size = Int.random(in: 0...300, using: &generator)
                let end = min(stream.count, offset + size)
                chunks.append(stream[offset..<end])
                offset = end
            }
            let result = TestData.decode(chunks: chunks)
            #expect(result.messages.count == expected.count * 20)
            #expect(result.messages == Array(repeating: expected, count: 20).flatMap { $0 })
            #expect(result.error == nil)
        }
    }

    // MARK: - Truncation

    @Test(arguments: TestData.positiveNames)
    func truncationAtEveryPositionIsReportedByFinish(name: String) throws {
        let bytes = try TestData.encoded(positive: name)
        for cut in 1..<bytes.count {
            var decoder = EventStreamDecoder()
            decoder.append(bytes[..<cut])
            #expect(try decoder.next() == nil, "cut at \(cut)")
            let error = #expect(throws: EventStreamError.self) { try decoder.finish() }
            #expect(
                error == .truncatedMessage(bufferedByteCount: cut, expectedByteCount: cut >= 12 ? bytes.count : nil),
                "cut at \(cut)")
        }
    }

    @Test func truncationInsideALaterFrameStillDeliversTheEarlierOnes() throws {
        let (bytes, expected) = try TestData.allPositiveFrames()
        var boundaries: [Int] = [0]
        for name in TestData.positiveNames {
            boundaries.append(boundaries[boundaries.count - 1] + (try TestData.encoded(positive: name)).count)
        }
        for cut in 0...bytes.count {
            let complete = boundaries.lastIndex { $0 <= cut } ?? 0
            let result = TestData.decode(Array(bytes[..<cut]))
            #expect(result.messages == Array(expected[..<complete]), "cut at \(cut)")
            if boundaries.contains(cut) {
                #expect(result.error == nil, "cut at \(cut)")
            } else {
                #expect(result.error?.kind == "truncatedMessage", "cut at \(cut)")
            }
        }
    }

    @Test func emptyInputFinishesCleanly() throws {
        var decoder = EventStreamDecoder()
        decoder.append([UInt8]())
        #expect(try decoder.next() == nil)
        try decoder.finish()
    }

    // MARK: - Structural errors behind valid checksums

    @Test func totalLengthBelowMinimumIsRejected() {
        for total: UInt32 in [0, 1, 12, 15] {
            let result = TestData.decode(TestData.prelude(totalLength: total, headersLength: 0))
            #expect(result.error == .messageLengthOutOfRange(length: Int(total), maximum: 16 * 1024 * 1024))
        }
    }

    @Test func absurdTotalLengthIsRejectedFromThePreludeAlone() throws {
        // Only the 12 prelude bytes are supplied: the decoder must not wait for 4 GiB.
        var decoder = EventStreamDecoder()
        decoder.append(TestData.prelude(totalLength: .max, headersLength: 0))
        let error = #expect(throws: EventStreamError.self) { try decoder.next() }
        #expect(error == .messageLengthOutOfRange(length: Int(UInt32.max), maximum: 16 * 1024 * 1024))
    }

    @Test func defaultMaximumIs16MiBAndConfigurable() throws {
        let limit = 16 * 1024 * 1024
        let atLimit = TestData.decode(TestData.prelude(totalLength: UInt32(limit), headersLength: 0))
        #expect(atLimit.error?.kind == "truncatedMessage")  // accepted, waiting for the rest
        let overLimit = TestData.decode(TestData.prelude(totalLength: UInt32(limit + 1), headersLength: 0))
        #expect(overLimit.error == .messageLengthOutOfRange(length: limit + 1, maximum: limit))

        let frame = try TestData.encoded(positive: "payload_no_headers")  // 29 bytes
        #expect(TestData.decode(frame, maximumMessageLength: 29).messages.count == 1)
        #expect(
            TestData.decode(frame, maximumMessageLength: 28).error
                == .messageLengthOutOfRange(length: 29, maximum: 28))
    }

    @Test func headersLengthBeyondMessageIsRejected() {
        let frame = TestData.frame(headerBytes: [], payload: Array("abc".utf8), headersLength: 4)
        #expect(TestData.decode(frame).error == .headersLengthOutOfRange(headersLength: 4, totalLength: 19))
        let prelude = TestData.prelude(totalLength: 16, headersLength: .max)
        #expect(
            TestData.decode(prelude).error
                == .headersLengthOutOfRange(headersLength: Int(UInt32.max), totalLength: 16))
    }

    @Test func unknownHeaderTypeIsRejected() {
        for type: UInt8 in [10, 11, 0x7F, 0xFF] {
            let frame = TestData.frame(headerBytes: [1, UInt8(ascii: "x"), type])
            #expect(TestData.decode(frame).error == .unknownHeaderValueType(type, headerName: "x"))
        }
    }

    @Test func headerStringThatIsNotUTF8IsRejected() {
        let badValue = TestData.frame(headerBytes: [1, UInt8(ascii: "s"), 7, 0, 2, 0xC3, 0x28])
        #expect(TestData.decode(badValue).error == .invalidUTF8(headerName: "s"))
        let badName = TestData.frame(headerBytes: [2, 0xFF, 0xFE, 0])
        #expect(TestData.decode(badName).error == .invalidUTF8(headerName: nil))
        let surrogate = TestData.frame(headerBytes: [1, UInt8(ascii: "s"), 7, 0, 3, 0xED, 0xA0, 0x80])
        #expect(TestData.decode(surrogate).error == .invalidUTF8(headerName: "s"))
    }

    /// Each header piece (name length, name, type, fixed-width value, length prefix,
    /// variable-width value) cut off by the end of the headers section.
    @Test(arguments: [
        [5],                                    // name longer than the section
        [1, UInt8(ascii: "a")],                 // no type byte
        [1, UInt8(ascii: "a"), 2],              // byte without its value
        [1, UInt8(ascii: "a"), 3, 0],           // short cut short
        [1, UInt8(ascii: "a"), 4, 0, 0, 0],     // integer cut short
        [1, UInt8(ascii: "a"), 5, 0, 0, 0, 0, 0, 0, 0],
        [1, UInt8(ascii: "a"), 6, 0],           // byte array length cut short
        [1, UInt8(ascii: "a"), 6, 0, 3, 1, 2],  // byte array value cut short
        [1, UInt8(ascii: "a"), 7, 0, 9, 0x61],  // string value cut short
        [1, UInt8(ascii: "a"), 8, 0, 0, 0],     // timestamp cut short
        [1, UInt8(ascii: "a"), 9] + [UInt8](repeating: 1, count: 15),
        [1, UInt8(ascii: "a"), 0, 3, UInt8(ascii: "b")],  // second header cut short
    ] as [[UInt8]])
    func headerRunningPastTheHeadersSectionIsRejected(headerBytes: [UInt8]) {
        // Payload bytes follow, so a reader that ignored the section end would find data.
        let frame = TestData.frame(headerBytes: headerBytes, payload: [UInt8](repeating: 0x41, count: 32))
        #expect(TestData.decode(frame).error?.kind == "headerOverrunsHeadersSection")
    }

    @Test func zeroLengthStringsAndByteArraysDecode() throws {
        let frame = TestData.frame(headerBytes: [1, UInt8(ascii: "s"), 7, 0, 0, 1, UInt8(ascii: "b"), 6, 0, 0])
        let result = TestData.decode(frame)
        #expect(result.error == nil)
        #expect(result.messages.first?.headers == [
            EventStreamHeader(name: "s", value: .string("")),
            EventStreamHeader(name: "b", value: .byteArray(Data())),
        ])
    }

    @Test func signedIntegersAndTimestampsDecodeTwosComplement() throws {
        var headerBytes: [UInt8] = [1, UInt8(ascii: "b"), 2, 0x80]
        headerBytes += [1, UInt8(ascii: "s"), 3, 0xFF, 0xFE]
        headerBytes += [1, UInt8(ascii: "i"), 4, 0x80, 0, 0, 0]
        headerBytes += [1, UInt8(ascii: "l"), 5, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
        headerBytes += [1, UInt8(ascii: "t"), 8] + TestData.bigEndian(Int64(1_700_000_000_123))
        let message = try #require(TestData.decode(TestData.frame(headerBytes: headerBytes)).messages.first)
        #expect(message.headers.map(\.value) == [
            .byte(-128), .short(-2), .integer(.min), .long(-1), .timestamp(1_700_000_000_123),
        ])
        #expect(message.headers.last?.value.date == Date(timeIntervalSince1970: 1_700_000_000.123))
    }

    // MARK: - Errors are final

    @Test func errorsAreStickyAndLaterInputIsIgnored() throws {
        let corrupt = try TestData.encoded(negative: "corrupted_payload")
        let good = try TestData.encoded(positive: "empty_message")
        var decoder = EventStreamDecoder()
        decoder.append(corrupt)
        let first = #expect(throws: EventStreamError.self) { try decoder.next() }
        decoder.append(good)
        let second = #expect(throws: EventStreamError.self) { try decoder.next() }
        let atFinish = #expect(throws: EventStreamError.self) { try decoder.finish() }
        #expect(first?.kind == "messageChecksumMismatch")
        #expect(second == first)
        #expect(atFinish == first)
        #expect(decoder.bufferedByteCount == 0)
    }

    // MARK: - Robustness

    /// Random corruption of real frames — flipped bits, overwritten bytes, insertions, deletions,
    /// with and without checksums recomputed — must end in messages or a typed error, never a
    /// crash or a hang.
    @Test func mutatedFramesNeverCrashOrHang() throws {
        var generator = TestData.SeededGenerator(seed: 0xE7E7)
        var outcomes: [String: Int] = [:]
        for name in TestData.positiveNames {
            let original = try TestData.encoded(positive: name)
            for iteration in 0..<400 {
                var bytes = original
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    let index = Int.random(in: 0..<bytes.count, using: &generator)
                    switch Int.random(in: 0..<4, using: &generator) {
                    case 0: bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &generator)
                    case 1: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                    case 2: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: index)
                    default: if bytes.count > 1 { bytes.remove(at: index) }
                    }
                }
                // Half the time, recompute both CRCs so the header parser sees the damage.
                if iteration.isMultiple(of: 2) { bytes = TestData.fixingChecksums(bytes) }
                let chunkSize = Int.random(in: 1...bytes.count, using: &generator)
                let chunks = stride(from: 0, to: bytes.count, by: chunkSize).map {
                    bytes[$0..<min(bytes.count, $0 + chunkSize)]
                }
                let result = TestData.decode(chunks: chunks)
                outcomes[result.error?.kind ?? "decoded", default: 0] += 1
            }
        }
        // Both checksum checks and the structural checks were reached.
        #expect(outcomes["preludeChecksumMismatch", default: 0] > 0)
        #expect(outcomes["messageChecksumMismatch", default: 0] > 0)
        #expect(outcomes["headerOverrunsHeadersSection", default: 0] + outcomes["unknownHeaderValueType", default: 0] > 0)
    }

    @Test func randomGarbageNeverCrashesOrHangs() {
        var generator = TestData.SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0...64, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            let result = TestData.decode(chunks: [bytes[...]])
            if !bytes.isEmpty {
                #expect(result.error != nil)
            }
        }
    }

    private func expectedKind(forReason reason: String) throws -> String {
        switch reason {
        case "Prelude checksum mismatch": return "preludeChecksumMismatch"
        case "Message checksum mismatch": return "messageChecksumMismatch"
        default:
            Issue.record("unknown reason text in vector: \(reason)")
            throw EventStreamTestData.VectorFormatError()
        }
    }
}

extension UInt32 {
    /// The big-endian value of exactly four bytes.
    fileprivate init(bigEndian bytes: ArraySlice<UInt8>) {
        self = bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }
}
