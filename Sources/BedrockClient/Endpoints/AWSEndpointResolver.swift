import Foundation

/// Resolves the base URL of Bedrock and the services around it (Secrets Manager, SSM, STS) for a
/// region, applying the partition DNS suffix, FIPS, and the SDKs' `AWS_ENDPOINT_URL*` overrides.
///
///     let resolver = try AWSEndpointResolver(environment: ProcessInfo.processInfo.environment)
///     let endpoint = try resolver.endpoint(for: .bedrockRuntime, region: try AWSRegion("us-east-1"))
///     endpoint.baseURL   // "https://bedrock-runtime.us-east-1.amazonaws.com"
///
/// Precedence follows the SDKs' "service-specific endpoints" setting: the service's own
/// variable (`AWS_ENDPOINT_URL_BEDROCK_RUNTIME`) beats the global `AWS_ENDPOINT_URL`, which beats
/// the partition rules; `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` turns both variables off.
/// An override URL is used as given (FIPS does not rewrite it).
public struct AWSEndpointResolver: Sendable {
    /// Use the FIPS 140 endpoints (`bedrock-runtime-fips.{region}…`).
    public var useFIPS: Bool
    /// `AWS_ENDPOINT_URL`, applied to every service without its own override.
    public var globalOverride: String?
    /// Per-service overrides keyed by ``AWSService/endpointVariable``.
    public var serviceOverrides: [String: String]

    public init(useFIPS: Bool, globalOverride: String? = nil, serviceOverrides: [String: String] = [:]) {
        self.useFIPS = useFIPS
        self.globalOverride = globalOverride
        self.serviceOverrides = serviceOverrides
    }

    /// The variables every service may be overridden by; others are ignored.
    static let serviceVariables: [String] = [
        AWSService.bedrockRuntime, .bedrock, .secretsManager, .ssm, .sts,
    ].map(\.endpointVariable)

    /// Reads `AWS_USE_FIPS_ENDPOINT`, `AWS_ENDPOINT_URL`, the `AWS_ENDPOINT_URL_<SERVICE>`
    /// variables and `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` (empty values count as unset).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws(EndpointError) {
        func value(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        func flag(_ name: String) throws(EndpointError) -> Bool {
            guard let value = value(name) else { return false }
            switch value.lowercased() {
            case "true": return true
            case "false": return false
            default: throw .invalidBooleanSetting(variable: name, value: value)
            }
        }
        self.useFIPS = try flag("AWS_USE_FIPS_ENDPOINT")
        if try flag("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS") {
            self.globalOverride = nil
            self.serviceOverrides = [:]
            return
        }
        self.globalOverride = value("AWS_ENDPOINT_URL")
        var overrides: [String: String] = [:]
        for variable in Self.serviceVariables {
            if let url = value(variable) { overrides[variable] = url }
        }
        self.serviceOverrides = overrides
    }

    /// The endpoint of `service` in `region`.
    public func endpoint(for service: AWSService, region: AWSRegion) throws(EndpointError) -> AWSEndpoint {
        if let url = serviceOverrides[service.endpointVariable] {
            return try Self.overrideEndpoint(url, variable: service.endpointVariable, service: service, region: region)
        }
        if let url = globalOverride {
            return try Self.overrideEndpoint(url, variable: "AWS_ENDPOINT_URL", service: service, region: region)
        }
        let host = Self.host(for: service, region: region, fips: useFIPS)
        return AWSEndpoint(
            baseURL: "https://" + host, hostHeader: host, basePath: "",
            signingRegion: region.name, signingName: service.signingName, isOverride: false
        )
    }

    /// `{prefix}[-fips].{region}.{dnsSuffix}`, the pattern of every regional endpoint here.
    static func host(for service: AWSService, region: AWSRegion, fips: Bool) -> String {
        let partition = region.partition
        // STS's endpoint rules: in GovCloud the plain regional STS endpoint is already the FIPS
        // one and no `sts-fips` host exists there.
        let usesFIPSPrefix = fips && !(service == .sts && partition == .awsUSGov)
        let prefix = usesFIPSPrefix ? service.endpointPrefix + "-fips" : service.endpointPrefix
        return "\(prefix).\(region.name).\(partition.dnsSuffix)"
    }

    private static func overrideEndpoint(
        _ url: String, variable: String, service: AWSService, region: AWSRegion
    ) throws(EndpointError) -> AWSEndpoint {
        let invalid = EndpointError.invalidEndpointURL(variable: variable, value: url)
        guard !url.contains(where: { $0.isWhitespace || $0.isNewline }),
            let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            var host = components.host, !host.isEmpty,
            components.user == nil, components.password == nil,
            components.query == nil, components.fragment == nil
        else { throw invalid }
        // URLComponents reports IPv6 hosts with or without brackets depending on the platform.
        if host.contains(":"), !host.hasPrefix("[") { host = "[\(host)]" }
        var hostHeader = host
        if let port = components.port {
            guard (1...65_535).contains(port) else { throw invalid }
            hostHeader += ":\(port)"
        }
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") { basePath.removeLast() }
        return AWSEndpoint(
            baseURL: "\(scheme)://\(hostHeader)\(basePath)", hostHeader: hostHeader, basePath: basePath,
            signingRegion: region.name, signingName: service.signingName, isOverride: true
        )
    }
}
