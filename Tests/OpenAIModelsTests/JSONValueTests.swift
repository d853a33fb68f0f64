import Foundation
import Testing

@testable import OpenAIModels

@Suite struct JSONValueTests {
    @Test func integersSurviveARoundTripAsIntegers() throws {
        let data = Data(#"{"top_k":40,"t":0.5,"s":"x","b":true,"n":null,"a":[1,2]}"#.utf8)
        let value = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(value["top_k"] == .integer(40))
        #expect(value["t"] == .number(0.5))
        #expect(value["b"] == .bool(true))
        #expect(value["n"] == .null)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        #expect(text == #"{"a":[1,2],"b":true,"n":null,"s":"x","t":0.5,"top_k":40}"#)
    }
}
