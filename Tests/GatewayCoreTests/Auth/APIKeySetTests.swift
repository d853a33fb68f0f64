import Foundation
import Testing

@testable import GatewayCore

@Suite("API key sets")
struct APIKeySetTests {
    let now = Date(timeIntervalSince1970: 1_741_569_952)

    @Test("Constant-time equality is plain equality, for every length relation")
    func constantTimeEquality() {
        let cases: [(String, String, Bool)] = [
            ("sk-abc", "sk-abc", true), ("", "", true), ("sk-abc", "sk-abd", false), ("sk-abc", "sk-ab", false),
            ("sk-ab", "sk-abc", false), ("sk-abc", "", false), ("a", "b", false), ("xk-abc", "sk-abc", false),
            // A shorter key padded with zero bytes must not equal the longer one.
            ("sk", "sk\u{0}", false), ("é", "é", true),
        ]
        for (lhs, rhs, equal) in cases {
            #expect(APIKeySet.constantTimeEquals(Array(lhs.utf8), Array(rhs.utf8)) == equal, "\(lhs) vs \(rhs)")
        }
    }

    @Test("Every key of the set is accepted; empty keys and empty candidates never are")
    func severalKeys() {
        let keys = APIKeySet(["sk-new", "", "sk-old"])
        #expect(keys.count == 2)
        #expect(keys.accepts("sk-new", at: now))
        #expect(keys.accepts("sk-old", at: now))
        #expect(!keys.accepts("sk-other", at: now))
        #expect(!keys.accepts("", at: now))
        #expect(!keys.accepts("sk-new ", at: now))
    }

    @Test("A previous key is accepted until its expiry, the current one after it")
    func previousKeyExpires() {
        let expiry = now.addingTimeInterval(3600)
        let keys = APIKeySet(current: "sk-new", previous: "sk-old", previousValidUntil: expiry)
        #expect(keys.accepts("sk-old", at: now))
        #expect(keys.accepts("sk-old", at: expiry.addingTimeInterval(-1)))
        #expect(!keys.accepts("sk-old", at: expiry))
        #expect(keys.accepts("sk-new", at: expiry.addingTimeInterval(86_400)))
    }

    @Test("A plain secret value holds one key or a comma-separated list")
    func plainSecret() throws {
        let one = try APIKeySet.parse(secretValue: "sk-plain\n")
        #expect(one.count == 1)
        #expect(one.accepts("sk-plain", at: now))
        let two = try APIKeySet.parse(secretValue: "sk-a, sk-b")
        #expect(two.accepts("sk-a", at: now) && two.accepts("sk-b", at: now))
    }

    @Test("JSON {\"api_key\": …} holds one key")
    func jsonSecret() throws {
        let keys = try APIKeySet.parse(secretValue: #"{"api_key": "sk-json", "note": "ignored"}"#)
        #expect(keys.count == 1)
        #expect(keys.accepts("sk-json", at: now))
    }

    @Test("The rotation form accepts both keys until previous_api_key_expires_at")
    func rotationSecret() throws {
        let keys = try APIKeySet.parse(
            secretValue: #"{"api_key":"sk-new","previous_api_key":"sk-old","previous_api_key_expires_at":"2025-03-10T02:25:52Z"}"#)
        #expect(keys.count == 2)
        #expect(keys.accepts("sk-old", at: now))  // 2025-03-10T01:25:52Z
        #expect(!keys.accepts("sk-old", at: now.addingTimeInterval(3600)))
        #expect(keys.accepts("sk-new", at: now.addingTimeInterval(3600)))
        let fractional = try APIKeySet.parse(
            secretValue: #"{"api_key":"sk-new","previous_api_key":"sk-old","previous_api_key_expires_at":"2025-03-10T02:25:52.500+00:00"}"#)
        #expect(fractional.accepts("sk-old", at: now.addingTimeInterval(3600.25)))
        #expect(!fractional.accepts("sk-old", at: now.addingTimeInterval(3600.5)))
    }

    @Test("A previous key without expiry stays valid; null or empty previous keys are ignored")
    func previousWithoutExpiry() throws {
        let open = try APIKeySet.parse(secretValue: #"{"api_key":"sk-new","previous_api_key":"sk-old"}"#)
        #expect(open.accepts("sk-old", at: now.addingTimeInterval(365 * 86_400)))
        let none = try APIKeySet.parse(secretValue: #"{"api_key":"sk-new","previous_api_key":null,"previous_api_key_expires_at":null}"#)
        #expect(none.count == 1)
        #expect(try APIKeySet.parse(secretValue: #"{"api_key":"sk-new","previous_api_key":""}"#).count == 1)
    }

    @Test(
        "Malformed secrets are errors that do not quote the value",
        arguments: [
            "", "  \n", " , ", #"{"api_key": ""}"#, #"{"key": "sk-secret"}"#, #"{"api_key": 42}"#, "{not json sk-secret",
            #"{"api_key":"sk-secret","previous_api_key":"sk-old","previous_api_key_expires_at":"tomorrow"}"#,
            #"{"api_key":"sk-secret","previous_api_key":7}"#,
        ])
    func malformed(value: String) {
        do {
            _ = try APIKeySet.parse(secretValue: value)
            Issue.record("expected an error for \(value)")
        } catch {
            #expect(!error.message.contains("sk-secret"))
        }
    }

    @Test("Descriptions and dumps show the number of keys only")
    func redacted() {
        let keys = APIKeySet(["sk-secret"])
        #expect(keys.description == "APIKeySet(1 key)")
        var dumped = ""
        dump(keys, to: &dumped)
        #expect(!dumped.contains("sk-secret"))
    }
}
