/// Knobs for `ServiceModel` validation.
///
/// ```swift
/// let violations = try model.validate(jsonData: body, againstShape: "Message",
///                                     options: ValidationOptions(patternMatching: .ignore))
/// ```
public struct ValidationOptions: Sendable, Hashable {
    public var patternMatching: PatternMatching
    /// Report object keys the structure does not declare. AWS SDKs ignore unknown keys in
    /// responses, so turning this off checks a response the way a client reads it.
    public var reportUnknownMembers: Bool

    public init(patternMatching: PatternMatching = .wholeValue, reportUnknownMembers: Bool = true) {
        self.patternMatching = patternMatching
        self.reportUnknownMembers = reportUnknownMembers
    }
}
