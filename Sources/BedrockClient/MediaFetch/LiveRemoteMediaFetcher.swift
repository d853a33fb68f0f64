import Foundation
import GatewayCore

/// Fetches the `http(s)` image URLs of chat requests, under limits that keep a client from using
/// the gateway to reach anything but the public internet (SSRF) or to exhaust it.
///
/// For every URL and every redirect hop it: accepts only `http`/`https`; resolves the host
/// itself and refuses it if *any* address is loopback, private, link-local (incl. the
/// `169.254.169.254` metadata service), CGNAT, multicast or otherwise special — also in IPv6 and
/// IPv4-mapped IPv6 forms; then connects only to those checked addresses (libcurl
/// `CURLOPT_RESOLVE`, no proxy), so a DNS answer changing after the check (rebinding) is never
/// used. Size, total time and redirect count are bounded (``Configuration``). Each distinct URL
/// is fetched once; several run concurrently, up to ``Configuration/maxConcurrentFetches``.
///
/// ```swift
/// let fetcher = LiveRemoteMediaFetcher()
/// let media = try await fetcher.fetch(RemoteMediaReference.imageURLs(in: request))
/// let png = media["https://example.com/cat.png"]?.data
/// ```
public struct LiveRemoteMediaFetcher: RemoteMediaFetcher {
    public let configuration: Configuration
    private let transport: any MediaTransport
    private let resolver: any HostResolving
    /// The client this fetcher created, which ``shutdown()`` stops.
    private let ownedClient: HTTPClient?

    /// Creates a fetcher with its own HTTP client: pinned addresses live in a client's DNS cache,
    /// and the fetcher never goes through a proxy, so it must not share the Bedrock client.
    public init(configuration: Configuration = Configuration()) {
        let client = HTTPClient(configuration: HTTPClient.Configuration(proxy: .disabled, userAgent: configuration.userAgent))
        self.init(configuration: configuration, transport: client, resolver: SystemHostResolver(), ownedClient: client)
    }

    init(
        configuration: Configuration, transport: any MediaTransport, resolver: any HostResolving,
        ownedClient: HTTPClient? = nil
    ) {
        self.configuration = configuration
        self.transport = transport
        self.resolver = resolver
        self.ownedClient = ownedClient
    }

    /// Stops the fetcher's HTTP client; later fetches fail with `network`.
    public func shutdown() async {
        await ownedClient?.shutdown()
    }

    public func fetch(_ references: [RemoteMediaReference]) async throws(RemoteMediaError) -> FetchedMedia {
        var distinct: [RemoteMediaReference] = []
        var seen = Set<String>()
        for reference in references where seen.insert(reference.url).inserted {
            distinct.append(reference)
        }
        guard !distinct.isEmpty else { return FetchedMedia() }

        let outcomes = await withTaskGroup(
            of: (Int, Result<FetchedMedia.Item, RemoteMediaError>).self,
            returning: [Result<FetchedMedia.Item, RemoteMediaError>?].self
        ) { group in
            var outcomes = [Result<FetchedMedia.Item, RemoteMediaError>?](repeating: nil, count: distinct.count)
            var next = 0
            func startNext() {
                let index = next
                let reference = distinct[index]
                next += 1
                group.addTask { (index, await fetchOne(reference)) }
            }
            while next < min(max(1, configuration.maxConcurrentFetches), distinct.count) { startNext() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                if case .failure = outcome {
                    // One unusable image fails the request: stop the others.
                    group.cancelAll()
                    break
                }
                if next < distinct.count { startNext() }
            }
            return outcomes
        }

        var media = FetchedMedia()
        for (reference, outcome) in zip(distinct, outcomes) {
            switch outcome {
            case .failure(let error)?: throw error
            case .success(let item)?: media[reference.url] = item
            case nil: continue
            }
        }
        return media
    }

    // MARK: - One URL

    private func fetchOne(_ reference: RemoteMediaReference) async -> Result<FetchedMedia.Item, RemoteMediaError> {
        do throws(RemoteMediaError) {
            return .success(try await fetchFollowingRedirects(reference))
        } catch {
            return .failure(error)
        }
    }

    private func fetchFollowingRedirects(_ reference: RemoteMediaReference) async throws(RemoteMediaError) -> FetchedMedia.Item {
        func failure(_ reason: RemoteMediaError.Reason, _ detail: String? = nil) -> RemoteMediaError {
            RemoteMediaError(param: reference.param, url: reference.url, reason: reason, detail: detail)
        }
        let deadline = ContinuousClock.now + configuration.timeout
        var target = try parse(reference.url, relativeTo: nil, failure: failure)
        var redirects = 0
        while true {
            let addresses = try await vettedAddresses(of: target, deadline: deadline, failure: failure)
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { throw failure(.timeout, "no answer within \(configuration.timeout)") }

            let request = HTTPRequest(
                method: .get, url: target.url, headers: ["Accept": "image/*,*/*;q=0.5"],
                resolve: [target.resolveEntry(addresses)])
            let response: HTTPStreamingResponse
            do {
                response = try await transport.stream(
                    request, timeout: HTTPTimeouts(connect: remaining, idleRead: remaining, total: remaining))
            } catch {
                throw transportFailure(error, failure: failure)
            }

            if [301, 302, 303, 307, 308].contains(response.status), let location = response.headers["Location"] {
                redirects += 1
                guard redirects <= configuration.maxRedirects else {
                    throw failure(.tooManyRedirects, "more than \(configuration.maxRedirects) redirects")
                }
                target = try parse(location, relativeTo: target, failure: failure)
                continue  // dropping the unread body cancels that transfer
            }
            guard (200..<300).contains(response.status) else {
                throw failure(.httpStatus, "HTTP \(response.status)")
            }
            if let declared = response.headers["Content-Length"].flatMap({ Int($0) }), declared > configuration.maxBytes {
                throw failure(.tooLarge, "larger than \(configuration.maxBytes) bytes")
            }
            var data = Data()
            do {
                for try await chunk in response.body {
                    guard data.count + chunk.count <= configuration.maxBytes else {
                        throw failure(.tooLarge, "larger than \(configuration.maxBytes) bytes")
                    }
                    data.append(contentsOf: chunk)
                }
            } catch let error as RemoteMediaError {
                throw error
            } catch {
                throw transportFailure(error, failure: failure)
            }
            return FetchedMedia.Item(data: data, mediaType: response.headers["Content-Type"])
        }
    }

    private func parse(
        _ text: String, relativeTo base: MediaURL?, failure: (RemoteMediaError.Reason, String?) -> RemoteMediaError
    ) throws(RemoteMediaError) -> MediaURL {
        do {
            return try MediaURL(text, relativeTo: base)
        } catch {
            switch error {
            case .unsupportedScheme(let scheme):
                throw failure(.unsupportedScheme, "\(scheme): only http and https URLs are fetched")
            case .invalid(let why):
                throw failure(.invalidURL, base == nil ? why : "redirect: \(why)")
            }
        }
    }

    /// The addresses `target` may be fetched from: all of them, or a `blockedAddress` failure if
    /// any is special-purpose (a name with one private answer is refused outright, so neither
    /// libcurl's address choice nor a retry can land there).
    private func vettedAddresses(
        of target: MediaURL, deadline: ContinuousClock.Instant,
        failure: (RemoteMediaError.Reason, String?) -> RemoteMediaError
    ) async throws(RemoteMediaError) -> [NetworkAddress] {
        let addresses: [NetworkAddress]
        if let literal = NetworkAddress(literal: target.host) {
            addresses = [literal]
        } else {
            do {
                addresses = try await resolver.addresses(of: target.host, deadline: deadline)
            } catch {
                switch error {
                case .timedOut:
                    throw failure(.timeout, "the host name did not resolve within \(configuration.timeout)")
                case .notFound:
                    throw failure(.network, "the host name does not resolve")
                case .failed(let why):
                    throw failure(.network, "the host name could not be resolved: \(why)")
                }
            }
        }
        for address in addresses {
            guard let range = address.specialRange else { continue }
            if range == .loopback && configuration.allowLoopbackForTesting { continue }
            // The detail names the kind of range, never the internal address itself.
            throw failure(.blockedAddress, "the host is not a public internet address (\(range.rawValue))")
        }
        return addresses
    }

    private func transportFailure(
        _ error: any Error, failure: (RemoteMediaError.Reason, String?) -> RemoteMediaError
    ) -> RemoteMediaError {
        guard let error = error as? HTTPClientError else { return failure(.network, nil) }
        switch error.code {
        case .connectTimeout, .readTimeout, .totalTimeout:
            return failure(.timeout, "no complete answer within \(configuration.timeout)")
        case .cancelled:
            return failure(.network, "the fetch was cancelled")
        default:
            return failure(.network, "could not fetch: \(error.code.rawValue)")
        }
    }
}
