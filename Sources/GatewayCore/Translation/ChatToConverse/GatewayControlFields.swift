/// The gateway's own extra request members (not OpenAI parameters), read from
/// `ChatCompletionRequest.extraFields`, and the rest of the extra members to pass through.
///
/// Control members go to typed Converse fields and are honoured whatever
/// `passThroughExtraFields` says; both camelCase (Bedrock's spelling) and snake_case keys are
/// accepted, camelCase winning when both are sent. Malformed values are errors naming the key.
///
/// ```swift
/// // extra_body={"guardrail_config": {"guardrailIdentifier": "gr1", "guardrailVersion": "2"}, "top_k": 40}
/// let control = try GatewayControlFields(extraFields: request.extraFields, passThrough: true)
/// control.guardrail?.guardrailVersion   // "2";  control.passThrough == ["top_k": 40]
/// ```
struct GatewayControlFields: Sendable {
    var promptCaching: Bool?
    var guardrail: ConverseGuardrailConfiguration?
    var guardrailStreamProcessingMode: ConverseGuardrailStreamProcessingMode?
    var performance: ConversePerformanceConfiguration?
    var responseFieldPaths: [String]?
    var requestMetadata: [String: String]?
    /// Every other member (when pass-through is on), with an `additionalModelRequestFields`
    /// object merged in at the top level; destined for `additionalModelRequestFields`.
    var passThrough: [String: JSONValue] = [:]

    static let promptCachingKey = "prompt_caching"
    static let guardrailKeys = ["guardrailConfig", "guardrail_config"]
    static let performanceKeys = ["performanceConfig", "performance_config"]
    static let responseFieldPathKeys = ["additionalModelResponseFieldPaths", "additional_model_response_field_paths"]
    static let requestMetadataKeys = ["requestMetadata", "request_metadata"]
    static let additionalFieldsKeys = ["additionalModelRequestFields", "additional_model_request_fields"]

    static var controlKeys: Set<String> {
        Set([promptCachingKey] + guardrailKeys + performanceKeys + responseFieldPathKeys + requestMetadataKeys)
    }

    init(extraFields: [String: JSONValue], passThrough enabled: Bool) throws(TranslationError) {
        if let value = extraFields[Self.promptCachingKey], value != .null {
            guard case .bool(let flag) = value else {
                throw TranslationError(
                    param: Self.promptCachingKey, message: "'prompt_caching' must be true or false.",
                    code: "invalid_type")
            }
            promptCaching = flag
        }
        if let (key, value) = Self.first(Self.guardrailKeys, in: extraFields) {
            try parseGuardrail(value, key: key)
        }
        if let (key, value) = Self.first(Self.performanceKeys, in: extraFields) {
            let object = try Self.object(value, param: key)
            let latency = try Self.string(object, ["latency"], param: key)
            if let latency {
                guard ["standard", "optimized"].contains(latency) else {
                    throw Self.invalid("\(key).latency", "must be 'standard' or 'optimized'")
                }
                performance = ConversePerformanceConfiguration(latency: ConversePerformanceLatency(rawValue: latency))
            }
        }
        if let (key, value) = Self.first(Self.responseFieldPathKeys, in: extraFields) {
            guard case .array(let items) = value, items.count <= 10 else {
                throw Self.invalid(key, "must be an array of at most 10 JSON Pointer strings")
            }
            var paths: [String] = []
            for (index, item) in items.enumerated() {
                guard case .string(let path) = item, !path.isEmpty, path.count <= 256 else {
                    throw Self.invalid("\(key)[\(index)]", "must be a JSON Pointer string of 1 to 256 characters")
                }
                paths.append(path)
            }
            responseFieldPaths = paths.isEmpty ? nil : paths
        }
        if let (key, value) = Self.first(Self.requestMetadataKeys, in: extraFields) {
            let object = try Self.object(value, param: key)
            guard object.count <= RequestMetadataRules.maxEntries else {
                throw Self.invalid(key, "must have at most \(RequestMetadataRules.maxEntries) entries")
            }
            var metadata: [String: String] = [:]
            for (name, entry) in object {
                guard case .string(let text) = entry, RequestMetadataRules.isValidKey(name),
                    RequestMetadataRules.isValidValue(text)
                else {
                    throw Self.invalid(
                        "\(key).\(name)",
                        "keys (1 to 256) and string values (0 to 256) may contain only letters, digits, whitespace and :_@$#=/+,-.")
                }
                metadata[name] = text
            }
            requestMetadata = metadata.isEmpty ? nil : metadata
        }
        guard enabled else { return }
        let excluded = Self.controlKeys.union(Self.additionalFieldsKeys)
        var merged: JSONValue = .object(extraFields.filter { !excluded.contains($0.key) })
        for key in Self.additionalFieldsKeys.reversed() {
            guard let value = extraFields[key], value != .null else { continue }
            guard case .object = value else { throw Self.invalid(key, "must be an object") }
            merged = merged.deepMerged(with: value)
        }
        passThrough = merged.objectValue ?? [:]
    }

    private mutating func parseGuardrail(_ value: JSONValue, key: String) throws(TranslationError) {
        let object = try Self.object(value, param: key)
        guard let identifier = try Self.string(object, ["guardrailIdentifier", "guardrail_identifier"], param: key),
            Self.isGuardrailIdentifier(identifier)
        else {
            throw Self.invalid(
                "\(key).guardrailIdentifier", "is required: a guardrail id (lowercase letters and digits) or guardrail ARN")
        }
        guard let version = try Self.string(object, ["guardrailVersion", "guardrail_version"], param: key),
            Self.isGuardrailVersion(version)
        else {
            throw Self.invalid("\(key).guardrailVersion", "is required: a version number or 'DRAFT'")
        }
        var trace: ConverseGuardrailTrace?
        if let value = try Self.string(object, ["trace"], param: key) {
            guard ["enabled", "disabled", "enabled_full"].contains(value) else {
                throw Self.invalid("\(key).trace", "must be 'enabled', 'disabled' or 'enabled_full'")
            }
            trace = ConverseGuardrailTrace(rawValue: value)
        }
        if let mode = try Self.string(object, ["streamProcessingMode", "stream_processing_mode"], param: key) {
            guard ["sync", "async"].contains(mode) else {
                throw Self.invalid("\(key).streamProcessingMode", "must be 'sync' or 'async'")
            }
            guardrailStreamProcessingMode = ConverseGuardrailStreamProcessingMode(rawValue: mode)
        }
        guardrail = ConverseGuardrailConfiguration(
            guardrailIdentifier: identifier, guardrailVersion: version, trace: trace)
    }

    /// `GuardrailIdentifier`: an id of lowercase letters and digits, or a guardrail ARN.
    private static func isGuardrailIdentifier(_ value: String) -> Bool {
        if value.hasPrefix("arn:") { return value.contains(":guardrail/") && value.count <= 2048 }
        return !value.isEmpty && value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// `GuardrailVersion`: `DRAFT` or 1 to 99999999 without a leading zero.
    private static func isGuardrailVersion(_ value: String) -> Bool {
        if value == "DRAFT" { return true }
        guard (1...8).contains(value.count), value.first != "0" else { return false }
        return value.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func first(_ keys: [String], in fields: [String: JSONValue]) -> (String, JSONValue)? {
        for key in keys {
            if let value = fields[key], value != .null { return (key, value) }
        }
        return nil
    }

    private static func object(_ value: JSONValue, param: String) throws(TranslationError) -> [String: JSONValue] {
        guard case .object(let object) = value else { throw invalid(param, "must be an object") }
        return object
    }

    private static func string(
        _ object: [String: JSONValue], _ keys: [String], param: String
    ) throws(TranslationError) -> String? {
        guard let (key, value) = first(keys, in: object) else { return nil }
        guard case .string(let text) = value else { throw invalid("\(param).\(key)", "must be a string") }
        return text
    }

    private static func invalid(_ param: String, _ problem: String) -> TranslationError {
        TranslationError(param: param, message: "'\(param)' \(problem).", code: "invalid_value")
    }
}
