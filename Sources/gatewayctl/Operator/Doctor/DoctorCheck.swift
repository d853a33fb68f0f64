/// The outcome of one `gatewayctl doctor` check: a status, what was found, and for a failure
/// what to do about it.
///
/// ```swift
/// DoctorCheck(name: "region", status: .pass, detail: "us-east-1 (from AWS_REGION)")
/// DoctorCheck(name: "bedrock", status: .fail, detail: "cannot reach Bedrock", hint: "check HTTPS_PROXY")
/// ```
struct DoctorCheck: Sendable, Hashable, Encodable {
    enum Status: String, Sendable, Hashable, Encodable {
        case pass = "PASS"
        case fail = "FAIL"
        /// Not checked: not configured, or an earlier check it depends on failed.
        case skip = "SKIP"
    }

    var name: String
    var status: Status
    var detail: String
    var hint: String?

    init(name: String, status: Status, detail: String, hint: String? = nil) {
        self.name = name
        self.status = status
        self.detail = detail
        self.hint = hint
    }

    /// A failed check from an operator error (its message and hint).
    init(name: String, failure: OperatorError) {
        self.init(name: name, status: .fail, detail: failure.message, hint: failure.hint)
    }
}
