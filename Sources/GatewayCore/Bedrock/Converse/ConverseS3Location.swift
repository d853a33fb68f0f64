/// An object in Amazon S3 (`S3Location`).
///
/// ```swift
/// let location = ConverseS3Location(uri: "s3://my-bucket/report.pdf", bucketOwner: "123456789012")
/// ```
public struct ConverseS3Location: Codable, Hashable, Sendable {
    /// `s3://bucket/key`.
    public var uri: String
    /// Account that owns the bucket, when it is not the caller's.
    public var bucketOwner: String?

    public init(uri: String, bucketOwner: String? = nil) {
        self.uri = uri
        self.bucketOwner = bucketOwner
    }
}
