import NIOCore

/// Watches one HTTP connection for its client going away and fires its ``ClientDisconnect``.
///
/// Hummingbird allows TCP half-closure, so a client closing its socket shows up as an
/// `inputClosed` event while the channel stays open until a write fails. HTTP/1.1 clients do not
/// half-close while awaiting a response, so end-of-input is treated as the client having left
/// (as nginx and Envoy do), as is the channel going inactive (reset).
final class ClientDisconnectHandler: ChannelInboundHandler, RemovableChannelHandler {
    /// Passes everything through untouched.
    typealias InboundIn = NIOAny

    let disconnect = ClientDisconnect()

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let event = event as? ChannelEvent, event == .inputClosed {
            disconnect.fire()
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        disconnect.fire()
        context.fireChannelInactive()
    }

    /// The disconnect signal of the connection `channel` belongs to, if the handler is installed.
    static func disconnect(of channel: any Channel) async -> ClientDisconnect? {
        do {
            return try await channel.eventLoop.submit {
                try channel.pipeline.syncOperations.handler(type: ClientDisconnectHandler.self).disconnect
            }.get()
        } catch {
            return nil  // the channel is already gone, or a pipeline without the handler
        }
    }
}
