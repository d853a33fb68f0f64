extension ConverseStreamTranslator {
    /// Runs a whole ConverseStream response through a translator and folds the chunks into one
    /// chat completion — for answering a non-streaming request from a Bedrock stream.
    ///
    /// Equal to ``ConverseToChat/completion(from:identity:toolCallStyle:)`` for the equivalent
    /// Converse response: usage is always collected, and streamed tool arguments are re-written
    /// as compact JSON with sorted keys (left as streamed if they are not valid JSON, e.g. cut
    /// off by `max_tokens`).
    ///
    /// ```swift
    /// let completion = try ConverseStreamTranslator.completion(from: events, identity: identity)
    /// ```
    ///
    /// - Throws: ``StreamTranslationError`` for an exception event or a stream without `messageStop`.
    public static func completion(
        from events: some Sequence<ConverseStreamEvent>, identity: ChatResponseIdentity,
        toolCallStyle: ChatToolCallStyle = .toolCalls
    ) throws(StreamTranslationError) -> ChatCompletion {
        var translator = ConverseStreamTranslator(identity: identity, includeUsage: true)
        var accumulator = ChatCompletionChunkAccumulator()
        for event in events {
            for chunk in try translator.consume(event) { accumulator.add(chunk) }
        }
        for chunk in try translator.finish() { accumulator.add(chunk) }
        guard var completion = accumulator.completion(toolCallStyle: toolCallStyle) else { throw .truncated }
        for position in completion.choices.indices {
            var message = completion.choices[position].message
            message.toolCalls = message.toolCalls?.map { call in
                var call = call
                call.function.arguments = ToolArgumentsJSON.canonicalized(call.function.arguments)
                return call
            }
            if let call = message.functionCall {
                message.functionCall?.arguments = ToolArgumentsJSON.canonicalized(call.arguments)
            }
            completion.choices[position].message = message
        }
        return completion
    }
}
