import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A minimal HTTP/1.1 server for tests, bound to 127.0.0.1 on an ephemeral port.
///
/// Blocking sockets, one thread per connection, keep-alive, `Content-Length` and chunked request
/// bodies. Each request is handed to the test's handler together with its connection, so a test
/// scripts the exact bytes and timing of the response (send part, wait for a signal, send the rest).
final class LoopbackHTTPServer: Sendable {
    typealias Handler = @Sendable (LoopbackRequest, LoopbackConnection) -> Void
    /// Sees each chunk of a chunked request body as it arrives, before the handler runs.
    typealias BodyObserver = @Sendable ([UInt8]) -> Void

    let port: Int
    private let listener: Int32
    private let handler: Handler
    private let bodyObserver: BodyObserver?
    private let state = Mutex(ServerState())

    private struct ServerState {
        var acceptedConnections = 0
        var openSockets: Set<Int32> = []
        var stopped = false
    }

    /// Base URL, e.g. `http://127.0.0.1:41234`.
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// How many TCP connections the server has accepted so far.
    var acceptedConnections: Int { state.withLock { $0.acceptedConnections } }

    init(bodyObserver: BodyObserver? = nil, handler: @escaping Handler) throws {
        let (listener, port) = try LoopbackSocket.listen(backlog: 512)
        self.listener = listener
        self.port = port
        self.handler = handler
        self.bodyObserver = bodyObserver
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "LoopbackHTTPServer.accept"
        thread.start()
    }

    /// Closes the listener and every open connection; handler threads see their peer vanish.
    func stop() {
        let sockets = state.withLock { state -> Set<Int32> in
            state.stopped = true
            return state.openSockets
        }
        _ = Glibc.shutdown(listener, Int32(SHUT_RDWR))
        for socket in sockets { _ = Glibc.shutdown(socket, Int32(SHUT_RDWR)) }
    }

    deinit {
        close(listener)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            let admitted = state.withLock { state -> Bool in
                guard !state.stopped else { return false }
                state.acceptedConnections += 1
                state.openSockets.insert(client)
                return true
            }
            guard admitted else {
                close(client)
                return
            }
            let thread = Thread { [self] in
                serve(LoopbackConnection(socket: client, bodyObserver: bodyObserver))
                state.withLock { _ = $0.openSockets.remove(client) }
                close(client)
            }
            thread.name = "LoopbackHTTPServer.connection"
            thread.start()
        }
    }

    private func serve(_ connection: LoopbackConnection) {
        while !connection.isClosed, let request = connection.readRequest() {
            handler(request, connection)
        }
    }
}
