/// A response whose head has arrived and whose body is still streaming in.
///
/// ```swift
/// let response = try await client.stream(request)
/// guard response.status == 200 else { throw MyError.status(response.status) }
/// for try await chunk in response.body { decoder.feed(chunk) }
/// ```
public struct HTTPStreamingResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    /// The body, readable once. Dropping it unread cancels the transfer.
    public var body: HTTPResponseBody
}
