import Hummingbird
import NIOCore

/// Hummingbird's per-request context, plus the connection the request arrived on (to watch for
/// the client going away during a streamed response).
struct GatewayRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
    }
}
