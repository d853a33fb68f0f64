import Foundation
import Testing

@testable import BedrockClient

/// The reserved headers of the smithy "Amazon Event Stream" semantics, as Bedrock's
/// ConverseStream uses them.
@Suite struct EventStreamMessageAWSSemanticsTests {
    /// Builds a frame header by header from the wire format, independently of the encoder.
    private func frame(_ headers: [(String, String)], payload: String = "") -> [UInt8] {
        var headerBytes: [UInt8] = []
        for (name, value) in headers {
            headerBytes += [UInt8(name.utf8.count)] + Array(name.utf8) + [7]
            headerBytes += EventStreamTestData.bigEndian(UInt16(value.utf8.count)) + Array(value.utf8)
        }
        return EventStreamTestData.frame(headerBytes: headerBytes, payload: Array(payload.utf8))
    }

    private func decodeOne(_ bytes: [UInt8]) throws -> EventStreamMessage {
        let result = EventStreamTestData.decode(bytes)
        #expect(result.error == nil)
        return try #require(result.messages.first)
    }

    @Test func eventMessageExposesEventTypeAndContentType() throws {
        let message = try decodeOne(frame(
            [(":event-type", "contentBlockDelta"), (":content-type", "application/json"), (":message-type", "event")],
            payload: #"{"contentBlockIndex":0,"delta":{"text":"Hi"},"p":"abcd"}"#))
        #expect(message.messageType == .event)
        #expect(message.eventType == "contentBlockDelta")
        #expect(message.contentType == "application/json")
        #expect(message.exceptionType == nil)
        #expect(message.errorCode == nil)
        #expect(String(decoding: message.payload, as: UTF8.self).contains(#""text":"Hi""#))
    }

    @Test func exceptionMessageExposesExceptionType() throws {
        let message = try decodeOne(frame(
            [(":exception-type", "throttlingException"), (":content-type", "application/json"), (":message-type", "exception")],
            payload: #"{"message":"Too many requests"}"#))
        #expect(message.messageType == .exception)
        #expect(message.exceptionType == "throttlingException")
        #expect(message.eventType == nil)
    }

    @Test func unmodeledErrorExposesCodeAndMessage() throws {
        let message = try decodeOne(frame(
            [(":error-code", "InternalError"), (":error-message", "An internal server error occurred."), (":message-type", "error")]))
        #expect(message.messageType == .error)
        #expect(message.errorCode == "InternalError")
        #expect(message.errorMessage == "An internal server error occurred.")
    }

    @Test func unknownOrMissingMessageType() throws {
        #expect(try decodeOne(frame([(":message-type", "ping")])).messageType == .unknown("ping"))
        #expect(try decodeOne(frame([])).messageType == nil)
        // A reserved header with a non-string type is not mistaken for a string.
        let typed = EventStreamTestData.frame(headerBytes: [UInt8(":event-type".utf8.count)] + Array(":event-type".utf8) + [0])
        let message = try decodeOne(typed)
        #expect(message.eventType == nil)
        #expect(message.headerValue(named: ":event-type") == .bool(true))
    }

    @Test func firstOfRepeatedHeadersWins() throws {
        let message = try decodeOne(frame([(":event-type", "first"), (":event-type", "second")]))
        #expect(message.eventType == "first")
        #expect(message.headers.count == 2)
    }

    @Test func convenienceConstructorsCarryTheReservedHeaders() throws {
        let encoder = EventStreamEncoder()
        func roundTrip(_ message: EventStreamMessage) throws -> EventStreamMessage {
            try decodeOne(try encoder.encode(message))
        }
        let event = try roundTrip(.event(type: "messageStop", payload: Data(#"{"stopReason":"end_turn"}"#.utf8)))
        #expect(event.messageType == .event)
        #expect(event.eventType == "messageStop")
        #expect(event.contentType == "application/json")
        #expect(event.payload == Data(#"{"stopReason":"end_turn"}"#.utf8))

        let exception = try roundTrip(.exception(type: "validationException", payload: Data(#"{"message":"bad"}"#.utf8)))
        #expect(exception.messageType == .exception)
        #expect(exception.exceptionType == "validationException")

        let error = try roundTrip(.error(code: "InternalFailure", message: "boom"))
        #expect(error.messageType == .error)
        #expect(error.errorCode == "InternalFailure")
        #expect(error.errorMessage == "boom")
        #expect(error.payload.isEmpty)
    }

    @Test func messageTypeRawValues() {
        for raw in ["event", "exception", "error", "other"] {
            #expect(EventStreamMessageType(rawValue: raw).rawValue == raw)
        }
    }
}
