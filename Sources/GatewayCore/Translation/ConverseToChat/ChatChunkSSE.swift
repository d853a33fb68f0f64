import Foundation

/// Server-sent-event framing of a streamed chat answer, as OpenAI sends it: every event is one
/// `data:` line with compact JSON and a blank line, the stream ends with `data: [DONE]`, and a
/// failure after the stream has started is an event whose data is `{"error": {...}}` (what
/// OpenAI's client libraries look for in every event before decoding a chunk; no `event:` line).
///
/// JSON members are written in sorted order (snake_case keys from the OpenAIModels types),
/// without spaces and without escaping `/`, so the bytes are stable for a given chunk.
///
/// ```swift
/// try body.write(ChatChunkSSE.event(chunk))
/// try body.write(ChatChunkSSE.errorEvent(streamError))   // then close, no [DONE]
/// body.write(ChatChunkSSE.done)
/// ```
public enum ChatChunkSSE {
    /// The last event of a successful stream.
    public static let done = "data: [DONE]\n\n"

    /// `data: {chunk}\n\n`.
    public static func event(_ chunk: ChatCompletionChunk) throws -> String {
        try dataEvent(chunk)
    }

    /// `data: {"error":{"code":…,"message":…,"param":…,"type":…}}\n\n`.
    public static func errorEvent(_ error: OpenAIError) throws -> String {
        try dataEvent(OpenAIErrorResponse(error: error))
    }

    /// The error event for a failed stream translation.
    public static func errorEvent(_ error: StreamTranslationError) throws -> String {
        try errorEvent(error.error)
    }

    /// A whole successful stream: every chunk's event, then `[DONE]`.
    public static func stream(_ chunks: [ChatCompletionChunk]) throws -> String {
        try chunks.map(event).joined() + done
    }

    private static func dataEvent(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Compact JSON never contains a raw line break (those inside strings are escaped), so
        // one `data:` line always holds the whole event.
        return "data: " + String(decoding: try encoder.encode(value), as: UTF8.self) + "\n\n"
    }
}
