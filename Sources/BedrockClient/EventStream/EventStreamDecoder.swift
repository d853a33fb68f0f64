import Foundation

/// An incremental `application/vnd.amazon.eventstream` decoder: feed it byte chunks as they
/// arrive, split anywhere, and take out whole messages.
///
/// The prelude is checked as soon as its 12 bytes are buffered, so a corrupt or absurd length is
/// refused before the decoder waits for (and buffers) the rest of the frame. Errors are final:
/// the format has no way to resynchronise, so once ``next()`` throws it keeps throwing.
///
/// ```swift
/// var decoder = EventStreamDecoder()
/// decoder.append(chunk)
/// while let message = try decoder.next() { handle(message) }
/// try decoder.finish()   // at end of input: throws if a frame was cut short
/// ```
public struct EventStreamDecoder: Sendable {
    /// Frames whose prelude announces more than this many bytes are refused.
    public let maximumMessageLength: Int

    /// Received bytes; those before `readIndex` are already decoded.
    private var buffer: [UInt8] = []
    private var readIndex = 0
    /// The validated prelude of the frame starting at `readIndex`, once its 12 bytes are in.
    private var pendingPrelude: Prelude?
    private var failure: EventStreamError?

    private struct Prelude: Sendable {
        var totalLength: Int
        var headersLength: Int
    }

    public init(maximumMessageLength: Int = EventStreamMessage.defaultMaximumEncodedLength) {
        self.maximumMessageLength = maximumMessageLength
    }

    /// The number of bytes received but not yet returned as part of a message.
    public var bufferedByteCount: Int { buffer.count - readIndex }

    /// Adds received bytes. `[UInt8]`, `Data` and their slices are copied in one block.
    ///
    /// Bytes appended after a decoding error are dropped: the stream is already unusable.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        guard failure == nil else { return }
        // Drop the decoded prefix once it is at least half the buffer: each byte is moved at most
        // a constant number of times on average, so feeding a frame byte by byte stays linear.
        if readIndex > 0, readIndex >= buffer.count - readIndex {
            buffer.removeSubrange(0..<readIndex)
            readIndex = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete message, or `nil` if more bytes are needed.
    public mutating func next() throws(EventStreamError) -> EventStreamMessage? {
        if let failure { throw failure }
        do {
            return try decodeNextMessage()
        } catch {
            failure = error
            buffer = []
            readIndex = 0
            pendingPrelude = nil
            throw error
        }
    }

    /// Declares the end of input. Call it once ``next()`` has returned `nil`; it throws
    /// ``EventStreamError/truncatedMessage(bufferedByteCount:expectedByteCount:)`` if bytes of an
    /// unfinished frame remain, so a connection dropped mid-frame is never a silent end.
    public func finish() throws(EventStreamError) {
        if let failure { throw failure }
        guard bufferedByteCount == 0 else {
            throw .truncatedMessage(bufferedByteCount: bufferedByteCount, expectedByteCount: pendingPrelude?.totalLength)
        }
    }

    private mutating func decodeNextMessage() throws(EventStreamError) -> EventStreamMessage? {
        let prelude: Prelude
        if let pendingPrelude {
            prelude = pendingPrelude
        } else {
            guard bufferedByteCount >= EventStreamMessage.preludeLength else { return nil }
            prelude = try readPrelude()
            pendingPrelude = prelude
        }
        guard bufferedByteCount >= prelude.totalLength else { return nil }

        let start = readIndex
        // `withUnsafeBytes` is only `rethrows`, so the typed error travels out in a `Result`.
        let message = try buffer.withUnsafeBytes { bytes in
            Result { () throws(EventStreamError) in
                try Self.decodeFrame(
                    UnsafeRawBufferPointer(rebasing: bytes[start..<(start + prelude.totalLength)]),
                    headersLength: prelude.headersLength)
            }
        }.get()
        readIndex += prelude.totalLength
        pendingPrelude = nil
        if readIndex == buffer.count {
            // Keep the allocation for the next frame unless a rare large frame inflated it.
            buffer.removeAll(keepingCapacity: buffer.capacity <= 64 * 1024)
            readIndex = 0
        }
        return message
    }

    private func readPrelude() throws(EventStreamError) -> Prelude {
        let start = readIndex
        let (totalLength, headersLength, expected, computed) = buffer.withUnsafeBytes { bytes in
            (
                UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: start, as: UInt32.self)),
                UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: start + 4, as: UInt32.self)),
                UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: start + 8, as: UInt32.self)),
                CRC32.checksum(UnsafeRawBufferPointer(rebasing: bytes[start..<(start + 8)]))
            )
        }
        guard expected == computed else {
            throw .preludeChecksumMismatch(expected: expected, computed: computed)
        }
        let total = Int(totalLength)
        guard total >= EventStreamMessage.minimumEncodedLength, total <= maximumMessageLength else {
            throw .messageLengthOutOfRange(length: total, maximum: maximumMessageLength)
        }
        let headers = Int(headersLength)
        guard headers <= total - EventStreamMessage.minimumEncodedLength else {
            throw .headersLengthOutOfRange(headersLength: headers, totalLength: total)
        }
        return Prelude(totalLength: total, headersLength: headers)
    }

    /// Decodes one complete frame whose prelude has been validated.
    private static func decodeFrame(
        _ frame: UnsafeRawBufferPointer, headersLength: Int
    ) throws(EventStreamError) -> EventStreamMessage {
        let crcOffset = frame.count - 4
        let expected = UInt32(bigEndian: frame.loadUnaligned(fromByteOffset: crcOffset, as: UInt32.self))
        let computed = CRC32.checksum(UnsafeRawBufferPointer(rebasing: frame[..<crcOffset]))
        guard expected == computed else {
            throw .messageChecksumMismatch(expected: expected, computed: computed)
        }

        let headersStart = EventStreamMessage.preludeLength
        let payloadStart = headersStart + headersLength
        let headers = try EventStreamHeaderParser.parse(
            UnsafeRawBufferPointer(rebasing: frame[headersStart..<payloadStart]), baseOffset: headersStart)
        let payload = Data(UnsafeRawBufferPointer(rebasing: frame[payloadStart..<crcOffset]))
        return EventStreamMessage(headers: headers, payload: payload)
    }
}
