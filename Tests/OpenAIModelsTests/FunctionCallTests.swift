import Foundation
import Testing

@testable import OpenAIModels

/// `function.arguments` is a JSON document inside a string on the wire.
@Suite struct FunctionCallTests {
    @Test func argumentsParseAsJSON() throws {
        let call = FunctionCall(name: "get_weather", arguments: "{\n\"location\": \"Boston, MA\", \"days\": 3\n}")
        #expect(try call.parsedArguments() == ["location": "Boston, MA", "days": 3])
    }

    @Test func emptyArgumentsMeanAnEmptyObject() throws {
        #expect(try FunctionCall(name: "now", arguments: "").parsedArguments() == [:])
        #expect(try FunctionCall(name: "now", arguments: " \n").parsedArguments() == [:])
    }

    @Test func invalidArgumentsThrow() {
        #expect(throws: DecodingError.self) {
            try FunctionCall(name: "f", arguments: #"{"a":"#).parsedArguments()
        }
    }

    @Test func jsonArgumentsSerialiseCompactlyWithSortedKeys() throws {
        let call = try FunctionCall(name: "f", jsonArguments: ["url": "https://x/y", "a": 1, "b": [true, nil]])
        #expect(call.arguments == #"{"a":1,"b":[true,null],"url":"https://x/y"}"#)
    }
}
