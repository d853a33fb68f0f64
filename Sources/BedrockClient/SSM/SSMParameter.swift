import Foundation

/// A Parameter Store parameter (`Parameter`). The description hides `SecureString` values.
///
/// ```swift
/// let parameter = try await ssm.getParameter(GetParameterRequest(name: "/gateway/api-key", withDecryption: true)).parameter
/// print(parameter?.value ?? "", parameter?.version ?? 0)
/// ```
public struct SSMParameter: Codable, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public var name: String?
    public var type: SSMParameterType?
    /// The value; `StringList` values are comma-separated.
    public var value: String?
    public var version: Int64?
    /// `name:version` or `name:label` when the request selected one.
    public var selector: String?
    public var sourceResult: String?
    public var lastModifiedDate: Date?
    public var arn: String?
    public var dataType: String?

    public init(
        name: String? = nil, type: SSMParameterType? = nil, value: String? = nil, version: Int64? = nil,
        selector: String? = nil, sourceResult: String? = nil, lastModifiedDate: Date? = nil, arn: String? = nil,
        dataType: String? = nil
    ) {
        self.name = name
        self.type = type
        self.value = value
        self.version = version
        self.selector = selector
        self.sourceResult = sourceResult
        self.lastModifiedDate = lastModifiedDate
        self.arn = arn
        self.dataType = dataType
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case type = "Type"
        case value = "Value"
        case version = "Version"
        case selector = "Selector"
        case sourceResult = "SourceResult"
        case lastModifiedDate = "LastModifiedDate"
        case arn = "ARN"
        case dataType = "DataType"
    }

    public var description: String {
        let shown = type == .secureString ? "<redacted>" : (value ?? "nil")
        return
            "SSMParameter(name: \(name ?? "nil"), type: \(type?.rawValue ?? "nil"), value: \(shown), version: \(version.map(String.init) ?? "nil"))"
    }

    public var debugDescription: String { description }
}
