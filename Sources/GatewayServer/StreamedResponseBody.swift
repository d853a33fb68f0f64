import Foundation
import GatewayCore
import Hummingbird
import NIOCore

/// Writes a handler's streamed body: each chunk is written (and so flushed) as soon as the
/// handler produces it, and the stream is abandoned — cancelling its producer, e.g. the Bedrock
/// call — as soon as the client goes away or a write fails.
enum StreamedResponseBody {
    /// Thrown into the writer when the client left; ends the exchange without a final chunk.
    struct ClientWentAway: Error {}

    static func write(
        _ chunks: BedrockEventStream<Data>,
        to writer: inout any ResponseBodyWriter,
        disconnect: ClientDisconnect?
    ) async throws {
        let handoff = ChunkHandoff()
        let registration = disconnect?.onDisconnect { handoff.finish(throwing: ClientWentAway()) }
        defer { if let registration { disconnect?.cancel(registration) } }

        // The stream is pulled in a child task so that a client leaving can interrupt a wait for
        // the next chunk; leaving this scope early cancels that task and with it the stream.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    for try await chunk in chunks {
                        try await handoff.put(chunk)
                    }
                    handoff.finish(throwing: nil)
                } catch {
                    handoff.finish(throwing: error)
                }
            }
            do {
                while let chunk = try await handoff.take() {
                    // An empty chunk would read as the end of a chunked body.
                    guard !chunk.isEmpty else { continue }
                    try await writer.write(ByteBuffer(bytes: chunk))
                }
            } catch {
                handoff.finish(throwing: error)
                group.cancelAll()
                throw error
            }
        }
    }
}
