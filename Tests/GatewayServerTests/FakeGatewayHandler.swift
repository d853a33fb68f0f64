import GatewayCore
import Synchronization

/// A `GatewayHandling` double: answers with a closure and records every request it was handed.
final class FakeGatewayHandler: GatewayHandling {
    typealias Respond = @Sendable (GatewayRequest) async -> GatewayResponse

    private let respond: Respond
    private let received = Mutex<[GatewayRequest]>([])

    init(_ respond: @escaping Respond) {
        self.respond = respond
    }

    var requests: [GatewayRequest] { received.withLock { $0 } }

    func handle(_ request: GatewayRequest) async -> GatewayResponse {
        received.withLock { $0.append(request) }
        return await respond(request)
    }
}
