/// A failure reported by OpenSSL's libcrypto.
///
/// libcrypto only fails on allocation failure or misuse, never because of the bytes being
/// hashed, so callers normally surface this as an internal error.
///
///     do { _ = try SHA256.hash(Array("abc".utf8)) }
///     catch let error as CryptoError { print("libcrypto failed: \(error)") }
public enum CryptoError: Error, Sendable, Equatable {
    /// A libcrypto function returned a failure status; the associated value names it.
    case libcryptoFailure(function: String)
    /// An input was longer than the C API can take in one call (e.g. an HMAC key over 2 GiB).
    case inputTooLarge
}
