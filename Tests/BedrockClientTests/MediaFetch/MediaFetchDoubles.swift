import Synchronization

@testable import BedrockClient

/// A resolver with fixed answers, standing in for DNS (including a rebinding attacker's).
struct FixedHostResolver: HostResolving {
    var answers: [String: [String]]

    func addresses(of host: String, deadline: ContinuousClock.Instant) async throws(HostResolutionError) -> [NetworkAddress] {
        guard let literals = answers[host] else { throw .notFound }
        return literals.compactMap { NetworkAddress(literal: $0) }
    }
}

/// A transport that records what it was asked to send and refuses everything, for tests that
/// prove a blocked target is never even attempted.
final class RefusingTransport: MediaTransport {
    private let requests = Mutex<[HTTPRequest]>([])

    var attempted: [HTTPRequest] { requests.withLock { $0 } }

    func stream(_ request: HTTPRequest, timeout: HTTPTimeouts?) async throws -> HTTPStreamingResponse {
        requests.withLock { $0.append(request) }
        throw HTTPClientError(.connectionFailed, message: "RefusingTransport refuses every request")
    }
}

/// Counts what a loopback server saw, per path.
final class RequestCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func record(_ path: String) {
        counts.withLock { $0[path, default: 0] += 1 }
    }

    func count(_ path: String) -> Int { counts.withLock { $0[path] ?? 0 } }

    var total: Int { counts.withLock { $0.values.reduce(0, +) } }
}

/// Forwards requests pinned to loopback to a real client and refuses any other, so that no test,
/// even one exposing a bug in the address checks, can send traffic beyond this machine.
struct LoopbackOnlyTransport: MediaTransport {
    let client: HTTPClient
    let refused = RefusingTransport()

    func stream(_ request: HTTPRequest, timeout: HTTPTimeouts?) async throws -> HTTPStreamingResponse {
        let pinnedToLoopback = !request.resolve.isEmpty && request.resolve.allSatisfy { entry in
            let addresses = entry.split(separator: ",")
            guard let first = addresses.first else { return false }
            let firstIsLoopback = first.hasSuffix(":127.0.0.1") || first.hasSuffix(":[::1]")
            return firstIsLoopback && addresses.dropFirst().allSatisfy { $0 == "127.0.0.1" || $0 == "[::1]" }
        }
        guard pinnedToLoopback else { return try await refused.stream(request, timeout: timeout) }
        return try await client.stream(request, timeout: timeout)
    }
}

/// Values a loopback server thread records for the test to read.
final class TestHeaders: Sendable {
    private let stored = Mutex<[String]>([])

    func record(_ value: String) { stored.withLock { $0.append(value) } }

    var values: [String] { stored.withLock { $0 } }
}
