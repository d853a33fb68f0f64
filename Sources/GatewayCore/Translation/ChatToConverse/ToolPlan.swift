/// What a chat request asks of tools — the functions offered, the tool choice, parallel calls —
/// checked against the model, and how tool history must therefore be sent.
///
/// Built before the messages are translated (the history mode decides how tool calls in the
/// history are rendered); the final `toolConfig` is produced once reasoning is known, because
/// Claude thinking forbids a forced tool choice.
///
/// ```swift
/// let plan = try ToolPlan(request: request, model: model, streaming: false)
/// let (toolConfig, fields) = plan.configuration(thinking: false, capabilities: model.profile.capabilities)
/// ```
struct ToolPlan: Sendable {
    /// How tool calls and results in the history are sent.
    enum HistoryMode: Sendable, Hashable {
        /// As `toolUse` / `toolResult` blocks, next to a `toolConfig`.
        case structured
        /// As text, because no `toolConfig` is sent (Bedrock rejects tool blocks without one).
        case text
    }

    /// The tool choice as requested (`tool_choice`, or the legacy `function_call`); `nil` when absent.
    var choice: ToolChoice?
    /// The tools to offer; empty when none are offered.
    var specs: [ConverseToolSpecification]
    var historyMode: HistoryMode
    /// `parallel_tool_calls: false`.
    var parallelToolCallsDisabled: Bool

    init(request: ChatCompletionRequest, model: ResolvedModel, streaming: Bool) throws(TranslationError) {
        let capabilities = model.profile.capabilities
        let definitions: [FunctionDefinition]
        let listParam: String
        let paramOf: (Int) -> String
        if let tools = request.tools, !tools.isEmpty {
            definitions = tools.map(\.function)
            listParam = "tools"
            paramOf = { "tools[\($0)].function" }
        } else {
            definitions = request.functions ?? []
            listParam = "functions"
            paramOf = { "functions[\($0)]" }
        }

        let choiceParam: String
        if let toolChoice = request.toolChoice {
            choice = toolChoice
            choiceParam = "tool_choice"
        } else {
            switch request.functionCall {
            case .none?: choice = ToolChoice.none
            case .auto?: choice = .auto
            case .function(let name)?: choice = .function(name: name)
            case nil: choice = nil
            }
            choiceParam = "function_call"
        }
        parallelToolCallsDisabled = request.parallelToolCalls == false

        var specs: [ConverseToolSpecification] = []
        var names: Set<String> = []
        for (index, definition) in definitions.enumerated() {
            let param = paramOf(index)
            guard Self.isValidToolName(definition.name) else {
                throw TranslationError(
                    param: "\(param).name",
                    message: "Function names must be 1 to 64 characters of a-z, A-Z, 0-9, underscores and dashes.",
                    code: "invalid_value")
            }
            guard names.insert(definition.name).inserted else {
                throw TranslationError(
                    param: "\(param).name", message: "Function name '\(definition.name)' is used twice.",
                    code: "invalid_value")
            }
            let schema = definition.parameters ?? ["type": "object", "properties": [:]]
            guard case .object = schema else {
                throw TranslationError(
                    param: "\(param).parameters", message: "Function parameters must be a JSON Schema object.",
                    code: "invalid_value")
            }
            let description = definition.description.flatMap { $0.isEmpty ? nil : $0 }
            let strict = capabilities.structuredOutput && definition.strict == true ? true : nil
            specs.append(ConverseToolSpecification(
                name: definition.name, description: description, inputSchema: .json(schema), strict: strict))
        }

        if choice == ToolChoice.none {
            self.specs = []
            historyMode = .text
            return
        }
        if specs.isEmpty {
            switch choice {
            case .required?:
                throw TranslationError(
                    param: choiceParam, message: "'\(choiceParam)' requires tools, but the request offers none.",
                    code: "invalid_value")
            case .function(let name)?:
                throw Self.unknownFunction(name, param: choiceParam)
            default:
                break
            }
            self.specs = []
            historyMode = .text
            return
        }
        guard capabilities.toolUse else {
            throw TranslationError(
                param: listParam, message: "The model '\(model.requestedID)' does not support tool use.",
                code: "unsupported_parameter")
        }
        if streaming, !capabilities.streamingToolUse {
            throw TranslationError(
                param: listParam,
                message: "The model '\(model.requestedID)' does not support tool use while streaming; send the request with stream=false.",
                code: "unsupported_parameter")
        }
        if case .function(let name)? = choice, !names.contains(name) {
            throw Self.unknownFunction(name, param: choiceParam)
        }
        self.specs = specs
        historyMode = .structured
    }

    /// The `toolConfig` to send (`nil` when no tools are offered), and the
    /// `additionalModelRequestFields` members that tool settings add.
    ///
    /// `thinking`: Claude extended thinking is on, which allows only an automatic tool choice.
    func configuration(
        thinking: Bool, capabilities: ModelCapabilities
    ) -> (config: ConverseToolConfiguration?, additionalFields: [String: JSONValue]) {
        guard historyMode == .structured, !specs.isEmpty else { return (nil, [:]) }
        var offered = specs
        var toolChoice: ConverseToolChoice?
        switch choice {
        case nil:
            toolChoice = nil
        case .auto?, .none?:
            toolChoice = .auto
        case .required?:
            toolChoice = !thinking && capabilities.toolChoiceAny ? .any : .auto
        case .function(let name)?:
            if thinking {
                toolChoice = .auto
            } else if capabilities.toolChoiceTool {
                toolChoice = .tool(name: name)
            } else if capabilities.toolChoiceAny {
                // Offering only the named tool and requiring "any" tool forces exactly that one.
                offered = specs.filter { $0.name == name }
                toolChoice = .any
            } else {
                toolChoice = .auto
            }
        }
        if toolChoice == .auto, !capabilities.toolChoiceAny, !capabilities.toolChoiceTool {
            // Auto is the only (and default) behaviour there; some models reject the field.
            toolChoice = nil
        }
        var fields: [String: JSONValue] = [:]
        if parallelToolCallsDisabled, capabilities.disableParallelToolUse, toolChoice == nil || toolChoice == .auto {
            // Bedrock rejects the Anthropic tool_choice next to a forced toolConfig.toolChoice, and
            // needs its `type` when toolConfig.toolChoice is absent.
            toolChoice = nil
            fields["tool_choice"] = ["type": "auto", "disable_parallel_tool_use": true]
        }
        return (ConverseToolConfiguration(tools: offered.map { .toolSpec($0) }, toolChoice: toolChoice), fields)
    }

    /// Bedrock's `ToolName`: `[a-zA-Z0-9_-]+`, at most 64 characters.
    static func isValidToolName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.count <= 64
            && name.unicodeScalars.allSatisfy { scalar in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
                default: false
                }
            }
    }

    private static func unknownFunction(_ name: String, param: String) -> TranslationError {
        TranslationError(
            param: param, message: "'\(param)' names the function '\(name)', which is not among the offered tools.",
            code: "invalid_value")
    }
}
