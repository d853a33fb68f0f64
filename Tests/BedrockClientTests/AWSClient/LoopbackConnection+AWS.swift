import Foundation

@testable import BedrockClient

/// How a scripted AWS error names its type: the three forms the protocols use.
enum AWSErrorForm: Sendable, CustomStringConvertible {
    /// rest-json: `x-amzn-ErrorType: <Type>:<namespace URL>` header, `{"message": …}` body.
    case header
    /// `{"__type": "<namespace>#<Type>", "Message": …}` (awsJson1_1 and older rest-json services).
    case bodyType
    /// `{"code": "<Type>", "message": …}`.
    case bodyCode

    var description: String {
        switch self {
        case .header: "x-amzn-ErrorType header"
        case .bodyType: "__type member"
        case .bodyCode: "code member"
        }
    }
}

extension LoopbackConnection {
    static let requestID = "3c8e5d7a-0000-4000-8000-000000000001"

    /// A 2xx JSON answer with a request id.
    func respondJSON(_ json: String, status: Int = 200, headers: [(String, String)] = []) {
        respond(
            status: status,
            headers: [("Content-Type", "application/json"), ("x-amzn-RequestId", Self.requestID)] + headers,
            body: Array(json.utf8))
    }

    /// An AWS error response of `type` in the given form.
    func respondAWSError(
        status: Int, type: String, message: String, form: AWSErrorForm = .header, headers: [(String, String)] = []
    ) {
        let escaped = message.replacingOccurrences(of: "\"", with: "\\\"")
        var fields: [(String, String)] = [("Content-Type", "application/json"), ("x-amzn-RequestId", Self.requestID)]
        let body: String
        switch form {
        case .header:
            fields.append(("x-amzn-ErrorType", "\(type):http://internal.amazon.com/coral/com.amazon.bedrock/"))
            body = #"{"message":"\#(escaped)"}"#
        case .bodyType:
            body = #"{"__type":"com.amazonaws.service#\#(type)","Message":"\#(escaped)"}"#
        case .bodyCode:
            body = #"{"code":"\#(type)","message":"\#(escaped)"}"#
        }
        respond(status: status, headers: fields + headers, body: Array(body.utf8))
    }

    /// The head of a 200 event-stream answer; the body follows as chunks.
    func writeEventStreamHead() {
        writeHead(
            status: 200,
            headers: [
                ("Content-Type", "application/vnd.amazon.eventstream"), ("Transfer-Encoding", "chunked"),
                ("x-amzn-RequestId", Self.requestID),
            ])
    }

    /// Sends `bytes` as HTTP chunks whose sizes cycle through `sizes` (odd sizes split frames,
    /// headers and checksums anywhere).
    func writeChunked(_ bytes: [UInt8], sizes: [Int] = [1, 7, 3, 64, 13, 2]) {
        var offset = 0
        var index = 0
        while offset < bytes.count {
            let size = min(max(sizes[index % sizes.count], 1), bytes.count - offset)
            writeChunk(Array(bytes[offset..<(offset + size)]))
            offset += size
            index += 1
        }
    }

    /// The last chunk of a chunked body.
    func endChunkedBody() {
        writeChunk([])
    }
}

/// Event-stream frames as Bedrock sends them.
enum BedrockFrames {
    static func event(_ type: String, _ json: String) -> [UInt8] {
        encode(.event(type: type, payload: Data(json.utf8)))
    }

    static func exception(_ type: String, _ json: String) -> [UInt8] {
        encode(.exception(type: type, payload: Data(json.utf8)))
    }

    static func error(code: String, message: String) -> [UInt8] {
        encode(.error(code: code, message: message))
    }

    static func encode(_ message: EventStreamMessage) -> [UInt8] {
        do {
            return try EventStreamEncoder().encode(message)
        } catch {
            preconditionFailure("test frame cannot be encoded: \(error)")
        }
    }

    static let messageStart = event("messageStart", #"{"role":"assistant","p":"abcdefgh"}"#)
    static func textDelta(_ text: String, index: Int = 0) -> [UInt8] {
        event("contentBlockDelta", #"{"contentBlockIndex":\#(index),"delta":{"text":"\#(text)"},"p":"abcd"}"#)
    }
    static let blockStop = event("contentBlockStop", #"{"contentBlockIndex":0}"#)
    static let messageStop = event("messageStop", #"{"stopReason":"end_turn"}"#)
    static let metadata = event(
        "metadata", #"{"usage":{"inputTokens":12,"outputTokens":3,"totalTokens":15},"metrics":{"latencyMs":210}}"#)
}
