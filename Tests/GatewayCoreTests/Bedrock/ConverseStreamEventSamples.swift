/// One minimal valid payload per ConverseStream event type.
enum ConverseStreamEventSamples {
    static let payloads: [String: String] = [
        "messageStart": #"{"role":"assistant"}"#,
        "contentBlockStart": #"{"contentBlockIndex":0,"start":{"toolUse":{"toolUseId":"t","name":"f"}}}"#,
        "contentBlockDelta": #"{"contentBlockIndex":0,"delta":{"text":"x"}}"#,
        "contentBlockStop": #"{"contentBlockIndex":0}"#,
        "messageStop": #"{"stopReason":"end_turn"}"#,
        "metadata": #"{"usage":{"inputTokens":1,"outputTokens":1,"totalTokens":2},"metrics":{"latencyMs":1}}"#,
        "internalServerException": #"{"message":"m"}"#,
        "modelStreamErrorException": #"{"message":"m","originalStatusCode":500,"originalMessage":"o"}"#,
        "validationException": #"{"message":"m"}"#,
        "throttlingException": #"{"message":"m"}"#,
        "serviceUnavailableException": #"{"message":"m"}"#,
    ]
}
