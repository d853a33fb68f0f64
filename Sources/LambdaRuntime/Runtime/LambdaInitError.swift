/// A failure while building the handler at initialization, reported to the Runtime API's
/// `init/error` path with its type (then the process exits and Lambda reports the failed init).
///
/// ```swift
/// throw LambdaInitError(type: LambdaErrorReport.configInvalidType, message: "API_KEY_CACHE_TTL: expected seconds")
/// ```
public struct LambdaInitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `Category.Reason`, e.g. `Runtime.ConfigInvalid`.
    public var type: String
    public var message: String

    public init(type: String, message: String) {
        self.type = type
        self.message = message
    }

    public var description: String { "\(type): \(message)" }

    /// The report for any error thrown during initialization.
    public static func report(for error: any Error) -> LambdaErrorReport {
        if let error = error as? LambdaInitError {
            return LambdaErrorReport(type: error.type, message: error.message)
        }
        return LambdaErrorReport(type: LambdaErrorReport.initFailedType, message: "\(error)")
    }
}
