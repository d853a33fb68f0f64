import Testing

@testable import GatewayCore

@Suite("Chat → Converse: tools")
struct ToolConfigurationTests {
    typealias H = ChatToConverseHarness

    @Test func functionToolsBecomeToolSpecsWithDefaultsForMissingSchemaAndDescription() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"tools":[
          {"type":"function","function":{"name":"get_weather","description":"Current weather","parameters":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]},"strict":true}},
          {"type":"function","function":{"name":"ping","description":""}}]}
        """#, model: H.Models.claude37Sonnet)
        #expect(wire["toolConfig"] == ["tools": [
            ["toolSpec": [
                "name": "get_weather", "description": "Current weather",
                "inputSchema": ["json": ["type": "object", "properties": ["city": ["type": "string"]], "required": ["city"]]],
            ]],
            ["toolSpec": ["name": "ping", "inputSchema": ["json": ["type": "object", "properties": [:]]]]],
        ]])
    }

    @Test func strictIsSentOnlyToModelsWithStructuredOutput() throws {
        let body = #"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"tools":[
          {"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{},"additionalProperties":false},"strict":true}}]}
        """#
        let sonnet45 = try H.converse(body, model: H.Models.claudeSonnet45)
        #expect(sonnet45["toolConfig"]?["tools"]?.arrayValue?.first?["toolSpec"]?["strict"] == true)
        let nova = try H.converse(body, model: H.Models.novaPro)
        #expect(nova["toolConfig"]?["tools"]?.arrayValue?.first?["toolSpec"]?["strict"] == nil)
    }

    @Test func legacyFunctionsAreOfferedWhenThereAreNoTools() throws {
        let wire = try H.converse(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"functions":[{"name":"lookup","description":"Find a record"}],
         "function_call":{"name":"lookup"}}
        """#)
        #expect(wire["toolConfig"] == [
            "tools": [["toolSpec": ["name": "lookup", "description": "Find a record", "inputSchema": ["json": ["type": "object", "properties": [:]]]]]],
            "toolChoice": ["tool": ["name": "lookup"]],
        ])
    }

    @Test func toolsForAModelWithoutToolUseAreAnError() throws {
        let error = try H.error(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"function","function":{"name":"f"}}]}
        """#, model: H.Models.titanExpress)
        #expect(error?.param == "tools")
    }

    @Test func streamingWithToolsOnAModelWithoutStreamingToolUseIsAnError() throws {
        let body = #"""
        {"model":"m","stream":true,"messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"function","function":{"name":"f"}}]}
        """#
        let error = try H.error(body, model: H.Models.llama33, stream: true)
        #expect(error?.param == "tools")
        let nonStreaming = try H.converse(body, model: H.Models.llama33)
        #expect(nonStreaming["toolConfig"] != nil)
    }

    @Test func parametersThatAreNotAnObjectAreAnError() throws {
        let error = try H.error(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":"none"}}]}
        """#)
        #expect(error?.param == "tools[0].function.parameters")
    }

    @Test func duplicateToolNamesAreAnError() throws {
        let error = try H.error(#"""
        {"model":"m","messages":[{"role":"user","content":"Hi"}],"tools":[
          {"type":"function","function":{"name":"f"}},{"type":"function","function":{"name":"f"}}]}
        """#)
        #expect(error?.param == "tools[1].function.name")
    }
}
