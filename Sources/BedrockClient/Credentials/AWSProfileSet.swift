import Foundation

/// The profiles of the shared AWS files — `~/.aws/config` and `~/.aws/credentials`, or the files
/// named by `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE` — merged per profile name.
///
///     let profiles = try AWSProfileSet.load(environment: env, homeDirectory: "/home/me")
///     let name = AWSProfileSet.selectedProfileName(environment: env)   // AWS_PROFILE ?? "default"
///     let region = profiles.profile(named: name)?["region"]
///
/// When a profile appears in both files their properties are merged and the credentials file
/// wins for keys present in both, as in the AWS SDKs. Missing files count as empty.
public struct AWSProfileSet: Sendable, Hashable {
    /// Profiles by name.
    public let profiles: [String: AWSProfile]
    /// The config file path read (whether or not it exists).
    public let configFilePath: String
    /// The credentials file path read (whether or not it exists).
    public let credentialsFilePath: String
    /// Whether either file existed.
    public let anyFileExists: Bool

    public init(profiles: [String: AWSProfile], configFilePath: String, credentialsFilePath: String, anyFileExists: Bool) {
        self.profiles = profiles
        self.configFilePath = configFilePath
        self.credentialsFilePath = credentialsFilePath
        self.anyFileExists = anyFileExists
    }

    /// The profile named `name`, if either file defines it.
    public func profile(named name: String) -> AWSProfile? {
        profiles[name]
    }

    /// `AWS_PROFILE` when set and non-empty, else `default`.
    public static func selectedProfileName(environment: [String: String]) -> String {
        if let name = environment["AWS_PROFILE"]?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        return "default"
    }

    /// The home directory to use: `homeDirectory` when given, else `HOME`, else the account's.
    static func home(_ homeDirectory: String?, environment: [String: String]) -> String {
        if let homeDirectory { return homeDirectory }
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    /// Expands a leading `~` the way the SDKs do for the file variables.
    static func expandTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst() }
        return path
    }

    /// Reads and merges both files.
    ///
    /// - Parameter homeDirectory: where `.aws/` lives; `nil` means `HOME` from `environment`.
    /// - Throws: ``CredentialsError/unreadableFile(path:detail:)`` when a file exists but cannot be read.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil
    ) throws(CredentialsError) -> AWSProfileSet {
        let home = home(homeDirectory, environment: environment)
        func path(_ variable: String, default relative: String) -> String {
            if let value = environment[variable], !value.isEmpty { return expandTilde(value, home: home) }
            return (home as NSString).appendingPathComponent(relative)
        }
        let configPath = path("AWS_CONFIG_FILE", default: ".aws/config")
        let credentialsPath = path("AWS_SHARED_CREDENTIALS_FILE", default: ".aws/credentials")
        let configText = try read(configPath)
        let credentialsText = try read(credentialsPath)
        return parse(
            configText: configText ?? "", credentialsText: credentialsText ?? "",
            configFilePath: configPath, credentialsFilePath: credentialsPath,
            anyFileExists: configText != nil || credentialsText != nil
        )
    }

    /// Merges already-read file contents (credentials over config).
    public static func parse(
        configText: String,
        credentialsText: String,
        configFilePath: String = "~/.aws/config",
        credentialsFilePath: String = "~/.aws/credentials",
        anyFileExists: Bool = true
    ) -> AWSProfileSet {
        var merged = AWSProfileFileParser.parse(configText, kind: .config)
        for (name, properties) in AWSProfileFileParser.parse(credentialsText, kind: .credentials) {
            merged[name, default: [:]].merge(properties) { _, fromCredentials in fromCredentials }
        }
        var profiles: [String: AWSProfile] = [:]
        for (name, properties) in merged { profiles[name] = AWSProfile(name: name, properties: properties) }
        return AWSProfileSet(
            profiles: profiles, configFilePath: configFilePath, credentialsFilePath: credentialsFilePath,
            anyFileExists: anyFileExists
        )
    }

    /// The file's text, or `nil` when it does not exist.
    private static func read(_ path: String) throws(CredentialsError) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue else { throw .unreadableFile(path: path, detail: "is a directory") }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw .unreadableFile(path: path, detail: error.localizedDescription)
        }
    }
}
