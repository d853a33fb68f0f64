import Testing

@testable import BedrockClient

@Suite("Proxy environment resolution")
struct ProxyResolutionTests {
    @Test func lowercaseVariablesWinOverUppercase() {
        let resolution = ProxyResolution(
            .environment,
            environment: [
                "http_proxy": "http://lower:1", "HTTP_PROXY": "http://upper:1",
                "https_proxy": "http://lower:2", "HTTPS_PROXY": "http://upper:2",
            ])
        #expect(resolution.proxy(for: "http://example.com/") == "http://lower:1")
        #expect(resolution.proxy(for: "https://example.com/") == "http://lower:2")
    }

    @Test func uppercaseVariablesAndAllProxyAreFallbacks() {
        let resolution = ProxyResolution(
            .environment, environment: ["HTTP_PROXY": "http://upper:1", "ALL_PROXY": "socks5h://all:3"])
        #expect(resolution.proxy(for: "http://example.com/") == "http://upper:1")
        #expect(resolution.proxy(for: "HTTPS://example.com/") == "socks5h://all:3")
    }

    @Test func emptyVariablesCountAsUnset() {
        let resolution = ProxyResolution(.environment, environment: ["https_proxy": "", "HTTPS_PROXY": "http://p:8"])
        #expect(resolution.proxy(for: "https://example.com/") == "http://p:8")
        #expect(resolution.proxy(for: "http://example.com/") == "")
    }

    @Test func noProxyListAlwaysIncludesLoopback() {
        let resolution = ProxyResolution(
            .environment, environment: ["https_proxy": "http://p:8", "NO_PROXY": " .internal, 169.254.169.254 ,localhost"])
        let entries = resolution.noProxy.split(separator: ",").map(String.init)
        #expect(entries == [".internal", "169.254.169.254", "localhost", "127.0.0.0/8", "::1"])

        let bare = ProxyResolution(.environment, environment: [:])
        #expect(bare.noProxy == "localhost,127.0.0.0/8,::1")
        #expect(bare.proxy(for: "https://example.com/") == "")
    }

    @Test func noProxyWildcardStaysAlone() {
        // libcurl only treats "*" as the wildcard when it is the whole list.
        let resolution = ProxyResolution(.environment, environment: ["no_proxy": "*", "https_proxy": "http://p:8"])
        #expect(resolution.noProxy == "*")
    }

    @Test func disabledIgnoresTheEnvironment() {
        let resolution = ProxyResolution(.disabled, environment: ["http_proxy": "http://p:8", "https_proxy": "http://p:8"])
        #expect(resolution.proxy(for: "http://example.com/") == "")
        #expect(resolution.proxy(for: "https://example.com/") == "")
    }

    @Test func explicitProxyAppliesToBothSchemesWithItsExceptions() {
        let resolution = ProxyResolution(
            .explicit(url: "http://proxy:3128", noProxy: ["169.254.169.254"]), environment: ["https_proxy": "http://env:1"])
        #expect(resolution.proxy(for: "http://example.com/") == "http://proxy:3128")
        #expect(resolution.proxy(for: "https://example.com/") == "http://proxy:3128")
        #expect(resolution.noProxy == "169.254.169.254,localhost,127.0.0.0/8,::1")
    }
}
