import Foundation

/// Everything an ``AWSClient`` needs to know that does not change between requests: region,
/// endpoints, retry rules, time limits, how Bedrock requests are authorized.
///
/// ```swift
/// var configuration = try AWSClientConfiguration.fromEnvironment()   // AWS_REGION, AWS_MAX_ATTEMPTS, …
/// configuration.timeouts = HTTPTimeouts(connect: .seconds(3), idleRead: .seconds(120))
/// let client = try AWSClient(configuration: configuration, credentialsProvider: chain)
/// ```
public struct AWSClientConfiguration: Sendable {
    /// The region every service is called in.
    public var region: AWSRegion
    /// Where each service lives (partition rules, FIPS, `AWS_ENDPOINT_URL*` overrides).
    public var endpointResolver: AWSEndpointResolver
    /// Attempts, backoff and the shared retry quota.
    public var retryPolicy: RetryPolicy
    /// No retry is started once this much time has passed since the first attempt began (the
    /// wait before the retry included), so one call never spends longer than about this much plus
    /// one attempt.
    public var retryTimeLimit: Duration
    /// Connect, idle-read and total limits of every exchange; a limit hit is a
    /// `BedrockError` of kind `.timeout`.
    public var timeouts: HTTPTimeouts
    /// A Bedrock API key (`AWS_BEARER_TOKEN_BEDROCK`): when set, Bedrock and Bedrock Runtime
    /// requests carry `Authorization: Bearer …` instead of a SigV4 signature. Other services
    /// are always signed.
    public var bedrockAPIKey: String?
    /// Sent as `User-Agent` (never signed: proxies may rewrite it).
    public var userAgent: String
    /// Most bytes of an error response body read to find the error code and message.
    public var maximumErrorBodyBytes: Int

    /// The `User-Agent` of this package.
    public static let defaultUserAgent = "bedrock-openai-gateway/1.0 lang/swift http/libcurl"

    public init(
        region: AWSRegion,
        endpointResolver: AWSEndpointResolver = AWSEndpointResolver(useFIPS: false),
        retryPolicy: RetryPolicy = RetryPolicy(quota: RetryQuota()),
        retryTimeLimit: Duration = .seconds(60),
        timeouts: HTTPTimeouts = .default,
        bedrockAPIKey: String? = nil,
        userAgent: String = AWSClientConfiguration.defaultUserAgent,
        maximumErrorBodyBytes: Int = 64 << 10
    ) {
        self.region = region
        self.endpointResolver = endpointResolver
        self.retryPolicy = retryPolicy
        self.retryTimeLimit = retryTimeLimit
        self.timeouts = timeouts
        self.bedrockAPIKey = bedrockAPIKey
        self.userAgent = userAgent
        self.maximumErrorBodyBytes = maximumErrorBodyBytes
    }

    /// The configuration the AWS SDKs would derive from `environment`: the region from
    /// `AWS_REGION`, `AWS_DEFAULT_REGION` or the selected profile; endpoints from
    /// `AWS_USE_FIPS_ENDPOINT` and `AWS_ENDPOINT_URL*`; attempts from `AWS_MAX_ATTEMPTS` (with a
    /// fresh retry quota); the Bedrock API key from `AWS_BEARER_TOKEN_BEDROCK`.
    ///
    /// - Parameters:
    ///   - defaultRegion: used when no region is configured; `nil` makes that an error.
    ///   - homeDirectory: where `~/.aws` lives; `nil` means `HOME` from `environment`.
    /// - Throws: ``AWSClientConfigurationError``.
    public static func fromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        defaultRegion: String? = nil,
        homeDirectory: String? = nil
    ) throws(AWSClientConfigurationError) -> AWSClientConfiguration {
        let region: AWSRegion
        do {
            if let resolved = try AWSRegion.resolve(environment: environment, homeDirectory: homeDirectory) {
                region = resolved
            } else if let defaultRegion {
                region = try AWSRegion(defaultRegion)
            } else {
                throw AWSClientConfigurationError.missingRegion
            }
        } catch let error as AWSClientConfigurationError {
            throw error
        } catch {
            throw .invalidSetting("region: \(error)")
        }
        let resolver: AWSEndpointResolver
        do {
            resolver = try AWSEndpointResolver(environment: environment)
        } catch {
            throw .invalidSetting("\(error)")
        }
        let policy: RetryPolicy
        do {
            policy = try RetryPolicy.standard(environment: environment, quota: RetryQuota())
        } catch {
            throw .invalidSetting("\(error)")
        }
        var apiKey: String?
        if case .bearer(let token)? = RequestAuthorization.bedrockAPIKey(environment: environment) { apiKey = token }
        return AWSClientConfiguration(
            region: region, endpointResolver: resolver, retryPolicy: policy, bedrockAPIKey: apiKey)
    }
}
