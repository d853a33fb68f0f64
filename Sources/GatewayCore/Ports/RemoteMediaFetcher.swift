/// Fetches `http(s)` media URLs that chat requests reference (`image_url` with a web address).
///
/// The live implementation (BedrockClient) enforces the gateway's limits: size, time, number
/// of redirects, and never loopback, private, link-local or cloud-metadata addresses
/// (169.254.169.254). Failures are `RemoteMediaError`s, which the gateway answers with 400.
///
/// ```swift
/// let refs = RemoteMediaReference.imageURLs(in: request)
/// let media = try await fetcher.fetch(refs)
/// ```
public protocol RemoteMediaFetcher: Sendable {
    /// Fetches every reference (each distinct URL once) and returns the bytes by URL.
    func fetch(_ references: [RemoteMediaReference]) async throws(RemoteMediaError) -> FetchedMedia
}

/// Why a remote media URL could not be used; carries the request param for the 400 answer.
///
/// ```swift
/// throw RemoteMediaError(param: ref.param, url: ref.url, reason: .blockedAddress)
/// ```
public struct RemoteMediaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why the fetch was refused or failed.
    public enum Reason: String, Sendable, Hashable {
        case invalidURL = "invalid_image_url"
        case unsupportedScheme = "unsupported_image_url_scheme"
        case blockedAddress = "image_url_blocked"
        case tooLarge = "image_too_large"
        case timeout = "image_fetch_timeout"
        case tooManyRedirects = "image_fetch_too_many_redirects"
        case httpStatus = "image_fetch_failed"
        case network = "image_fetch_network_error"
    }

    public var param: String
    public var url: String
    public var reason: Reason
    /// Detail for the client (status code, limit), without internal addresses.
    public var detail: String?

    public init(param: String, url: String, reason: Reason, detail: String? = nil) {
        self.param = param
        self.url = url
        self.reason = reason
        self.detail = detail
    }

    public var description: String {
        "Could not use image URL (\(reason.rawValue))\(detail.map { ": \($0)" } ?? "")"
    }
}
