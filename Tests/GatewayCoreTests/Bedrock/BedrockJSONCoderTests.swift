import Foundation
import Testing

@testable import GatewayCore

@Suite("BedrockJSON coders")
struct BedrockJSONCoderTests {
    private struct Sample: Codable, Equatable {
        var zeta: Int
        var alpha: Data
        var when: Date
        var path: String
        var ratio: Double
    }

    @Test("sorted keys give byte-stable output; blobs are base64; slashes are not escaped")
    func sortedOutput() throws {
        let sample = Sample(zeta: 1, alpha: Data("hi".utf8), when: Date(timeIntervalSince1970: 0), path: "a/b", ratio: 0.5)
        let text = String(decoding: try BedrockJSONEncoder(sortedKeys: true).encode(sample), as: UTF8.self)
        #expect(text == #"{"alpha":"aGk=","path":"a/b","ratio":0.5,"when":"1970-01-01T00:00:00Z","zeta":1}"#)
        #expect(try BedrockJSONDecoder().decode(Sample.self, from: Data(text.utf8)) == sample)
    }

    @Test("dates keep milliseconds only when they have them")
    func fractionalSeconds() throws {
        let date = Date(timeIntervalSince1970: 1_724_777_826.084)
        let text = String(decoding: try BedrockJSONEncoder().encode([date]), as: UTF8.self)
        #expect(text == #"["2024-08-27T16:57:06.084Z"]"#)
        #expect(try BedrockJSONDecoder().decode([Date].self, from: Data(#"["2024-08-27T18:57:06.084+02:00"]"#.utf8)) == [date])
    }

    @Test("non-finite doubles use Smithy's string forms")
    func nonFinite() throws {
        let text = String(decoding: try BedrockJSONEncoder().encode([Double.infinity, -Double.infinity]), as: UTF8.self)
        #expect(text == #"["Infinity","-Infinity"]"#)
        let back = try BedrockJSONDecoder().decode([Double].self, from: Data(#"["NaN", 1]"#.utf8))
        #expect(back[0].isNaN)
        #expect(back[1] == 1)
    }

    @Test(
        "ISO 8601 timestamps convert exactly in both directions",
        arguments: [
            ("1970-01-01T00:00:00Z", 0.0), ("2024-02-29T23:59:59Z", 1_709_251_199), ("1969-12-31T23:59:59.500Z", -0.5),
            ("2000-03-01T00:00:00.001Z", 951_868_800.001), ("2262-04-11T23:47:16Z", 9_223_372_036),
        ])
    func timestamps(_ text: String, _ seconds: Double) {
        #expect(BedrockTimestamp.date(from: text) == Date(timeIntervalSince1970: seconds))
        #expect(BedrockTimestamp.string(from: Date(timeIntervalSince1970: seconds)) == text)
    }

    @Test("malformed timestamps are rejected", arguments: ["2023-02-29T00:00:00Z", "2024-08-27", "2024-08-27T10:00:00", "2024-08-27T10:00:00.Z", "x"])
    func badTimestamps(_ text: String) {
        #expect(BedrockTimestamp.date(from: text) == nil)
    }
}
