/// Work handed to the libcurl loop thread through its locked inbox.
enum CurlLoopCommand: Sendable {
    /// Create the easy handle for this transfer and add it to the multi handle.
    case add(CurlTransfer)
    /// Remove the transfer (if still running) and free its handle; its connection is closed.
    case cancel(UInt64)
    /// Re-apply the transfer's pause state after its consumer or producer caught up.
    case resume(UInt64)
}
