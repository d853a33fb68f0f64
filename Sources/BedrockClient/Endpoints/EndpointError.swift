/// Why an endpoint, a region or an endpoint setting could not be resolved.
///
///     do { let region = try AWSRegion("us-east-1") }
///     catch .invalidRegion(let name) { print("bad region \(name)") }
public enum EndpointError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A region name that is not `[a-z0-9-]+` (it is put into host names, so anything else could
    /// redirect requests, e.g. `evil.com/x`).
    case invalidRegion(String)
    /// An `AWS_ENDPOINT_URL*` value that is not an absolute `http`/`https` URL with a host.
    case invalidEndpointURL(variable: String, value: String)
    /// A boolean setting (such as `AWS_USE_FIPS_ENDPOINT`) that is neither `true` nor `false`.
    case invalidBooleanSetting(variable: String, value: String)

    public var description: String {
        switch self {
        case .invalidRegion(let name):
            return "invalid AWS region \"\(name)\": a region is lowercase letters, digits and hyphens (e.g. us-east-1)"
        case .invalidEndpointURL(let variable, let value):
            return "\(variable)=\"\(value)\" is not an absolute http(s) URL with a host"
        case .invalidBooleanSetting(let variable, let value):
            return "\(variable)=\"\(value)\" must be true or false"
        }
    }
}
