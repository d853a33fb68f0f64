/// Where a streamed request body's chunks go; implemented by the transfer's shared state.
protocol RequestBodySink: Sendable {
    /// Queues a chunk for upload, suspending while the upload buffer is full.
    /// Returns `false` once the transfer has ended and no more data is wanted.
    func write(_ chunk: [UInt8]) async -> Bool
}
