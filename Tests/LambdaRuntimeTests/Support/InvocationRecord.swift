import Foundation

/// What the runtime posted back for one invocation, as the emulator saw it.
struct InvocationRecord: Sendable {
    enum Kind: Sendable, Equatable {
        case response
        case error
    }

    var kind: Kind
    /// The request headers of the `response` / `error` post.
    var headers: [(name: String, value: String)]
    /// The body received so far (all of it once `isComplete`).
    var body = Data()
    /// Body pieces in arrival order (chunks of a chunked upload).
    var pieces: [Data] = []
    var isComplete = false
    /// The upload ended before its framing said it was complete (connection aborted).
    var isTruncated = false
    /// The body of a later post for the same invocation, which the emulator refused.
    var followUp: Data?

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The posted error document (`error` and `init/error`).
    var errorReport: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }
}
