import Foundation

/// Turns Foundation's `DecodingError` into an OpenAI-worded ``RequestDecodingError``.
///
/// The request body is parsed a second time (only on this failure path) so the message can say
/// what was found ("but got a string instead") and so invalid JSON can be told apart from
/// Foundation's other path-less errors.
struct DecodingErrorTranslator {
    var body: Data

    /// OpenAI's message for a body that is not JSON at all.
    static let unparsableBodyMessage =
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't "
        + "using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was "
        + "sent was not valid JSON.)"

    func translate(_ error: DecodingError) -> RequestDecodingError {
        switch error {
        case .typeMismatch(let type, let context):
            return invalidType(at: context.codingPath, expected: Self.describe(type))
        case .valueNotFound(let type, let context):
            return invalidType(at: context.codingPath, expected: Self.describe(type), found: .null)
        case .keyNotFound(let key, let context):
            let path = context.codingPath + [key]
            let param = ParamPath.render(path, in: document) ?? key.stringValue
            return RequestDecodingError(
                param: param, message: "Missing required parameter: '\(param)'.",
                code: "missing_required_parameter")
        case .dataCorrupted(let context):
            return corrupted(context)
        @unknown default:
            return RequestDecodingError(param: nil, message: "Invalid request body.")
        }
    }

    private var document: JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: body)
    }

    private func invalidType(
        at codingPath: [any CodingKey], expected: String, found: JSONValue? = nil
    ) -> RequestDecodingError {
        let document = self.document
        let found = found ?? document?.value(at: codingPath)
        guard let param = ParamPath.render(codingPath, in: document) else {
            let got = found.map { ", but got \($0.wireTypeName) instead" } ?? ""
            return RequestDecodingError(
                param: nil,
                message: "Invalid type for the request body: expected an object\(got).",
                code: "invalid_type")
        }
        let got = found.map { ", but got \($0.wireTypeName) instead" } ?? ""
        return RequestDecodingError(
            param: param, message: "Invalid type for '\(param)': expected \(expected)\(got).",
            code: "invalid_type")
    }

    private func corrupted(_ context: DecodingError.Context) -> RequestDecodingError {
        let document = self.document
        if let marker = context.underlyingError as? InvalidWireValue {
            return RequestDecodingError(
                param: ParamPath.render(context.codingPath, in: document),
                message: context.debugDescription, code: marker.code)
        }
        guard (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) != nil
        else {
            return RequestDecodingError(param: nil, message: Self.unparsableBodyMessage)
        }
        if let param = ParamPath.render(context.codingPath, in: document) {
            return RequestDecodingError(
                param: param, message: "Invalid value for '\(param)': \(context.debugDescription)",
                code: "invalid_value")
        }
        // Foundation reports a number that does not fit the expected Swift type (a decimal or
        // an out-of-range integer where an integer is expected) without a coding path.
        return RequestDecodingError(
            param: nil,
            message: "Invalid number in the request body: expected an integer within range, "
                + "but got a decimal or an out-of-range number instead.",
            code: "invalid_type")
    }

    /// The JSON shape a Swift type decodes from, phrased to follow "expected".
    static func describe(_ type: Any.Type) -> String {
        if let union = type as? any WireTypeDescribing.Type { return union.expectedWireType }
        switch ObjectIdentifier(type) {
        case ObjectIdentifier(String.self): return "a string"
        case ObjectIdentifier(Bool.self): return "a boolean"
        case ObjectIdentifier(Double.self), ObjectIdentifier(Float.self): return "a number"
        case ObjectIdentifier(Int.self), ObjectIdentifier(Int64.self), ObjectIdentifier(Int32.self),
            ObjectIdentifier(UInt.self), ObjectIdentifier(UInt64.self):
            return "an integer"
        case ObjectIdentifier([Any].self): return "an array"
        case ObjectIdentifier([String: Any].self): return "an object"
        default: return "an object"
        }
    }
}
