#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// Bytes from the operating system's CSPRNG: the kernel's `/dev/urandom` on Linux (the same
/// generator as `getrandom(2)`, which Glibc's Swift module does not export), `arc4random_buf`
/// on Apple platforms. Never a user-space generator.
///
/// ```swift
/// let secret = try SystemRandom.bytes(count: 32)
/// ```
enum SystemRandom {
    static func bytes(count: Int) throws(OperatorError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(count, 0))
        #if canImport(Darwin)
        bytes.withUnsafeMutableBytes { buffer in
            if let base = buffer.baseAddress { arc4random_buf(base, buffer.count) }
        }
        #else
        let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw OperatorError("cannot open /dev/urandom (errno \(errno)) for the system random number generator")
        }
        defer { close(descriptor) }
        var filled = 0
        while filled < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if got > 0 {
                filled += got
            } else if got < 0, errno == EINTR {
                continue
            } else {
                throw OperatorError("reading /dev/urandom failed (errno \(errno))")
            }
        }
        #endif
        return bytes
    }
}
