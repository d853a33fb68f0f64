import Foundation

@testable import GatewayCore

/// Serves image bytes from memory by URL, or fails with a given error.
final class FakeMediaFetcher: RemoteMediaFetcher, @unchecked Sendable {
    private let lock = NSLock()
    private var requested: [[RemoteMediaReference]] = []
    var media = FetchedMedia()
    var failure: RemoteMediaError?

    var fetches: [[RemoteMediaReference]] {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }

    func fetch(_ references: [RemoteMediaReference]) async throws(RemoteMediaError) -> FetchedMedia {
        lock.withLock { requested.append(references) }
        if let failure { throw failure }
        return media
    }
}
