import ArgumentParser

/// What answers the gateway's Bedrock calls: Amazon Bedrock itself, the built-in simulator, or
/// whichever fits the machine (`auto`: Bedrock when AWS credentials are found, else the simulator).
///
/// ```swift
/// let backend = Backend.auto.resolved(credentials: AWSCredentialsProbe.find(environment: env))
/// // .simulator on a machine without AWS credentials
/// ```
enum Backend: String, CaseIterable, Sendable, ExpressibleByArgument {
    case bedrock
    case simulator
    case auto

    /// `auto` decided: Bedrock when credentials were found, else the simulator.
    func resolved(credentials: AWSCredentialsProbe.Finding?) -> Backend {
        switch self {
        case .bedrock, .simulator: self
        case .auto: credentials == nil ? .simulator : .bedrock
        }
    }

    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
