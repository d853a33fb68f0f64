extension ChatToAnthropic {
    /// `tools` (or the legacy `functions`) as Anthropic client tools:
    /// `{name, description?, input_schema}`. Anthropic requires `input_schema` to be an object
    /// schema, so a function without parameters gets `{"type": "object", "properties": {}}` and a
    /// schema without `type` gets `"type": "object"`. `strict` has no Anthropic counterpart on
    /// Bedrock and is dropped.
    static func tools(of request: ChatCompletionRequest, profile: ModelProfile) throws(TranslationError) -> [AnthropicTool]? {
        let param: String
        let definitions: [FunctionDefinition]
        if let tools = request.tools, !tools.isEmpty {
            (param, definitions) = ("tools", tools.map(\.function))
        } else if let functions = request.functions, !functions.isEmpty {
            (param, definitions) = ("functions", functions)
        } else {
            return nil
        }
        guard profile.capabilities.toolUse else {
            throw TranslationError(param: param, message: "This model does not support tool use.", code: "unsupported_parameter")
        }
        return definitions.map { function in
            AnthropicTool(
                name: function.name,
                description: function.description?.isEmpty == false ? function.description : nil,
                inputSchema: inputSchema(function.parameters))
        }
    }

    static func inputSchema(_ parameters: JSONValue?) -> JSONValue {
        guard case .object(var schema)? = parameters else { return ["type": "object", "properties": [:]] }
        if schema["type"] == nil { schema["type"] = "object" }
        return .object(schema)
    }

    /// `tool_choice` (or the legacy `function_call`) as Anthropic's: `auto` → `auto`,
    /// `required` → `any`, a named function → `tool`, `none` → `none` (Anthropic has it, so the
    /// tools stay visible to the model without being callable). `parallel_tool_calls: false`
    /// becomes `disable_parallel_tool_use: true` (with `auto` when no choice was given). Without
    /// tools there is nothing to choose and no `tool_choice` is sent.
    static func toolChoice(of request: ChatCompletionRequest, tools: [AnthropicTool]?) throws(TranslationError) -> AnthropicToolChoice? {
        guard let tools, !tools.isEmpty else { return nil }
        let sequential: Bool? = request.parallelToolCalls == false ? true : nil
        let param: String
        let choice: ToolChoice?
        if let toolChoice = request.toolChoice {
            (param, choice) = ("tool_choice", toolChoice)
        } else {
            param = "function_call"
            switch request.functionCall {
            case nil: choice = nil
            case .none?: choice = ToolChoice.none
            case .auto?: choice = .auto
            case .function(let name)?: choice = .function(name: name)
            }
        }
        switch choice {
        case nil:
            return sequential == true ? AnthropicToolChoice(type: .auto, disableParallelToolUse: true) : nil
        case .none?:
            return AnthropicToolChoice(type: .none)
        case .auto?:
            return AnthropicToolChoice(type: .auto, disableParallelToolUse: sequential)
        case .required?:
            return AnthropicToolChoice(type: .any, disableParallelToolUse: sequential)
        case .function(let name)?:
            guard tools.contains(where: { $0.name == name }) else {
                throw TranslationError(param: param, message: "The chosen function '\(name)' is not among the tools.")
            }
            return .tool(named: name, disableParallelToolUse: sequential)
        }
    }
}
