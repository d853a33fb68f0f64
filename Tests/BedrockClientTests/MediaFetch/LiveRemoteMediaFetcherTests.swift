import Foundation
import GatewayCore
import Testing

@testable import BedrockClient

@Suite("LiveRemoteMediaFetcher")
struct LiveRemoteMediaFetcherTests {
    static let png = HTTPTestHarness.pattern(count: 3000, seed: 7)

    /// A fetcher that may reach 127.0.0.1, as tests need, through a private client (no proxy
    /// variables) behind ``LoopbackOnlyTransport``; `body` also gets that transport's refusals.
    static func withLoopbackFetcher<T>(
        _ configure: (inout LiveRemoteMediaFetcher.Configuration) -> Void = { _ in },
        resolver: any HostResolving = SystemHostResolver(),
        _ body: (LiveRemoteMediaFetcher, RefusingTransport) async throws -> T
    ) async throws -> T {
        var configuration = LiveRemoteMediaFetcher.Configuration(allowLoopbackForTesting: true)
        configure(&configuration)
        return try await HTTPTestHarness.withClient(HTTPClient.Configuration(proxy: .disabled)) { client in
            let transport = LoopbackOnlyTransport(client: client)
            return try await body(
                LiveRemoteMediaFetcher(configuration: configuration, transport: transport, resolver: resolver),
                transport.refused)
        }
    }

    static func reference(_ url: String, _ index: Int = 0) -> RemoteMediaReference {
        RemoteMediaReference(url: url, param: "messages[\(index)].content[0].image_url.url")
    }

    /// Runs the fetch and returns its error, or records an issue if it succeeded.
    static func fetchError(
        _ fetcher: LiveRemoteMediaFetcher, _ references: [RemoteMediaReference]
    ) async -> RemoteMediaError? {
        do {
            _ = try await fetcher.fetch(references)
            Issue.record("the fetch succeeded")
            return nil
        } catch {
            return error
        }
    }

    // MARK: - Happy path

    @Test("fetches each distinct URL once and records its bytes and Content-Type")
    func happyPath() async throws {
        let counter = RequestCounter()
        try await HTTPTestHarness.withServer({ request, connection in
            counter.record(request.target)
            let type = request.target.hasSuffix(".png") ? "image/png" : "image/jpeg"
            connection.respond(status: 200, headers: [("Content-Type", type)], body: Self.png)
        }) { server in
            try await Self.withLoopbackFetcher { fetcher, _ in
                let cat = "\(server.baseURL)/cat.png"
                let dog = "\(server.baseURL)/dog.jpg"
                let media = try await fetcher.fetch([
                    Self.reference(cat, 0), Self.reference(dog, 1), Self.reference(cat, 2),
                ])
                #expect(media[cat] == FetchedMedia.Item(data: Data(Self.png), mediaType: "image/png"))
                #expect(media[dog]?.mediaType == "image/jpeg")
                #expect(counter.count("/cat.png") == 1)
                #expect(counter.count("/dog.jpg") == 1)
            }
        }
    }

    @Test("no references means no requests")
    func nothingToFetch() async throws {
        let transport = RefusingTransport()
        let fetcher = LiveRemoteMediaFetcher(
            configuration: .init(), transport: transport, resolver: FixedHostResolver(answers: [:]))
        let media = try await fetcher.fetch([])
        #expect(media.isEmpty)
        #expect(transport.attempted.isEmpty)
    }

    @Test("a host name is connected to at the address it resolved to, not resolved again by libcurl")
    func resolvedAddressIsPinned() async throws {
        let hosts = TestHeaders()
        try await HTTPTestHarness.withServer({ request, connection in
            hosts.record(request.header("Host") ?? "")
            connection.respond(status: 200, headers: [("Content-Type", "image/png")], body: Self.png)
        }) { server in
            // `media.test` exists in no DNS: the fetch can only succeed through the pinned address.
            let resolver = FixedHostResolver(answers: ["media.test": ["127.0.0.1"]])
            try await Self.withLoopbackFetcher(resolver: resolver) { fetcher, _ in
                let url = "http://media.test:\(server.port)/cat.png"
                let media = try await fetcher.fetch([Self.reference(url)])
                #expect(media[url]?.data == Data(Self.png))
                #expect(hosts.values == ["media.test:\(server.port)"])
            }
        }
    }

    // MARK: - Blocked targets

    static let blockedURLs = [
        "http://127.0.0.1/a.png", "http://127.1/a.png", "http://2130706433/a.png", "http://0x7f.0.0.1/a.png",
        "http://localhost/a.png", "http://LOCALHOST./a.png", "http://[::1]/a.png", "http://[::ffff:127.0.0.1]/a.png",
        "http://169.254.169.254/latest/meta-data/", "http://169.254.43518/latest/meta-data/",
        "http://2852039166/latest/meta-data/", "http://[::ffff:169.254.169.254]/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/", "http://10.0.0.1/a.png", "http://172.16.5.4/a.png",
        "http://192.168.1.1/a.png", "http://100.64.0.1/a.png", "http://0.0.0.0/a.png", "http://[::]/a.png",
        "http://224.0.0.1/a.png", "http://[fe80::1]/a.png", "http://[ff02::1]/a.png", "https://[fc00::1]:8443/a.png",
    ]

    @Test("loopback, private, link-local, metadata, CGNAT, multicast hosts are refused before any connection",
          arguments: blockedURLs)
    func blockedHosts(_ url: String) async throws {
        let transport = RefusingTransport()
        let fetcher = LiveRemoteMediaFetcher(configuration: .init(), transport: transport, resolver: SystemHostResolver())
        let error = await Self.fetchError(fetcher, [Self.reference(url, 3)])
        #expect(error?.reason == .blockedAddress)
        #expect(error?.param == "messages[3].content[0].image_url.url")
        #expect(error?.url == url)
        #expect(transport.attempted.isEmpty)
    }

    @Test("a name with any non-public answer is refused, even next to public ones (DNS rebinding)")
    func mixedAnswersRefused() async throws {
        let transport = RefusingTransport()
        let resolver = FixedHostResolver(answers: [
            "rebind.test": ["93.184.216.34", "10.0.0.5"],
            "mapped.test": ["2606:4700:4700::1111", "::ffff:169.254.169.254"],
        ])
        let fetcher = LiveRemoteMediaFetcher(configuration: .init(), transport: transport, resolver: resolver)
        for url in ["http://rebind.test/a.png", "https://mapped.test/a.png"] {
            let error = await Self.fetchError(fetcher, [Self.reference(url)])
            #expect(error?.reason == .blockedAddress)
            #expect(error?.detail?.contains("10.0.0.5") == false)
            #expect(error?.detail?.contains("169.254") == false)
        }
        #expect(transport.attempted.isEmpty)
    }

    @Test("the loopback escape hatch admits loopback only")
    func loopbackEscapeHatchIsNarrow() async throws {
        let transport = RefusingTransport()
        let fetcher = LiveRemoteMediaFetcher(
            configuration: .init(allowLoopbackForTesting: true), transport: transport, resolver: SystemHostResolver())
        for url in ["http://169.254.169.254/", "http://10.0.0.1/", "http://[fe80::1]/"] {
            #expect(await Self.fetchError(fetcher, [Self.reference(url)])?.reason == .blockedAddress)
        }
        #expect(transport.attempted.isEmpty)
    }

    // MARK: - URL and scheme

    @Test("only http and https URLs are fetched")
    func schemes() async throws {
        let transport = RefusingTransport()
        let fetcher = LiveRemoteMediaFetcher(configuration: .init(), transport: transport, resolver: SystemHostResolver())
        for url in ["ftp://example.com/a.png", "file:///etc/passwd", "gopher://example.com/"] {
            #expect(await Self.fetchError(fetcher, [Self.reference(url)])?.reason == .unsupportedScheme)
        }
        for url in ["not a url", "//example.com/a.png", "http://user:pw@example.com/a.png"] {
            #expect(await Self.fetchError(fetcher, [Self.reference(url)])?.reason == .invalidURL)
        }
        #expect(transport.attempted.isEmpty)
    }

    // MARK: - Limits

    @Test("a body over the size limit is refused, whether announced by Content-Length or not")
    func sizeLimit() async throws {
        try await HTTPTestHarness.withServer({ request, connection in
            let body = HTTPTestHarness.pattern(count: 1001)
            if request.target == "/declared.png" {
                connection.respond(status: 200, headers: [("Content-Type", "image/png")], body: body)
            } else if request.target == "/exact.png" {
                connection.respond(status: 200, headers: [("Content-Type", "image/png")], body: Array(body.prefix(1000)))
            } else {
                connection.writeHead(status: 200, headers: [("Content-Type", "image/png"), ("Transfer-Encoding", "chunked")])
                connection.writeChunk(Array(body.prefix(600)))
                connection.writeChunk(Array(body.suffix(401)))
                connection.writeChunk([])
            }
        }) { server in
            try await Self.withLoopbackFetcher({ $0.maxBytes = 1000 }) { fetcher, _ in
                for path in ["/declared.png", "/chunked.png"] {
                    let error = await Self.fetchError(fetcher, [Self.reference(server.baseURL + path)])
                    #expect(error?.reason == .tooLarge)
                    #expect(error?.detail?.contains("1000") == true)
                }
                let exact = server.baseURL + "/exact.png"
                let media = try await fetcher.fetch([Self.reference(exact)])
                #expect(media[exact]?.data.count == 1000)
            }
        }
    }

    @Test("a server that stalls runs into the time limit")
    func timeout() async throws {
        let release = TestSignal()
        try await HTTPTestHarness.withServer({ request, connection in
            if request.target == "/slow-body.png" {
                connection.writeHead(status: 200, headers: [("Content-Type", "image/png"), ("Content-Length", "100")])
                connection.write(Array(repeating: 1, count: 10))
            }
            _ = release.waitBlocking()
        }) { server in
            defer { release.fire() }
            try await Self.withLoopbackFetcher({ $0.timeout = .milliseconds(300) }) { fetcher, _ in
                for path in ["/no-answer.png", "/slow-body.png"] {
                    #expect(await Self.fetchError(fetcher, [Self.reference(server.baseURL + path)])?.reason == .timeout)
                }
            }
        }
    }

    @Test("an error status is reported with its code")
    func httpStatus() async throws {
        try await HTTPTestHarness.withServer({ _, connection in
            connection.respond(status: 404, body: Array("missing".utf8))
        }) { server in
            try await Self.withLoopbackFetcher { fetcher, _ in
                let error = await Self.fetchError(fetcher, [Self.reference(server.baseURL + "/gone.png")])
                #expect(error?.reason == .httpStatus)
                #expect(error?.detail == "HTTP 404")
            }
        }
    }

    // MARK: - Redirects

    @Test("relative and absolute redirects are followed up to the limit")
    func redirectsFollowed() async throws {
        let counter = RequestCounter()
        try await HTTPTestHarness.withServer({ request, connection in
            counter.record(request.target)
            switch request.target {
            case "/a": connection.respond(status: 301, headers: [("Location", "/b")])
            case "/b": connection.respond(status: 302, headers: [("Location", "c")])
            case "/c": connection.respond(status: 307, headers: [("Location", "http://127.0.0.1:\(request.header("Host")?.split(separator: ":").last ?? "")/img.png")])
            default: connection.respond(status: 200, headers: [("Content-Type", "image/png")], body: Self.png)
            }
        }) { server in
            try await Self.withLoopbackFetcher { fetcher, _ in
                let url = server.baseURL + "/a"
                let media = try await fetcher.fetch([Self.reference(url)])
                #expect(media[url] == FetchedMedia.Item(data: Data(Self.png), mediaType: "image/png"))
                #expect(counter.total == 4)
            }
        }
    }

    @Test("one redirect more than the limit fails")
    func redirectLimit() async throws {
        let counter = RequestCounter()
        try await HTTPTestHarness.withServer({ request, connection in
            counter.record(request.target)
            let hop = Int(request.target.dropFirst()) ?? 0
            connection.respond(status: 302, headers: [("Location", "/\(hop + 1)")])
        }) { server in
            try await Self.withLoopbackFetcher { fetcher, _ in
                let error = await Self.fetchError(fetcher, [Self.reference(server.baseURL + "/0")])
                #expect(error?.reason == .tooManyRedirects)
                #expect(counter.total == 4)  // the original request and 3 redirects
            }
        }
    }

    @Test("a redirect to a blocked address or another scheme is refused without following it")
    func redirectTargetsAreChecked() async throws {
        let counter = RequestCounter()
        try await HTTPTestHarness.withServer({ request, connection in
            counter.record(request.target)
            let location = switch request.target {
            case "/metadata": "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
            case "/mapped-metadata": "http://[::ffff:a9fe:a9fe]/latest/meta-data/"
            case "/private": "http://10.0.0.1/a.png"
            default: "ftp://example.com/a.png"
            }
            connection.respond(status: 302, headers: [("Location", location)])
        }) { server in
            try await Self.withLoopbackFetcher { fetcher, refused in
                for path in ["/metadata", "/mapped-metadata", "/private"] {
                    let error = await Self.fetchError(fetcher, [Self.reference(server.baseURL + path)])
                    #expect(error?.reason == .blockedAddress)
                }
                let ftp = await Self.fetchError(fetcher, [Self.reference(server.baseURL + "/ftp")])
                #expect(ftp?.reason == .unsupportedScheme)
                #expect(counter.total == 4)  // only the first hops, on loopback
                #expect(refused.attempted.isEmpty)  // the blocked targets were never attempted
            }
        }
    }

    // MARK: - Several URLs

    @Test("one failing URL fails the whole fetch with that reference's param")
    func firstFailureReported() async throws {
        try await HTTPTestHarness.withServer({ request, connection in
            if request.target == "/bad.png" {
                connection.respond(status: 500)
            } else {
                connection.respond(status: 200, headers: [("Content-Type", "image/png")], body: Self.png)
            }
        }) { server in
            try await Self.withLoopbackFetcher({ $0.maxConcurrentFetches = 2 }) { fetcher, _ in
                let references = (0..<5).map { Self.reference(server.baseURL + ($0 == 3 ? "/bad.png" : "/\($0).png"), $0) }
                let error = await Self.fetchError(fetcher, references)
                #expect(error?.reason == .httpStatus)
                #expect(error?.param == "messages[3].content[0].image_url.url")
            }
        }
    }
}
