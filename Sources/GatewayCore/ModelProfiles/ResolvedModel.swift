/// A model as the translation needs it: the id to invoke, and the profile that decides how.
///
/// The gateway resolves what the client named (an alias, an application inference profile, a
/// cross-region profile) through its catalog and hands the result to the translation, which
/// stays free of catalog lookups.
///
/// ```swift
/// let model = ResolvedModel(requestedID: "us.amazon.nova-pro-v1:0")
/// model.invocationID   // "us.amazon.nova-pro-v1:0" (goes into the URL path)
/// model.profile.capabilities.vision   // true
/// ```
public struct ResolvedModel: Sendable, Hashable {
    /// The model name the client sent; echoed back in `model` of responses.
    public var requestedID: String
    /// The id that goes into Bedrock's URL path (model id, profile id or ARN).
    public var invocationID: String
    /// The foundation model behind it, when known (from the id or the catalog).
    public var baseModelID: String?
    /// Capabilities and quirks, looked up from `baseModelID`.
    public var profile: ModelProfile

    /// Resolves from the id alone; `baseModelID` overrides what the id tells (for application
    /// inference profiles, whose base model the catalog knows).
    public init(requestedID: String, invocationID: String? = nil, baseModelID: String? = nil) {
        self.requestedID = requestedID
        let invocation = invocationID ?? requestedID
        self.invocationID = invocation
        let base = baseModelID ?? BedrockModelID(invocation).baseModelID
        self.baseModelID = base
        self.profile = base.map { ModelProfile.lookup($0) } ?? .unknown
    }

    /// Builds a resolved model with an explicit profile (tests, custom deployments).
    public init(requestedID: String, invocationID: String, baseModelID: String?, profile: ModelProfile) {
        self.requestedID = requestedID
        self.invocationID = invocationID
        self.baseModelID = baseModelID
        self.profile = profile
    }
}
