import Foundation
import Testing

@testable import GatewayCore

@Suite("JSON log lines")
struct JSONLogLineTests {
    @Test("time, level and event come first, then the fields in their order")
    func fixedOrder() {
        let record = GatewayLogRecord(
            time: Date(timeIntervalSince1970: 1_741_569_952.25), level: .warning, event: "request",
            fields: [("zeta", 1), ("alpha", "a"), ("level", "spoofed"), ("ok", true), ("none", nil), ("ratio", 0.5)])
        #expect(
            JSONLogLine.format(record)
                == #"{"time":"2025-03-10T01:25:52.250Z","level":"warning","event":"request","zeta":1,"alpha":"a","ok":true,"none":null,"ratio":0.5}"#)
    }

    @Test("Nested objects are written with sorted keys")
    func nestedSorted() {
        let record = GatewayLogRecord(
            time: Date(timeIntervalSince1970: 0), level: .info, event: "e",
            fields: [("prompt", ["b": [1, "x"], "a": ["d": 1, "c": 2]])])
        #expect(JSONLogLine.format(record) == #"{"time":"1970-01-01T00:00:00.000Z","level":"info","event":"e","prompt":{"a":{"c":2,"d":1},"b":[1,"x"]}}"#)
    }

    @Test("Strings are escaped so that a value never breaks the line")
    func escaping() throws {
        let value = "quote \" backslash \\ newline \n tab \t bell \u{07} sep \u{2028} é 🙂"
        let line = JSONLogLine.format(GatewayLogRecord(time: Date(timeIntervalSince1970: 0), level: .info, event: "e", fields: [("v", .string(value))]))
        #expect(!line.contains("\n"))
        #expect(line.contains(#"\u0007"#))
        #expect(line.contains(#"\u2028"#))
        let parsed = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
        #expect(parsed["v"] == .string(value))
    }

    @Test("Non-finite numbers, which JSON cannot hold, are written as null")
    func nonFinite() throws {
        let line = JSONLogLine.format(GatewayLogRecord(
            time: Date(timeIntervalSince1970: 0), level: .info, event: "e", fields: [("a", .number(.nan)), ("b", .number(.infinity))]))
        #expect(line.hasSuffix(#""a":null,"b":null}"#))
    }

    @Test("Timestamps are UTC ISO 8601 with milliseconds, across leap years and before 1970")
    func timestamps() {
        #expect(JSONLogLine.timestamp(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        #expect(JSONLogLine.timestamp(Date(timeIntervalSince1970: 1_709_251_199.999)) == "2024-02-29T23:59:59.999Z")
        #expect(JSONLogLine.timestamp(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000Z")
        #expect(JSONLogLine.timestamp(Date(timeIntervalSince1970: 4_102_444_800)) == "2100-01-01T00:00:00.000Z")
    }

    @Test("LOG_LEVEL names map to levels, swift-log names included")
    func levels() {
        #expect(GatewayLogLevel(name: "TRACE") == .debug)
        #expect(GatewayLogLevel(name: "notice") == .info)
        #expect(GatewayLogLevel(name: "Warn") == .warning)
        #expect(GatewayLogLevel(name: "critical") == .error)
        #expect(GatewayLogLevel(name: "loud") == nil)
        #expect(GatewayLogLevel.debug < .error)
    }
}
