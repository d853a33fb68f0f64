import Foundation

/// Typed reads of environment variables for ``GatewayConfiguration``: a variable that is unset,
/// empty or only whitespace counts as unset; a bad value throws an error naming the variable.
struct EnvironmentReader {
    let environment: [String: String]

    func string(_ name: String) -> String? {
        guard let raw = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else {
            return nil
        }
        return raw
    }

    /// `true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`, any case.
    func bool(_ name: String, default defaultValue: Bool) throws(GatewayConfigurationError) -> Bool {
        guard let raw = string(name) else { return defaultValue }
        switch raw.lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default:
            throw GatewayConfigurationError(variable: name, message: "Expected true or false, got '\(raw)'.")
        }
    }

    /// Seconds, as a whole or decimal number.
    func seconds(
        _ name: String, default defaultValue: TimeInterval, allowZero: Bool
    ) throws(GatewayConfigurationError) -> TimeInterval {
        guard let raw = string(name) else { return defaultValue }
        guard let value = Double(raw), value.isFinite, allowZero ? value >= 0 : value > 0 else {
            let expected = allowZero ? "a number of seconds ≥ 0" : "a number of seconds > 0"
            throw GatewayConfigurationError(variable: name, message: "Expected \(expected), got '\(raw)'.")
        }
        return value
    }

    /// A positive whole number of bytes.
    func bytes(_ name: String, default defaultValue: Int) throws(GatewayConfigurationError) -> Int {
        guard let raw = string(name) else { return defaultValue }
        guard let value = Int(raw), value > 0 else {
            throw GatewayConfigurationError(variable: name, message: "Expected a whole number of bytes > 0, got '\(raw)'.")
        }
        return value
    }
}
