/// A Bedrock model identifier, taken apart.
///
/// Clients name models in many ways: a foundation model id (`anthropic.claude-sonnet-4-5-20250929-v1:0`),
/// a system cross-region inference profile (`us.` / `eu.` / `apac.` / `global.` + model id), or an ARN
/// of a foundation model, an inference profile, an application inference profile or provisioned
/// throughput. This type keeps the id as given (that is what goes into the URL path) and derives
/// the provider and base model id that capability lookups need.
///
/// ```swift
/// let id = BedrockModelID("us.anthropic.claude-3-7-sonnet-20250219-v1:0")
/// id.baseModelID   // "anthropic.claude-3-7-sonnet-20250219-v1:0"
/// id.provider      // "anthropic"
/// ```
public struct BedrockModelID: Sendable, Hashable, CustomStringConvertible {
    /// The id exactly as given; this is what is sent to Bedrock.
    public let rawValue: String
    /// The region-group prefix of a system cross-region profile (`us`, `eu`, `apac`, `global`, …).
    public let crossRegionPrefix: String?
    /// The foundation model id behind the identifier, when it can be read off the id itself.
    /// `nil` for application inference profiles and provisioned/custom model ARNs, whose base
    /// model only the catalog knows.
    public let baseModelID: String?
    /// What kind of resource the id names.
    public let kind: Kind

    /// The kinds of resource a Bedrock model identifier can name.
    public enum Kind: Sendable, Hashable {
        case foundationModel
        case systemInferenceProfile
        case applicationInferenceProfile
        case provisionedOrCustomModel
        case promptResource
    }

    /// Region-group prefixes of system-defined cross-region inference profiles.
    /// `us-gov` must precede `us` so that the longer prefix wins.
    static let crossRegionPrefixes = ["us-gov", "us", "eu", "apac", "global", "jp", "au", "ca"]

    public init(_ rawValue: String) {
        self.rawValue = rawValue
        var id = rawValue
        var kind = Kind.foundationModel
        if rawValue.hasPrefix("arn:") {
            // arn:<partition>:bedrock:<region>:<account>:<resource-type>/<resource-id>
            let resource = rawValue.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
                .dropFirst(5).first.map(String.init) ?? ""
            let parts = resource.split(separator: "/", maxSplits: 1).map(String.init)
            let type = parts.first ?? ""
            id = parts.count > 1 ? parts[1] : ""
            switch type {
            case "foundation-model": kind = .foundationModel
            case "inference-profile": kind = .systemInferenceProfile
            case "application-inference-profile": kind = .applicationInferenceProfile
            case "prompt": kind = .promptResource
            default: kind = .provisionedOrCustomModel
            }
        }
        var prefix: String?
        if kind == .foundationModel || kind == .systemInferenceProfile {
            for candidate in Self.crossRegionPrefixes where id.hasPrefix(candidate + ".") {
                prefix = candidate
                id.removeFirst(candidate.count + 1)
                kind = .systemInferenceProfile
                break
            }
        }
        self.kind = kind
        self.crossRegionPrefix = prefix
        switch kind {
        case .foundationModel, .systemInferenceProfile:
            self.baseModelID = id.isEmpty ? nil : id
        case .applicationInferenceProfile, .provisionedOrCustomModel, .promptResource:
            self.baseModelID = nil
        }
    }

    /// The provider segment of the base model id (`anthropic`, `amazon`, `meta`, …).
    public var provider: String? {
        guard let base = baseModelID, let dot = base.firstIndex(of: ".") else { return nil }
        return String(base[..<dot])
    }

    public var description: String { rawValue }
}
