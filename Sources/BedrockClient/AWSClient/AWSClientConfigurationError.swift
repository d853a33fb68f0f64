/// Why the environment does not describe a usable AWS client.
///
/// ```swift
/// do { configuration = try AWSClientConfiguration.fromEnvironment() }
/// catch .missingRegion { print("set AWS_REGION") }
/// ```
public enum AWSClientConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Neither `AWS_REGION`, `AWS_DEFAULT_REGION` nor the profile names a region.
    case missingRegion
    /// A setting is present but unusable (bad region, endpoint URL, `AWS_MAX_ATTEMPTS`, …).
    case invalidSetting(String)

    public var description: String {
        switch self {
        case .missingRegion: "no AWS region configured: set AWS_REGION (or AWS_DEFAULT_REGION, or a profile region)"
        case .invalidSetting(let detail): "invalid AWS configuration: \(detail)"
        }
    }
}
