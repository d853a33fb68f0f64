import Foundation
import Testing

@testable import BedrockClient

@Suite struct EventStreamEncoderTests {
    typealias TestData = EventStreamTestData

    @Test(arguments: TestData.positiveNames)
    func encodingTheExpectedMessageReproducesTheVectorBytes(name: String) throws {
        let bytes = try TestData.encoded(positive: name)
        let expected = try TestData.expected(positive: name)
        #expect(try EventStreamEncoder().encode(expected.message) == bytes)
    }

    @Test(arguments: TestData.positiveNames)
    func reEncodingADecodedVectorReproducesItsBytes(name: String) throws {
        let bytes = try TestData.encoded(positive: name)
        var decoder = EventStreamDecoder()
        decoder.append(bytes)
        let message = try #require(try decoder.next())
        #expect(try EventStreamEncoder().encode(message) == bytes)
    }

    @Test func encodeIntoAppendsAfterExistingBytes() throws {
        let first = try TestData.encoded(positive: "int32_header")
        let second = try TestData.expected(positive: "all_headers")
        var buffer = first
        try EventStreamEncoder().encode(second.message, into: &buffer)
        #expect(buffer == first + (try TestData.encoded(positive: "all_headers")))
    }

    /// Property: random messages using every header type, including boundary values, survive
    /// encode → decode unchanged, also when the frames arrive in random chunks.
    @Test func randomMessagesWithEveryHeaderTypeRoundTrip() throws {
        var generator = TestData.SeededGenerator(seed: 0x5EED)
        let encoder = EventStreamEncoder()
        var messages: [EventStreamMessage] = []
        var stream: [UInt8] = []
        var seenTypeCodes = Set<UInt8>()
        for _ in 0..<300 {
            let message = randomMessage(using: &generator)
            seenTypeCodes.formUnion(message.headers.map(\.value.typeCode))
            let frame = try encoder.encode(message)
            #expect(frame.count == 16 + headersSize(message) + message.payload.count)

            var decoder = EventStreamDecoder()
            decoder.append(frame)
            #expect(try decoder.next() == message)
            try decoder.finish()

            messages.append(message)
            stream += frame
        }
        #expect(seenTypeCodes == Set(0...9))

        var chunks: [ArraySlice<UInt8>] = []
        var offset = 0
        while offset < stream.count {
            let end = min(stream.count, offset + Int.random(in: 1...97, using: &generator))
            chunks.append(stream[offset..<end])
            offset = end
        }
        let result = TestData.decode(chunks: chunks)
        #expect(result.error == nil)
        #expect(result.messages == messages)
    }

    // MARK: - Refusals

    @Test func headerNamesMustBe1To255Bytes() throws {
        let encoder = EventStreamEncoder()
        let maximal = String(repeating: "n", count: 255)
        let frame = try encoder.encode(EventStreamMessage(headers: [.init(name: maximal, value: .bool(true))]))
        #expect(frame.count == 16 + 1 + 255 + 1)

        for (name, count) in [("", 0), (String(repeating: "n", count: 256), 256), (String(repeating: "é", count: 128), 256)] {
            let message = EventStreamMessage(headers: [.init(name: name, value: .bool(true))])
            let error = #expect(throws: EventStreamError.self) { try encoder.encode(message) }
            #expect(error == .invalidHeaderNameLength(name: name, byteCount: count))
        }
    }

    @Test func variableLengthValuesMustFitTheirUInt16Prefix() throws {
        let encoder = EventStreamEncoder()
        let fits = EventStreamMessage(headers: [.init(name: "b", value: .byteArray(Data(count: 65_535)))])
        #expect(try encoder.encode(fits).count == 16 + 1 + 1 + 1 + 2 + 65_535)

        let bytes = EventStreamMessage(headers: [.init(name: "b", value: .byteArray(Data(count: 65_536)))])
        #expect(throws: EventStreamError.headerValueTooLong(headerName: "b", byteCount: 65_536)) {
            try encoder.encode(bytes)
        }
        let string = EventStreamMessage(headers: [.init(name: "s", value: .string(String(repeating: "x", count: 70_000)))])
        #expect(throws: EventStreamError.headerValueTooLong(headerName: "s", byteCount: 70_000)) {
            try encoder.encode(string)
        }
    }

    @Test func messagesOverTheMaximumAreRefusedAndLeaveTheBufferUntouched() throws {
        let encoder = EventStreamEncoder(maximumMessageLength: 100)
        var buffer: [UInt8] = [1, 2, 3]
        try encoder.encode(EventStreamMessage(payload: Data(count: 84)), into: &buffer)
        #expect(buffer.count == 3 + 100)

        buffer = [1, 2, 3]
        let error = #expect(throws: EventStreamError.self) {
            try encoder.encode(EventStreamMessage(payload: Data(count: 85)), into: &buffer)
        }
        #expect(error == .messageLengthOutOfRange(length: 101, maximum: 100))
        #expect(buffer == [1, 2, 3])
    }

    // MARK: - Generators

    private func randomMessage(using generator: inout TestData.SeededGenerator) -> EventStreamMessage {
        let headerCount = Int.random(in: 0...12, using: &generator)
        let headers = (0..<headerCount).map { index in
            EventStreamHeader(
                name: randomName(index: index, using: &generator),
                value: randomValue(using: &generator))
        }
        let payload = Data((0..<Int.random(in: 0...200, using: &generator)).map { _ in
            UInt8.random(in: 0...255, using: &generator)
        })
        return EventStreamMessage(headers: headers, payload: payload)
    }

    private func randomName(index: Int, using generator: inout TestData.SeededGenerator) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz-:é😀")
        // Up to 63 four-byte characters plus a two-digit index stays within the 255-byte limit.
        let length = [1, 63, Int.random(in: 1...20, using: &generator)].randomElement(using: &generator) ?? 1
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" }) + "\(index)"
    }

    private func randomValue(using generator: inout TestData.SeededGenerator) -> EventStreamHeaderValue {
        func pick<T: FixedWidthInteger>(_: T.Type) -> T {
            [T.min, T.max, 0, -1 as T, T.random(in: T.min...T.max, using: &generator)]
                .randomElement(using: &generator) ?? 0
        }
        switch Int.random(in: 0...9, using: &generator) {
        case 0: return .bool(true)
        case 1: return .bool(false)
        case 2: return .byte(pick(Int8.self))
        case 3: return .short(pick(Int16.self))
        case 4: return .integer(pick(Int32.self))
        case 5: return .long(pick(Int64.self))
        case 6:
            let count = [0, 1, Int.random(in: 0...300, using: &generator)].randomElement(using: &generator) ?? 0
            return .byteArray(Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        case 7:
            let alphabet = Array("abc XYZ {}\":,\n\u{0}ß€😀")
            let count = Int.random(in: 0...80, using: &generator)
            return .string(String((0..<count).map { _ in alphabet.randomElement(using: &generator) ?? "a" }))
        case 8: return .timestamp(pick(Int64.self))
        default:
            // Any 16 bytes are a UUID on the wire; no version or variant bits are checked.
            let bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
            return .uuid(UUID(uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15])))
        }
    }

    /// The headers section size from the wire-format description.
    private func headersSize(_ message: EventStreamMessage) -> Int {
        message.headers.reduce(0) { size, header in
            let value: Int
            switch header.value {
            case .bool: value = 0
            case .byte: value = 1
            case .short: value = 2
            case .integer: value = 4
            case .long, .timestamp: value = 8
            case .byteArray(let data): value = 2 + data.count
            case .string(let string): value = 2 + string.utf8.count
            case .uuid: value = 16
            }
            return size + 1 + header.name.utf8.count + 1 + value
        }
    }
}
