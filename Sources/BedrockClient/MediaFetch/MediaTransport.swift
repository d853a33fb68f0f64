/// What the media fetcher sends its vetted requests through: ``HTTPClient`` in production, a
/// recording double in tests that prove a blocked address is never even attempted.
protocol MediaTransport: Sendable {
    func stream(_ request: HTTPRequest, timeout: HTTPTimeouts?) async throws -> HTTPStreamingResponse
}

extension HTTPClient: MediaTransport {}
