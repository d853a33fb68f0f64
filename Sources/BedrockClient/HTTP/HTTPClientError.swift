/// Why an HTTP exchange failed, with libcurl's own explanation.
///
/// HTTP error statuses are not errors here; this covers transport failures only. Every error
/// thrown by ``HTTPClient`` is an `HTTPClientError`.
/// ```swift
/// do { _ = try await client.execute(request) }
/// catch let error as HTTPClientError where error.code == .connectionClosed && !error.requestBodySent {
///     // safe to retry once
/// }
/// ```
public struct HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of failure.
    public enum Code: String, Sendable, Hashable {
        /// The connection (DNS, TCP, proxy, TLS handshake) was not established in time.
        case connectTimeout
        /// No bytes moved for the idle-read timeout while the transfer was not paused by us.
        case readTimeout
        /// The whole exchange exceeded the total timeout.
        case totalTimeout
        /// The host, or the proxy, could not be resolved or reached.
        case connectionFailed
        /// The connection was reset or closed by the peer before the response was complete.
        case connectionClosed
        /// TLS negotiation or certificate verification failed.
        case tlsFailure
        /// The peer violated HTTP (malformed response, HTTP/2 stream error, …).
        case protocolError
        /// The request itself is unusable (bad URL, scheme, method or header).
        case invalidRequest
        /// The streamed request body threw an error; the exchange was aborted.
        case requestBodyFailed
        /// The calling task was cancelled, or the response body's consumer stopped reading.
        case cancelled
        /// The client was shut down.
        case shutdown
        /// Any other libcurl failure.
        case transferFailed
    }

    public var code: Code
    /// libcurl's error text for this transfer (its error buffer, else `curl_easy_strerror`), or
    /// the client's own explanation for failures it detects itself.
    public var message: String
    /// The `CURLcode` behind the failure, when libcurl reported one.
    public var curlCode: Int?
    /// `false` when it is certain that no byte of the request body reached the connection, e.g.
    /// the failure happened while connecting. Conservative: `true` once any body byte was handed
    /// to libcurl, even if it may still have been sitting in a socket buffer.
    public var requestBodySent: Bool
    /// `true` when the exchange ran on a connection kept from an earlier request and failed before
    /// any byte of a response arrived: typically a connection that died while the process was
    /// frozen, so the request most likely never reached the server. (libcurl resends such a
    /// request on a fresh connection by itself when it can; this marks the failures it reports.)
    public var failedOnReusedConnection: Bool

    public init(
        _ code: Code, message: String, curlCode: Int? = nil, requestBodySent: Bool = false,
        failedOnReusedConnection: Bool = false
    ) {
        self.code = code
        self.message = message
        self.curlCode = curlCode
        self.requestBodySent = requestBodySent
        self.failedOnReusedConnection = failedOnReusedConnection
    }

    public var description: String {
        var text = "HTTPClientError.\(code.rawValue): \(message)"
        if let curlCode { text += " (CURLcode \(curlCode))" }
        return text
    }

    static func cancelled(requestBodySent: Bool = false) -> HTTPClientError {
        HTTPClientError(.cancelled, message: "The HTTP request was cancelled", requestBodySent: requestBodySent)
    }

    static let shutdown = HTTPClientError(.shutdown, message: "The HTTP client has been shut down")
}
