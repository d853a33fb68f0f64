import Foundation
import GatewayCore
import HTTPTypes
import Hummingbird
import NIOCore

/// Turns Hummingbird requests into `GatewayRequest`s and `GatewayResponse`s back into
/// Hummingbird responses.
struct GatewayResponder: HTTPResponder {
    typealias Context = GatewayRequestContext

    static let requestIDField = HTTPField.Name("x-request-id")!

    /// Framing and connection management belong to the server, not the handler.
    private static let serverOwnedFields: Set<HTTPField.Name> = [
        .contentLength, .transferEncoding, .connection, requestIDField,
    ]

    let handler: any GatewayHandling
    let maxRequestBodyBytes: Int

    func respond(to request: Request, context: Context) async throws -> Response {
        let requestID = RequestIdentifier.assign(incoming: request.headers[Self.requestIDField])
        let declaredLength = request.headers[.contentLength].flatMap { Int($0) }
        let body: Data
        switch try await RequestBodyCollector.collect(
            request.body, declaredLength: declaredLength, limit: maxRequestBodyBytes)
        {
        case .complete(let data):
            body = data
        case .tooLarge:
            context.logger.info(
                "Request body too large", metadata: ["request_id": "\(requestID)", "limit": "\(maxRequestBodyBytes)"])
            return OversizedRequestResponse.make(limit: maxRequestBodyBytes, requestID: requestID, channel: context.channel)
        }

        let gatewayRequest = GatewayRequest(
            method: request.method.rawValue,
            path: request.uri.path,
            query: QueryParameters.decode(request.uri.query),
            headers: request.headers.map { (name: $0.name.rawName, value: $0.value) },
            body: body,
            requestID: requestID)
        let disconnect = await ClientDisconnectHandler.disconnect(of: context.channel)
        let response = await handle(gatewayRequest, cancelledBy: disconnect)
        return convert(response, requestID: requestID, disconnect: disconnect)
    }

    /// Runs the handler in a task of its own so that a client leaving while it works (e.g. on a
    /// long non-streamed completion) cancels it, and with it the Bedrock call.
    private func handle(_ request: GatewayRequest, cancelledBy disconnect: ClientDisconnect?) async -> GatewayResponse {
        let handler = self.handler
        let task = Task { await handler.handle(request) }
        let registration = disconnect?.onDisconnect { task.cancel() }
        defer { if let registration { disconnect?.cancel(registration) } }
        return await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
    }

    private func convert(_ response: GatewayResponse, requestID: String, disconnect: ClientDisconnect?) -> Response {
        var headers = HTTPFields()
        for (name, value) in response.headers {
            guard let field = HTTPField.Name(name), !Self.serverOwnedFields.contains(field) else { continue }
            headers.append(HTTPField(name: field, value: value))
        }
        headers[Self.requestIDField] = requestID
        let status = HTTPResponse.Status(code: response.status)
        switch response.body {
        case .bytes(let data):
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        case .stream(let chunks):
            return Response(
                status: status, headers: headers,
                body: ResponseBody { writer in
                    try await StreamedResponseBody.write(chunks, to: &writer, disconnect: disconnect)
                    try await writer.finish(nil)
                })
        }
    }
}
