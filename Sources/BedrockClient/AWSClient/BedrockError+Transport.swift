import GatewayCore

extension BedrockError {
    /// The error for a failed HTTP exchange: any timeout is `.timeout`, a connection that could
    /// not be made or broke is `.network`.
    ///
    /// ```swift
    /// catch let error as HTTPClientError { throw BedrockError(transport: error, operation: "Converse") }
    /// ```
    init(transport error: HTTPClientError, operation: String) {
        let kind: Kind
        switch error.code {
        case .connectTimeout, .readTimeout, .totalTimeout: kind = .timeout
        case .connectionFailed, .connectionClosed, .tlsFailure, .protocolError, .transferFailed, .shutdown:
            kind = .network
        case .invalidRequest, .requestBodyFailed, .cancelled: kind = .unknown
        }
        self.init(kind: kind, message: "\(operation): \(error.message) (\(error.code.rawValue))")
    }
}
