import Foundation

/// Finds the API key a request presents: `Authorization: Bearer <key>` (what the OpenAI SDKs
/// send), or else `x-api-key: <key>` (what Anthropic-style clients send).
///
/// The scheme name is case-insensitive (RFC 9110 §11.1); surrounding whitespace is ignored.
/// An `Authorization` header with another scheme (`Basic …`) presents no key.
///
/// ```swift
/// APIKeyCredential.apiKey(in: request)   // "sk-…" or nil
/// ```
enum APIKeyCredential {
    static func apiKey(in request: GatewayRequest) -> String? {
        if let authorization = request.header("authorization") {
            let value = authorization.trimmingCharacters(in: .whitespaces)
            let scheme = value.prefix { $0 != " " && $0 != "\t" }
            if scheme.lowercased() == "bearer" {
                let token = value.dropFirst(scheme.count).trimmingCharacters(in: .whitespaces)
                if !token.isEmpty { return token }
            }
        }
        if let key = request.header("x-api-key")?.trimmingCharacters(in: .whitespaces), !key.isEmpty {
            return key
        }
        return nil
    }
}
