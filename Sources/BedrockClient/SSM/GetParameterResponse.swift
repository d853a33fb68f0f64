/// The output of SSM `GetParameter` (`GetParameterResult`).
///
/// ```swift
/// let value = try await ssm.getParameter(request).parameter?.value
/// ```
public struct GetParameterResponse: Codable, Hashable, Sendable {
    public var parameter: SSMParameter?

    public init(parameter: SSMParameter? = nil) {
        self.parameter = parameter
    }

    enum CodingKeys: String, CodingKey {
        case parameter = "Parameter"
    }
}
