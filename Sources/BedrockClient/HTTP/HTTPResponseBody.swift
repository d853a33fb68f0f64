import Foundation

/// A streamed response body: byte chunks in arrival order, read once.
///
/// Reading drives the transfer: while the consumer is behind, at most
/// ``HTTPClient/Configuration/responseBodyBufferLimit`` bytes wait in memory and libcurl is paused.
/// ```swift
/// for try await chunk in response.body { try parser.append(chunk) }
/// let data = try await otherResponse.body.collect(upTo: 10 << 20)
/// ```
public struct HTTPResponseBody: AsyncSequence, Sendable {
    public typealias Element = [UInt8]

    let exchange: TransferExchange
    /// Cancels the transfer once neither the body nor any iterator of it is alive.
    private let lifetime: ExchangeLifetime

    init(exchange: TransferExchange) {
        self.exchange = exchange
        self.lifetime = ExchangeLifetime(exchange: exchange)
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(exchange: exchange, bodyLifetime: lifetime)
    }

    /// Reads the rest of the body into memory, failing with ``HTTPClientError/Code/transferFailed``
    /// (and cancelling the transfer) once it would exceed `maxBytes`.
    public func collect(upTo maxBytes: Int) async throws -> Data {
        var data = Data()
        for try await chunk in self {
            guard data.count + chunk.count <= maxBytes else {
                exchange.abort(
                    HTTPClientError(.transferFailed, message: "The response body exceeds \(maxBytes) bytes"))
                throw HTTPClientError(.transferFailed, message: "The response body exceeds \(maxBytes) bytes")
            }
            data.append(contentsOf: chunk)
        }
        return data
    }

    /// Buffering counters, for tests and diagnostics.
    var bufferStatistics: TransferExchange.BufferStatistics {
        exchange.statistics
    }

    /// Yields the body's chunks; dropping it before the end (e.g. `break`) cancels the transfer.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private let exchange: TransferExchange
        private let bodyLifetime: ExchangeLifetime
        private let iteratorLifetime: ExchangeLifetime

        init(exchange: TransferExchange, bodyLifetime: ExchangeLifetime) {
            self.exchange = exchange
            self.bodyLifetime = bodyLifetime
            self.iteratorLifetime = ExchangeLifetime(exchange: exchange)
        }

        public mutating func next() async throws -> [UInt8]? {
            try await exchange.nextChunk()
        }
    }
}
