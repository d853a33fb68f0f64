/// Cancels an exchange when the last reference to its owner goes away, so a response body that
/// nobody reads (or stops reading) does not keep a connection busy.
final class ExchangeLifetime: Sendable {
    private let exchange: TransferExchange

    init(exchange: TransferExchange) {
        self.exchange = exchange
    }

    deinit {
        exchange.abandon()
    }
}
