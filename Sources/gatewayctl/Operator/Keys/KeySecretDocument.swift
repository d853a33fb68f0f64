import Foundation
import GatewayCore

/// The API key secret's value as the gateway reads it (``APIKeySet/parse(secretValue:)``),
/// split into its parts so the CLI can rotate it and describe it without showing a key.
///
/// Formats (the gateway's): plain text with one key or several separated by commas; JSON
/// `{"api_key": "<key>"}`; and the rotation form
/// `{"api_key": "<new>", "previous_api_key": "<old>", "previous_api_key_expires_at": "<ISO 8601>"}`.
/// Other JSON members are kept through a rotation. Errors never quote the value.
///
/// ```swift
/// let document = try KeySecretDocument(parsing: secretString)
/// let next = try document.rotated(to: newKey, at: Date(), grace: GracePeriod(seconds: 86_400))
/// try store.write(next.secretValue)
/// ```
struct KeySecretDocument: Sendable, Hashable {
    enum Format: String, Sendable, Hashable {
        case plainText = "plain text"
        case json = "JSON"
    }

    var format: Format
    /// Every key accepted without end: the current one first (plain text may list several).
    var currentKeys: [String]
    /// The key being retired, accepted until ``previousExpiresAt``.
    var previous: String?
    /// When the previous key stops being accepted; `nil` with a previous key means "until the
    /// secret changes".
    var previousExpiresAt: Date?
    /// JSON members the gateway ignores, kept as they are.
    var otherMembers: [String: JSONValue]

    static let currentMember = "api_key"
    static let previousMember = "previous_api_key"
    static let expiryMember = "previous_api_key_expires_at"

    init(
        format: Format, currentKeys: [String], previous: String? = nil, previousExpiresAt: Date? = nil,
        otherMembers: [String: JSONValue] = [:]
    ) {
        self.format = format
        self.currentKeys = currentKeys
        self.previous = previous
        self.previousExpiresAt = previousExpiresAt
        self.otherMembers = otherMembers
    }

    /// Reads a secret value; what the gateway would refuse is refused here too, with its reason.
    init(parsing secretValue: String) throws(OperatorError) {
        do {
            _ = try APIKeySet.parse(secretValue: secretValue)
        } catch {
            throw OperatorError("the key secret is not in a format the gateway reads: \(error.message)")
        }
        let text = secretValue.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("{") else {
            let keys = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
            self.init(format: .plainText, currentKeys: keys)
            return
        }
        // The gateway has accepted it, so this is a JSON object with a string `api_key`.
        guard let object = (try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)))?.objectValue,
            case .string(let current)? = object[Self.currentMember]
        else {
            throw OperatorError("the key secret is JSON without a string member '\(Self.currentMember)'")
        }
        var previous: String?
        if case .string(let value)? = object[Self.previousMember], !value.isEmpty, value != current {
            previous = value
        }
        var expiry: Date?
        if case .string(let value)? = object[Self.expiryMember] {
            expiry = Self.parseDate(value)
        }
        var others = object
        for member in [Self.currentMember, Self.previousMember, Self.expiryMember] { others[member] = nil }
        self.init(
            format: .json, currentKeys: [current], previous: previous,
            previousExpiresAt: previous == nil ? nil : expiry, otherMembers: others)
    }

    /// Whether the previous key is still accepted at `now`.
    func previousIsValid(at now: Date) -> Bool {
        guard previous != nil else { return false }
        return previousExpiresAt.map { now < $0 } ?? true
    }

    /// The document after a rotation to `newKey`: the current key becomes the previous one,
    /// accepted until `now + grace` (whole seconds, rounded up, so the grace is never shorter
    /// than asked); with a zero grace it is dropped at once.
    ///
    /// - Throws: when the current value cannot be rotated without cutting off a key that is
    ///   still valid: several plain-text keys, or a previous key still in its grace period
    ///   (unless `force`).
    func rotated(to newKey: String, at now: Date, grace: GracePeriod, force: Bool = false) throws(OperatorError)
        -> KeySecretDocument
    {
        guard currentKeys.count == 1, let current = currentKeys.first else {
            throw OperatorError(
                "the key secret holds \(currentKeys.count) comma-separated keys; a rotation keeps one previous key",
                hint: "reduce it to the one key clients use, then rotate")
        }
        if let previous, previousIsValid(at: now), !force {
            let until = previousExpiresAt.map { "until \(Self.formatDate($0))" } ?? "without end"
            throw OperatorError(
                "the previous key \(KeyFingerprint.of(previous)) is still valid \(until); rotating now would cut it off",
                hint: "wait until its grace period ends, or pass --force")
        }
        guard newKey != current else { throw OperatorError("the new key equals the current key") }
        if grace.seconds == 0 {
            return KeySecretDocument(format: .json, currentKeys: [newKey], otherMembers: otherMembers)
        }
        let expiry = Date(timeIntervalSince1970: (now.timeIntervalSince1970 + Double(grace.seconds)).rounded(.up))
        return KeySecretDocument(
            format: .json, currentKeys: [newKey], previous: current, previousExpiresAt: expiry,
            otherMembers: otherMembers)
    }

    /// The value to store: the JSON form (sorted members, compact).
    func secretValue() throws(OperatorError) -> String {
        var object = otherMembers
        object[Self.currentMember] = .string(currentKeys.first ?? "")
        if let previous {
            object[Self.previousMember] = .string(previous)
            if let previousExpiresAt { object[Self.expiryMember] = .string(Self.formatDate(previousExpiresAt)) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(JSONValue.object(object)), as: UTF8.self)
        } catch {
            throw OperatorError("the new key secret could not be encoded")
        }
    }

    /// RFC 3339 in UTC without fractional seconds (`2025-03-10T12:00:00Z`), which the gateway parses.
    static func formatDate(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// RFC 3339 date-times, with or without fractional seconds (as the gateway reads them).
    static func parseDate(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
