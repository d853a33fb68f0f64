import Foundation
import Hummingbird

/// Reads a request body into memory, refusing to hold more than a limit.
enum RequestBodyCollector {
    enum Outcome {
        case complete(Data)
        /// The body is (or would become) longer than the limit; the rest was not read.
        case tooLarge
    }

    /// - Parameter declaredLength: the `Content-Length`, when sent: a body declared too long is
    ///   refused before any of it is read.
    static func collect(_ body: RequestBody, declaredLength: Int?, limit: Int) async throws -> Outcome {
        if let declaredLength, declaredLength > limit { return .tooLarge }
        var data = Data()
        if let declaredLength { data.reserveCapacity(declaredLength) }
        for try await buffer in body {
            guard data.count + buffer.readableBytes <= limit else { return .tooLarge }
            buffer.withUnsafeReadableBytes { data.append(contentsOf: $0) }
        }
        return .complete(data)
    }
}
