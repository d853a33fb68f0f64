import Foundation

/// What `gatewayctl keys show` tells about the key secret: fingerprints, never keys.
///
/// ```swift
/// let report = KeyReport(location: location, stored: stored, document: document, now: Date())
/// Console.out(report.text())
/// ```
struct KeyReport: Sendable, Encodable {
    struct PreviousKey: Sendable, Encodable {
        var fingerprint: String
        /// `nil`: accepted until the secret changes.
        var expiresAt: String?
        var accepted: Bool
        /// Whole seconds left, when it has an expiry and is still accepted.
        var secondsLeft: Int?

        enum CodingKeys: String, CodingKey {
            case fingerprint
            case expiresAt = "expires_at"
            case accepted
            case secondsLeft = "seconds_left"
        }
    }

    var store: String
    var id: String
    var version: String?
    var format: String
    var currentKeys: [String]
    var previousKey: PreviousKey?

    enum CodingKeys: String, CodingKey {
        case store, id, version, format
        case currentKeys = "current_keys"
        case previousKey = "previous_key"
    }

    init(location: KeyLocation, stored: StoredKeyValue, document: KeySecretDocument, now: Date) {
        switch location {
        case .secret(let id):
            store = "secretsmanager"
            self.id = id
        case .parameter(let name):
            store = "ssm"
            self.id = name
        }
        version = stored.version
        format = document.format == .json ? "json" : "plain"
        currentKeys = document.currentKeys.map(KeyFingerprint.of)
        previousKey = document.previous.map { previous in
            let accepted = document.previousIsValid(at: now)
            return PreviousKey(
                fingerprint: KeyFingerprint.of(previous),
                expiresAt: document.previousExpiresAt.map(KeySecretDocument.formatDate),
                accepted: accepted,
                secondsLeft: accepted ? document.previousExpiresAt.map { Int($0.timeIntervalSince(now).rounded(.down)) } : nil)
        }
    }

    /// Aligned `label: value` lines.
    func text() -> String {
        var rows: [(String, String)] = [
            ("store", "\(store == "ssm" ? "SSM parameter" : "Secrets Manager secret") \(id)"),
            ("version", version ?? "unknown"),
            ("format", format == "json" ? "JSON" : "plain text"),
        ]
        rows.append((currentKeys.count == 1 ? "current key" : "current keys", currentKeys.joined(separator: ", ")))
        if let previousKey {
            let state: String
            switch (previousKey.accepted, previousKey.expiresAt) {
            case (true, let expiry?):
                state = "accepted until \(expiry) (\(GracePeriod.approximate(seconds: previousKey.secondsLeft ?? 0)) left)"
            case (true, nil):
                state = "accepted until the secret changes (no expiry)"
            case (false, let expiry):
                state = "expired at \(expiry ?? "?"), no longer accepted"
            }
            rows.append(("previous key", "\(previousKey.fingerprint) \(state)"))
        } else {
            rows.append(("previous key", "none"))
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { label, value in
            (label + ":").padding(toLength: width + 2, withPad: " ", startingAt: 0) + value
        }.joined(separator: "\n") + "\n"
    }
}
