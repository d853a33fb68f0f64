import Foundation

/// A validated AWS region name such as `us-east-1`, safe to put into a host name.
///
///     let region = try AWSRegion("eu-west-3")
///     let resolved = try AWSRegion.resolve(environment: ProcessInfo.processInfo.environment)  // AWS_REGION, …
///     print(resolved?.name ?? "no region configured")
public struct AWSRegion: Sendable, Hashable, CustomStringConvertible {
    /// The region name, e.g. `us-east-1`.
    public let name: String

    /// Validates `name`: 1…63 characters of `[a-z0-9-]`, not starting or ending with `-`
    /// (one DNS label). Anything else is rejected rather than escaped because it would end up
    /// inside `bedrock-runtime.{region}.amazonaws.com`.
    public init(_ name: String) throws(EndpointError) {
        let bytes = Array(name.utf8)
        let isLabelByte: (UInt8) -> Bool = { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
        guard (1...63).contains(bytes.count), bytes.allSatisfy(isLabelByte),
            bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-")
        else { throw .invalidRegion(name) }
        self.name = name
    }

    /// The partition the region belongs to (`cn-*` → `aws-cn`, `us-gov-*` → `aws-us-gov`, …).
    public var partition: AWSPartition { AWSPartition.containing(region: name) }

    public var description: String { name }

    /// The region configured the way the AWS SDKs look for it: `AWS_REGION`, then
    /// `AWS_DEFAULT_REGION`, then the `region` of the selected profile (`AWS_PROFILE`, default
    /// `default`) in the shared config/credentials files. `nil` when none is set; an error when
    /// the value found is not a valid region or the profile files cannot be read.
    ///
    /// - Parameter homeDirectory: where `~/.aws` lives; `nil` means `HOME` from `environment`.
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        homeDirectory: String? = nil
    ) throws -> AWSRegion? {
        for variable in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let value = environment[variable]?.trimmingCharacters(in: .whitespaces), !value.isEmpty {
                return try AWSRegion(value)
            }
        }
        let profiles = try AWSProfileSet.load(environment: environment, homeDirectory: homeDirectory)
        let profileName = AWSProfileSet.selectedProfileName(environment: environment)
        guard let value = profiles.profile(named: profileName)?["region"], !value.isEmpty else { return nil }
        return try AWSRegion(value)
    }
}
