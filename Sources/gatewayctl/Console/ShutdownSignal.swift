#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import UnixSignals

/// SIGTERM (container stop, `kill`) and SIGINT (Ctrl-C) as a request to stop gracefully; a
/// second one while stopping exits at once.
///
/// ```swift
/// let signal = await ShutdownSignal.next()       // returns on the first SIGTERM or SIGINT
/// await running.shutdown()                       // drain
/// ```
enum ShutdownSignal {
    /// Waits for the first SIGTERM or SIGINT and returns it (`nil` when the waiting task is
    /// cancelled). From then on, another one ends the process with status 128 + signal number.
    static func next() async -> UnixSignal? {
        let signals = await UnixSignalsSequence(trapping: .sigterm, .sigint)
        let (first, continuation) = AsyncStream.makeStream(of: UnixSignal.self)
        let watcher = Task {
            var received = 0
            for await signal in signals {
                received += 1
                if received == 1 {
                    continuation.yield(signal)
                    continuation.finish()
                } else {
                    exit(128 + signal.rawValue)
                }
            }
        }
        return await withTaskCancellationHandler {
            var iterator = first.makeAsyncIterator()
            return await iterator.next()
        } onCancel: {
            continuation.finish()
            watcher.cancel()
        }
    }
}
