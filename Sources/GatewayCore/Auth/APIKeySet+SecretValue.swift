import Foundation

extension APIKeySet {
    /// Reads the API keys out of a Secrets Manager secret string or an SSM parameter value.
    ///
    /// Accepted formats (surrounding whitespace ignored):
    /// - plain text: one key, or several separated by commas (as in `API_KEY`);
    /// - JSON `{"api_key": "<key>"}`;
    /// - JSON during a rotation, as `gatewayctl keys rotate` writes it:
    ///   `{"api_key": "<new>", "previous_api_key": "<old>", "previous_api_key_expires_at": "2025-03-10T12:00:00Z"}`
    ///   — both keys are accepted until the (ISO 8601) expiry, then only the new one. Without
    ///   `previous_api_key_expires_at` the previous key stays valid until the secret changes.
    ///
    /// Other JSON members are ignored. Errors never quote the value.
    ///
    /// ```swift
    /// let keys = try APIKeySet.parse(secretValue: #"{"api_key":"sk-new","previous_api_key":"sk-old"}"#)
    /// keys.count   // 2
    /// ```
    public static func parse(secretValue: String) throws(APIKeySourceError) -> APIKeySet {
        let text = secretValue.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw APIKeySourceError("The API key secret is empty.") }
        guard text.hasPrefix("{") else {
            let keys = APIKeySet(splitKeyList(text))
            guard !keys.isEmpty else { throw APIKeySourceError("The API key secret holds no key.") }
            return keys
        }
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw APIKeySourceError("The API key secret starts with '{' but is not valid JSON.")
        }
        guard case .string(let current)? = document["api_key"], !current.isEmpty else {
            throw APIKeySourceError("The API key secret is JSON without a non-empty string member 'api_key'.")
        }
        var previous: String?
        switch document["previous_api_key"] {
        case nil, .null?: previous = nil
        case .string(let value)?: previous = value.isEmpty ? nil : value
        default: throw APIKeySourceError("'previous_api_key' in the API key secret must be a string.")
        }
        var expiry: Date?
        switch document["previous_api_key_expires_at"] {
        case nil, .null?: expiry = nil
        case .string(let value)?:
            guard let date = parseISO8601(value) else {
                throw APIKeySourceError("'previous_api_key_expires_at' in the API key secret is not an ISO 8601 date-time.")
            }
            expiry = date
        default: throw APIKeySourceError("'previous_api_key_expires_at' in the API key secret must be a string.")
        }
        return APIKeySet(current: current, previous: previous, previousValidUntil: expiry)
    }

    /// `a, b,c` → `["a", "b", "c"]`: trimmed, empty entries dropped.
    static func splitKeyList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// RFC 3339 date-times, with or without fractional seconds.
    static func parseISO8601(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
