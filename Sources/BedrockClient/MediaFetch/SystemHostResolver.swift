import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves host names with the system resolver (`getaddrinfo`: `/etc/hosts`, then DNS).
///
/// `getaddrinfo` blocks and cannot be cancelled, so it runs on a Dispatch queue rather than the
/// cooperative pool, and the caller stops waiting at its deadline (the lookup's thread finishes
/// on its own later).
struct SystemHostResolver: HostResolving {
    func addresses(of host: String, deadline: ContinuousClock.Instant) async throws(HostResolutionError) -> [NetworkAddress] {
        let outcome = OneShot()
        DispatchQueue.global().async { outcome.settle(Self.lookUp(host)) }
        let remaining = ContinuousClock.now.duration(to: deadline)
        let nanoseconds = max(0, remaining.components.seconds) * 1_000_000_000 + max(0, remaining.components.attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(clamping: nanoseconds))) {
            outcome.settle(.failure(.timedOut))
        }
        return try await outcome.value().get()
    }

    private static func lookUp(_ host: String) -> Result<[NetworkAddress], HostResolutionError> {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        defer { if let list { freeaddrinfo(list) } }
        guard status == 0 else {
            if status == EAI_NONAME { return .failure(.notFound) }
            return .failure(.failed(String(cString: gai_strerror(status))))
        }
        var addresses: [NetworkAddress] = []
        var entry = list
        while let current = entry {
            if let socketAddress = current.pointee.ai_addr, let address = NetworkAddress(socketAddress: socketAddress),
                !addresses.contains(address)
            {
                addresses.append(address)
            }
            entry = current.pointee.ai_next
        }
        return addresses.isEmpty ? .failure(.notFound) : .success(addresses)
    }

    /// The first of the lookup and the deadline to finish wins.
    private final class OneShot: Sendable {
        private enum State {
            case pending(CheckedContinuation<Result<[NetworkAddress], HostResolutionError>, Never>?)
            case settled(Result<[NetworkAddress], HostResolutionError>)
        }

        private let state = Mutex(State.pending(nil))

        func settle(_ result: Result<[NetworkAddress], HostResolutionError>) {
            let waiter = state.withLock { state -> CheckedContinuation<Result<[NetworkAddress], HostResolutionError>, Never>?? in
                guard case .pending(let continuation) = state else { return nil }
                state = .settled(result)
                return .some(continuation)
            }
            if case .some(.some(let continuation)) = waiter { continuation.resume(returning: result) }
        }

        func value() async -> Result<[NetworkAddress], HostResolutionError> {
            await withCheckedContinuation { continuation in
                let settled = state.withLock { state -> Result<[NetworkAddress], HostResolutionError>? in
                    switch state {
                    case .pending:
                        state = .pending(continuation)
                        return nil
                    case .settled(let result):
                        return result
                    }
                }
                if let settled { continuation.resume(returning: settled) }
            }
        }
    }
}
