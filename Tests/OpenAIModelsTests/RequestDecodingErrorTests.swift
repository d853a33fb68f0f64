import Foundation
import Testing

@testable import OpenAIModels

/// Bad bodies are rejected with OpenAI's `param` path and wording, before Bedrock sees them.
@Suite struct RequestDecodingErrorTests {
    private func rejection(_ body: String) throws -> RequestDecodingError {
        try #require(WireJSON.rejection(ChatCompletionRequest.self, body))
    }

    private func withMessages(_ messages: String, _ rest: String = "") -> String {
        #"{"model":"m","messages":\#(messages)\#(rest)}"#
    }

    @Test func invalidJSONHasNoParamAndOpenAIsParseMessage() throws {
        for body in [#"{"model":"m","messages":["#, "", "model=m", "{\"model\": \"m\"", "\u{FEFF}\u{00}"] {
            let error = try rejection(body)
            #expect(error.param == nil)
            #expect(error.message.hasPrefix("We could not parse the JSON body of your request."))
            #expect(error.code == nil)
        }
    }

    @Test func bodyThatIsNotAnObjectIsATypeError() throws {
        let error = try rejection(#"[{"model":"m"}]"#)
        #expect(error.param == nil)
        #expect(error.message == "Invalid type for the request body: expected an object, but got an array instead.")
    }

    @Test func wrongTopLevelTypeNamesTheParameterAndBothTypes() throws {
        let error = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","temperature":"0.5""#))
        #expect(error.param == "temperature")
        #expect(error.message == "Invalid type for 'temperature': expected a number, but got a string instead.")
        #expect(error.code == "invalid_type")
    }

    @Test func decimalWhereAnIntegerIsExpectedNamesTheParameter() throws {
        let error = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","max_tokens":10.5"#))
        #expect(error.param == "max_tokens")
        #expect(error.message == "Invalid type for 'max_tokens': expected an integer, but got a decimal instead.")
        let string = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","n":"2""#))
        #expect(string.param == "n")
        #expect(string.message == "Invalid type for 'n': expected an integer, but got a string instead.")
    }

    @Test func wrongTypeNestedInMessagesNamesTheFullPath() throws {
        let error = try rejection(
            withMessages(#"[{"role":"system","content":"s"},{"role":"user","content":"a"},{"role":"user","content":42}]"#))
        #expect(error.param == "messages[2].content")
        #expect(
            error.message
                == "Invalid type for 'messages[2].content': expected one of a string or an array of objects, but got an integer instead."
        )

        let deeper = try rejection(
            withMessages(#"[{"role":"user","content":[{"type":"text","text":"a"},{"type":"image_url","image_url":{"url":5}}]}]"#))
        #expect(deeper.param == "messages[0].content[1].image_url.url")
        #expect(deeper.message == "Invalid type for 'messages[0].content[1].image_url.url': expected a string, but got an integer instead.")

        let arguments = try rejection(
            withMessages(
                #"[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":{"a":1}}}]}]"#))
        #expect(arguments.param == "messages[0].tool_calls[0].function.arguments")
        #expect(arguments.message.contains("expected a string, but got an object instead"))
    }

    @Test func messagesThatIsNotAnArrayIsATypeError() throws {
        let error = try rejection(withMessages(#"{"role":"user","content":"x"}"#))
        #expect(error.param == "messages")
        #expect(error.message == "Invalid type for 'messages': expected an array, but got an object instead.")
        let element = try rejection(withMessages(#"["hello"]"#))
        #expect(element.param == "messages[0]")
        #expect(element.message == "Invalid type for 'messages[0]': expected an object, but got a string instead.")
    }

    @Test func missingRoleIsAMissingRequiredParameter() throws {
        let error = try rejection(withMessages(#"[{"content":"x"}]"#))
        #expect(error.param == "messages[0].role")
        #expect(error.message == "Missing required parameter: 'messages[0].role'.")
        #expect(error.code == "missing_required_parameter")
    }

    @Test func missingModelAndMessagesAreNamed() throws {
        #expect(try rejection(#"{"messages":[{"role":"user","content":"x"}]}"#).param == "model")
        let error = try rejection(#"{"model":"m"}"#)
        #expect(error.param == "messages")
        #expect(error.message == "Missing required parameter: 'messages'.")
    }

    @Test func nullForARequiredParameterIsATypeError() throws {
        let error = try rejection(#"{"model":null,"messages":[{"role":"user","content":"x"}]}"#)
        #expect(error.param == "model")
        #expect(error.message == "Invalid type for 'model': expected a string, but got null instead.")
    }

    @Test func unknownRoleListsTheSupportedRoles() throws {
        let error = try rejection(withMessages(#"[{"role":"bot","content":"x"}]"#))
        #expect(error.param == "messages[0].role")
        #expect(
            error.message
                == "Invalid value: 'bot'. Supported values are: 'system', 'developer', 'user', 'assistant', 'tool', and 'function'."
        )
        #expect(error.code == "invalid_value")
    }

    @Test func roleSpecificRequirementsAreCheckedWithThePath() throws {
        let toolWithoutID = try rejection(
            withMessages(#"[{"role":"user","content":"x"},{"role":"tool","content":"42"}]"#))
        #expect(toolWithoutID.param == "messages[1].tool_call_id")
        #expect(toolWithoutID.message == "Missing required parameter: 'messages[1].tool_call_id'.")

        let toolWithoutContent = try rejection(withMessages(#"[{"role":"tool","tool_call_id":"c"}]"#))
        #expect(toolWithoutContent.param == "messages[0].content")

        let userWithNullContent = try rejection(withMessages(#"[{"role":"user","content":null}]"#))
        #expect(userWithNullContent.param == "messages[0].content")
        #expect(userWithNullContent.message == "Missing required parameter: 'messages[0].content'.")

        let systemWithoutContent = try rejection(withMessages(#"[{"role":"system"}]"#))
        #expect(systemWithoutContent.param == "messages[0].content")

        let assistantWithNothing = try rejection(withMessages(#"[{"role":"assistant","content":null}]"#))
        #expect(assistantWithNothing.param == "messages[0].content")

        let functionWithoutName = try rejection(withMessages(#"[{"role":"function","content":"x"}]"#))
        #expect(functionWithoutName.param == "messages[0].name")
    }

    @Test func partTypesARoleDoesNotAcceptAreRejected() throws {
        let imageInSystem = try rejection(
            withMessages(#"[{"role":"system","content":[{"type":"image_url","image_url":{"url":"https://x/y.png"}}]}]"#))
        #expect(imageInSystem.param == "messages[0].content[0].type")
        #expect(imageInSystem.message == "Invalid value: 'image_url'. Supported value is: 'text'.")

        let refusalFromUser = try rejection(
            withMessages(#"[{"role":"user","content":[{"type":"text","text":"a"},{"type":"refusal","refusal":"no"}]}]"#))
        #expect(refusalFromUser.param == "messages[0].content[1].type")
        #expect(
            refusalFromUser.message
                == "Invalid value: 'refusal'. Supported values are: 'text', 'image_url', 'input_audio', and 'file'.")
    }

    @Test func unknownContentPartTypeIsNamed() throws {
        let error = try rejection(withMessages(#"[{"role":"user","content":[{"type":"video","video":{}}]}]"#))
        #expect(error.param == "messages[0].content[0].type")
        #expect(
            error.message
                == "Invalid value: 'video'. Supported values are: 'text', 'image_url', 'input_audio', 'file', and 'refusal'.")
        let missingType = try rejection(withMessages(#"[{"role":"user","content":[{"text":"x"}]}]"#))
        #expect(missingType.param == "messages[0].content[0].type")
        #expect(missingType.code == "missing_required_parameter")
    }

    @Test func badToolChoiceIsNamed() throws {
        let unknown = try rejection(
            withMessages(#"[{"role":"user","content":"x"}]"#, #","tool_choice":"sometimes""#))
        #expect(unknown.param == "tool_choice")
        #expect(unknown.message == "Invalid value: 'sometimes'. Supported values are: 'none', 'auto', and 'required'.")

        let number = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","tool_choice":1"#))
        #expect(number.param == "tool_choice")
        #expect(number.message == "Invalid type for 'tool_choice': expected one of a string or an object, but got an integer instead.")

        let noName = try rejection(
            withMessages(#"[{"role":"user","content":"x"}]"#, #","tool_choice":{"type":"function","function":{}}"#))
        #expect(noName.param == "tool_choice.function.name")

        let wrongType = try rejection(
            withMessages(#"[{"role":"user","content":"x"}]"#, #","tool_choice":{"type":"custom","custom":{"name":"x"}}"#))
        #expect(wrongType.param == "tool_choice.type")
    }

    @Test func unknownReasoningEffortIsNamed() throws {
        let error = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","reasoning_effort":"extreme""#))
        #expect(error.param == "reasoning_effort")
        #expect(
            error.message
                == "Invalid value: 'extreme'. Supported values are: 'none', 'minimal', 'low', 'medium', 'high', and 'xhigh'.")
        #expect(error.code == "invalid_value")
    }

    @Test func badToolsAndResponseFormatAreNamed() throws {
        let toolType = try rejection(
            withMessages(#"[{"role":"user","content":"x"}]"#, #","tools":[{"type":"custom","custom":{"name":"x"}}]"#))
        #expect(toolType.param == "tools[0].type")
        let format = try rejection(
            withMessages(#"[{"role":"user","content":"x"}]"#, #","response_format":{"type":"yaml"}"#))
        #expect(format.param == "response_format.type")
        let schemaMissing = try rejection(
            withMessages(#"[{"role":"user","content":"x"}]"#, #","response_format":{"type":"json_schema"}"#))
        #expect(schemaMissing.param == "response_format.json_schema")
        #expect(schemaMissing.message == "Missing required parameter: 'response_format.json_schema'.")
    }

    @Test func stopOfTheWrongShapeIsNamed() throws {
        let number = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","stop":5"#))
        #expect(number.param == "stop")
        #expect(number.message == "Invalid type for 'stop': expected one of a string or an array of strings, but got an integer instead.")
        let element = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","stop":["a",1]"#))
        #expect(element.param == "stop[1]")
    }

    @Test func decimalInsideAnIntegerMapIsStillATypeError() throws {
        // Foundation reports this one without a coding path, so no param can be named.
        let error = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","logit_bias":{"1":1.5}"#))
        #expect(error.param == nil)
        #expect(error.code == "invalid_type")
        #expect(error.message.contains("expected an integer"))
    }

    @Test func numericObjectKeysAreRenderedAsMembers() throws {
        let error = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, #","logit_bias":{"50256":"x"}"#))
        #expect(error.param == "logit_bias.50256")
    }

    @Test func emptyMessagesIsRejected() throws {
        let error = try rejection(withMessages("[]"))
        #expect(error.param == "messages")
        #expect(
            error.message
                == "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.")
        #expect(error.code == "empty_array")
    }

    @Test func emptyContentPartArrayIsRejected() throws {
        let error = try rejection(withMessages(#"[{"role":"system","content":"s"},{"role":"user","content":[]}]"#))
        #expect(error.param == "messages[1].content")
        #expect(error.code == "empty_array")
    }

    @Test func outOfRangeValuesAreRejectedNamingTheParameter() throws {
        let cases: [(String, String, String)] = [
            (#""temperature":2.5"#, "temperature", "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 2.5 instead."),
            (#""temperature":-1"#, "temperature", "Invalid 'temperature': decimal below minimum value. Expected a value >= 0, but got -1 instead."),
            (#""top_p":1.5"#, "top_p", "Invalid 'top_p': decimal above maximum value. Expected a value <= 1, but got 1.5 instead."),
            (#""n":0"#, "n", "Invalid 'n': integer below minimum value. Expected a value >= 1, but got 0 instead."),
            (#""presence_penalty":3"#, "presence_penalty", "Invalid 'presence_penalty': decimal above maximum value. Expected a value <= 2, but got 3 instead."),
            (#""max_tokens":0"#, "max_tokens", "Invalid 'max_tokens': integer below minimum value. Expected a value >= 1, but got 0 instead."),
            (#""top_logprobs":21"#, "top_logprobs", "Invalid 'top_logprobs': integer above maximum value. Expected a value <= 20, but got 21 instead."),
        ]
        for (member, param, message) in cases {
            let error = try rejection(withMessages(#"[{"role":"user","content":"x"}]"#, "," + member))
            #expect(error.param == param)
            #expect(error.message == message)
        }
    }

    @Test func boundaryValuesAreAccepted() throws {
        let request = try WireJSON.request(
            ChatCompletionRequest.self,
            withMessages(#"[{"role":"user","content":"x"}]"#, #","temperature":2,"top_p":0,"n":1"#))
        #expect(request.temperature == 2)
        #expect(request.topP == 0)
    }

    @Test func functionNamesBedrockWouldRejectAreNamed() throws {
        let error = try rejection(
            withMessages(#"[{"role":"user","content":"x"}]"#, #","tools":[{"type":"function","function":{"name":"get weather"}}]"#))
        #expect(error.param == "tools[0].function.name")
        #expect(error.message.contains("'^[a-zA-Z0-9_-]+$'"))
        let long = String(repeating: "a", count: 65)
        let tooLong = try rejection(
            withMessages(#"[{"role":"user","content":"x"}]"#, #","functions":[{"name":"\#(long)"}]"#))
        #expect(tooLong.param == "functions[0].name")
    }

    @Test func errorConvertsToTheOpenAIErrorEnvelope() throws {
        let error = try rejection(withMessages(#"[{"content":"x"}]"#))
        let envelope = try WireJSON.encode(OpenAIErrorResponse(error: error.openAIError))
        #expect(
            envelope
                == [
                    "error": [
                        "message": "Missing required parameter: 'messages[0].role'.",
                        "type": "invalid_request_error",
                        "param": "messages[0].role",
                        "code": "missing_required_parameter",
                    ]
                ])
    }
}
