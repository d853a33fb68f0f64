import Foundation
import GatewayCore

/// Collects a gateway response body into memory for a buffered Lambda response, bounded by the
/// invoking service's response limit and by the invocation's deadline.
///
/// Collection stops as soon as the body alone exceeds the limit (the JSON envelope around it is
/// at least as large), which also ends the Bedrock stream early.
///
/// ```swift
/// switch await BufferedBodyCollector.collect(response.body, limit: 1_000_000, deadline: signal) {
/// case .complete(let data): …
/// case .tooLarge, .deadlineReached, .failed: …
/// }
/// ```
public enum BufferedBodyCollector {
    public enum Outcome: Sendable {
        case complete(Data)
        /// More than `limit` bytes were produced.
        case tooLarge
        case deadlineReached
        /// The stream failed before it ended (after the gateway's own error handling).
        case failed(String)
    }

    public static func collect(_ body: GatewayResponse.Body, limit: Int, deadline: DeadlineSignal?) async
        -> Outcome
    {
        switch body {
        case .bytes(let data):
            return data.count > limit ? .tooLarge : .complete(data)
        case .stream(let chunks):
            let outcome = await DeadlineRace.run(deadline) { () async -> Outcome in
                var collected = Data()
                do {
                    for try await chunk in chunks {
                        guard collected.count + chunk.count <= limit else { return .tooLarge }
                        collected.append(chunk)
                    }
                } catch {
                    return .failed("\(error)")
                }
                return .complete(collected)
            }
            switch outcome {
            case .finished(let result): return result
            case .deadlineReached: return .deadlineReached
            }
        }
    }
}
