import Foundation
import GatewayCore
import HTTPTypes
import Hummingbird
import NIOCore

/// The 413 answer to a request body over the limit, in OpenAI's error envelope.
///
/// The answer goes out as soon as the limit is known to be exceeded; the rest of the body is
/// never buffered. The response says `connection: close`, and the connection is closed at the
/// latest ``lingerTime`` after the answer was written. Meanwhile whatever the client is still
/// sending is read and thrown away: closing a socket with unread input makes the kernel send a
/// reset, which often destroys the 413 before a client that is still uploading has read it
/// (libcurl then reports "Send failure: Broken pipe" instead of the status). Clients that see the
/// answer stop sending and close the connection themselves, well within the linger time.
enum OversizedRequestResponse {
    /// How long a client still uploading gets to read the answer and hang up.
    static let lingerTime = TimeAmount.seconds(2)

    static func make(limit: Int, requestID: String, channel: any Channel) -> Response {
        let envelope = OpenAIErrorResponse(error: .invalidRequest(
            "Request body too large (limit \(limit) bytes)", param: nil, code: "request_too_large"))
        // Encoding a struct of strings cannot fail; the fallback keeps the function total anyway.
        let body = (try? JSONEncoder().encode(envelope)) ?? Data(#"{"error":{"message":"Request body too large","type":"invalid_request_error","param":null,"code":"request_too_large"}}"#.utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[.connection] = "close"
        headers[GatewayResponder.requestIDField] = requestID
        return Response(
            status: .contentTooLarge, headers: headers,
            body: ResponseBody(contentLength: body.count) { writer in
                try await writer.write(ByteBuffer(bytes: body))
                try await writer.finish(nil)
                channel.eventLoop.scheduleTask(in: lingerTime) { channel.close(promise: nil) }
            })
    }
}
