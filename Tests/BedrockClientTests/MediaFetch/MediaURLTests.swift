import Testing

@testable import BedrockClient

@Suite("Media URL parsing")
struct MediaURLTests {
    @Test("host is lowercased and loses its trailing dot; default ports are filled in")
    func normalization() throws {
        let url = try MediaURL("HTTP://Images.Example.COM./cats/1.png?size=large")
        #expect(url.scheme == "http")
        #expect(url.host == "images.example.com")
        #expect(url.port == 80)
        #expect(url.url == "http://images.example.com/cats/1.png?size=large")
        #expect(url.resolveEntry([.v4(0x5DB8_D822)]) == "+images.example.com:80:93.184.216.34")

        let secure = try MediaURL("https://example.com:8443/a.png")
        #expect(secure.port == 8443)
        #expect(try MediaURL("https://example.com/a.png").port == 443)
    }

    @Test("IPv6 literal hosts lose their brackets and get them back in resolve entries")
    func ipv6Literal() throws {
        let url = try MediaURL("http://[::FFFF:127.0.0.1]:8080/x")
        #expect(url.host.hasPrefix("::ffff:"))
        #expect(url.hostIsIPv6Literal)
        #expect(NetworkAddress(literal: url.host)?.specialRange == .loopback)
        #expect(url.resolveEntry([.v4(0x0808_0808)]).hasSuffix(":8080:8.8.8.8"))
        #expect(url.resolveEntry([.v4(0x0808_0808)]).hasPrefix("+[::ffff:"))
    }

    @Test("redirect locations resolve against the current URL")
    func relativeResolution() throws {
        let base = try MediaURL("https://cdn.example.com/a/b/c.png")
        #expect(try MediaURL("../d.png", relativeTo: base).url == "https://cdn.example.com/a/d.png")
        #expect(try MediaURL("/root.png", relativeTo: base).url == "https://cdn.example.com/root.png")
        #expect(try MediaURL("//other.example.net/x.png", relativeTo: base).url == "https://other.example.net/x.png")
        #expect(try MediaURL("http://plain.example.org/y", relativeTo: base).host == "plain.example.org")
    }

    @Test("schemes other than http and https are refused as such")
    func unsupportedSchemes() {
        for text in ["ftp://example.com/a.png", "file:///etc/passwd", "gopher://example.com/", "javascript://x/%0aalert(1)"] {
            #expect(throws: MediaURL.Failure.self) { try MediaURL(text) }
            do {
                _ = try MediaURL(text)
            } catch {
                guard case .unsupportedScheme = error else {
                    Issue.record("\(text): \(error)")
                    continue
                }
            }
        }
    }

    @Test("malformed URLs, credentials and non-ASCII hosts are invalid")
    func invalidURLs() {
        for text in [
            "not a url", "/relative/only.png", "http://", "http://user:secret@example.com/a.png",
            "http://bücher.example/a.png", "http://exa mple.com/", "http://example.com:99999/",
        ] {
            do {
                _ = try MediaURL(text)
                Issue.record("\(text) parsed")
            } catch {
                guard case .invalid = error else {
                    Issue.record("\(text): \(error)")
                    continue
                }
            }
        }
    }
}
