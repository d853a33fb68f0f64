import Foundation
import GatewayCore
import HTTPTypes
import Hummingbird
import NIOCore

/// The 413 answer to a request body over the limit, in OpenAI's error envelope.
///
/// The rest of the body is never read: the response says `connection: close` and the connection
/// is closed right after it is written, instead of Hummingbird draining the body to keep the
/// connection alive.
enum OversizedRequestResponse {
    /// Ends the exchange after the 413 is written, so the server closes the connection.
    struct CloseConnection: Error {}

    static func make(limit: Int, requestID: String) -> Response {
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
                throw CloseConnection()
            })
    }
}
