import Foundation

/// Parses the INI dialect of `~/.aws/config` and `~/.aws/credentials` as the AWS SDKs'
/// shared-configuration spec describes it.
///
/// - Lines starting with `#` or `;` are comments; in a property value `#`/`;` start a comment
///   only after whitespace (so `key=a#b` keeps `a#b`), in a section line anywhere after `]`.
/// - Property names are case-insensitive (stored lowercased); values are trimmed.
/// - An indented line continues the previous property (sub-properties such as `s3 =` blocks).
///   Values with continuation lines are never credentials, so they are kept but not interpreted.
/// - In the config file profiles are `[profile name]`, except `[default]`; a bare `[name]` there
///   is not a profile and is ignored, as are `[sso-session x]` and `[services x]`. If both
///   `[default]` and `[profile default]` are present, `[profile default]` wins.
/// - In the credentials file profiles are `[name]` without prefix.
/// - Sections whose name is empty or contains whitespace are ignored; so are malformed lines.
enum AWSProfileFileParser {
    enum FileKind: Sendable {
        case config
        case credentials
    }

    /// The profiles of one file, later duplicates of a section merged over earlier ones.
    static func parse(_ text: String, kind: FileKind) -> [String: [String: String]] {
        var plainDefault: [String: String]?
        var prefixedDefault: [String: String]?
        var profiles: [String: [String: String]] = [:]

        // Where properties currently go: nil while inside an ignored section (or none yet).
        enum Target { case plainDefault, prefixedDefault, profile(String) }
        var target: Target?
        var lastKey: String?

        func store(_ key: String, _ value: String, into target: Target) {
            switch target {
            case .plainDefault: plainDefault?[key] = value
            case .prefixedDefault: prefixedDefault?[key] = value
            case .profile(let name): profiles[name]?[key] = value
            }
        }
        func value(of key: String, in target: Target) -> String? {
            switch target {
            case .plainDefault: return plainDefault?[key]
            case .prefixedDefault: return prefixedDefault?[key]
            case .profile(let name): return profiles[name]?[key]
            }
        }

        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = rawLine.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }

            if let first = rawLine.first, first == " " || first == "\t", let target, let key = lastKey {
                // Continuation of the previous property (an indented line right after a
                // section header is read as an ordinary property).
                let previous = value(of: key, in: target) ?? ""
                store(key, previous + "\n" + stripValueComment(trimmed), into: target)
                continue
            }

            if trimmed.hasPrefix("[") {
                lastKey = nil
                target = nil
                guard let name = sectionName(trimmed) else { continue }
                switch (kind, classify(name, kind: kind)) {
                case (_, .ignored):
                    continue
                case (.config, .defaultProfile(let prefixed)) where prefixed:
                    prefixedDefault = prefixedDefault ?? [:]
                    target = .prefixedDefault
                case (_, .defaultProfile):
                    plainDefault = plainDefault ?? [:]
                    target = .plainDefault
                case (_, .profile(let profileName)):
                    profiles[profileName] = profiles[profileName] ?? [:]
                    target = .profile(profileName)
                }
                continue
            }

            guard let target, let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            guard !key.isEmpty else { continue }
            let rawValue = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            store(key, stripValueComment(rawValue), into: target)
            lastKey = key
        }

        if let defaults = prefixedDefault ?? plainDefault { profiles["default"] = defaults }
        return profiles
    }

    private enum SectionKind {
        case defaultProfile(prefixed: Bool)
        case profile(String)
        case ignored
    }

    private static func classify(_ name: String, kind: FileKind) -> SectionKind {
        switch kind {
        case .credentials:
            guard isValidProfileName(name) else { return .ignored }
            return name == "default" ? .defaultProfile(prefixed: false) : .profile(name)
        case .config:
            if name == "default" { return .defaultProfile(prefixed: false) }
            guard name.hasPrefix("profile"), let separator = name.dropFirst("profile".count).first,
                separator == " " || separator == "\t"
            else { return .ignored }
            let profileName = name.dropFirst("profile".count).trimmingCharacters(in: .whitespaces)
            guard isValidProfileName(profileName) else { return .ignored }
            return profileName == "default" ? .defaultProfile(prefixed: true) : .profile(profileName)
        }
    }

    private static func isValidProfileName(_ name: String) -> Bool {
        !name.isEmpty && !name.contains(where: { $0.isWhitespace })
    }

    /// The name inside `[ … ]`, trimmed, when only whitespace or a comment follows `]`.
    private static func sectionName(_ line: String) -> String? {
        guard let close = line.firstIndex(of: "]") else { return nil }
        let rest = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
        guard rest.isEmpty || rest.hasPrefix("#") || rest.hasPrefix(";") else { return nil }
        let name = line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    /// `value` without a trailing comment that starts with whitespace then `#` or `;`.
    private static func stripValueComment(_ value: String) -> String {
        var previousWasWhitespace = false
        for index in value.indices {
            let character = value[index]
            if (character == "#" || character == ";") && previousWasWhitespace {
                return value[..<index].trimmingCharacters(in: .whitespaces)
            }
            previousWasWhitespace = character == " " || character == "\t"
        }
        return value
    }
}
