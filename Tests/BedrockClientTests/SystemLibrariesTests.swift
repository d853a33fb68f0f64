import Testing

@testable import BedrockClient

@Suite struct SystemLibrariesTests {
    @Test func linksLibcurlWithOpenSSL() {
        #expect(SystemLibraries.curlVersion.contains("libcurl/"))
        #expect(SystemLibraries.cryptoVersion.hasPrefix("OpenSSL"))
    }
}
