/// An AWS partition: a group of regions that share a DNS suffix (and credentials, which do not
/// work across partitions).
///
///     AWSPartition.containing(region: "cn-north-1").dnsSuffix      // "amazonaws.com.cn"
///     AWSPartition.containing(region: "us-gov-west-1").id          // "aws-us-gov"
///     AWSPartition.containing(region: "eu-central-1") == .aws     // true
public struct AWSPartition: Sendable, Hashable {
    /// The partition id used in ARNs (`arn:aws-cn:…`).
    public let id: String
    /// The domain every regional endpoint of the partition ends with.
    public let dnsSuffix: String
    /// The region-name prefix that selects this partition (`nil` for the commercial default).
    let regionPrefix: String?

    /// Commercial regions (`us-east-1`, `eu-west-1`, …): `amazonaws.com`.
    public static let aws = AWSPartition(id: "aws", dnsSuffix: "amazonaws.com", regionPrefix: nil)
    /// China (`cn-north-1`, `cn-northwest-1`): `amazonaws.com.cn`.
    public static let awsCN = AWSPartition(id: "aws-cn", dnsSuffix: "amazonaws.com.cn", regionPrefix: "cn-")
    /// AWS GovCloud (US) (`us-gov-west-1`, `us-gov-east-1`): `amazonaws.com`.
    public static let awsUSGov = AWSPartition(id: "aws-us-gov", dnsSuffix: "amazonaws.com", regionPrefix: "us-gov-")
    /// The isolated partitions, listed so their regions get the right suffix instead of a
    /// commercial host name that could never answer.
    public static let awsISO = AWSPartition(id: "aws-iso", dnsSuffix: "c2s.ic.gov", regionPrefix: "us-iso-")
    public static let awsISOB = AWSPartition(id: "aws-iso-b", dnsSuffix: "sc2s.sgov.gov", regionPrefix: "us-isob-")
    public static let awsISOE = AWSPartition(id: "aws-iso-e", dnsSuffix: "cloud.adc-e.uk", regionPrefix: "eu-isoe-")
    public static let awsISOF = AWSPartition(id: "aws-iso-f", dnsSuffix: "csp.hci.ic.gov", regionPrefix: "us-isof-")

    private static let prefixed: [AWSPartition] = [.awsCN, .awsUSGov, .awsISO, .awsISOB, .awsISOE, .awsISOF]

    /// The partition of `region`, by its name prefix; unknown regions are commercial, as in the
    /// SDKs' `partitions.json` (its `aws` regex accepts any `xx-xxxx-N` name).
    public static func containing(region: String) -> AWSPartition {
        prefixed.first { partition in partition.regionPrefix.map { region.hasPrefix($0) } ?? false } ?? .aws
    }
}
