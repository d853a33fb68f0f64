import Foundation

/// Walks a `JSONNode` alongside a shape and collects every `Violation`.
///
/// It keeps going after a violation so one pass reports everything wrong with a document.
///
/// ```swift
/// var validator = ShapeValidator(model: model, options: ValidationOptions())
/// validator.validate(node, shape: "Message", path: "$", timestampFormat: nil, onlyMembers: nil)
/// print(validator.violations)
/// ```
struct ShapeValidator {
    let model: ServiceModel
    let options: ValidationOptions
    private(set) var violations: [Violation] = []

    init(model: ServiceModel, options: ValidationOptions) {
        self.model = model
        self.options = options
    }

    private mutating func report(_ path: String, _ kind: ViolationKind, _ shape: Shape) {
        violations.append(Violation(path: path, kind: kind, shape: shape.name))
    }

    /// Validates `node` against the shape named `shapeName`.
    ///
    /// - Parameters:
    ///   - timestampFormat: a member-level format overriding the shape's.
    ///   - onlyMembers: for operation bodies, the structure members that travel in the body.
    mutating func validate(
        _ node: JSONNode, shape shapeName: String, path: String, timestampFormat: TimestampFormat?,
        onlyMembers: Set<String>?
    ) {
        // Targets were checked when the model loaded, so a miss here cannot come from input.
        guard let shape = model.shapes[shapeName] else { return }
        switch shape.type {
        case .structure:
            validateStructure(node, shape: shape, path: path, onlyMembers: onlyMembers)
        case .list:
            validateList(node, shape: shape, path: path)
        case .map:
            validateMap(node, shape: shape, path: path)
        case .string:
            guard case .string(let value) = node else { return report(path, .typeMismatch(expected: .string, actual: node.kind), shape) }
            validateString(value, shape: shape, path: path)
        case .boolean:
            guard case .bool = node else { return report(path, .typeMismatch(expected: .boolean, actual: node.kind), shape) }
        case .integer, .long, .short, .byte, .bigInteger:
            validateInteger(node, shape: shape, path: path)
        case .float, .double, .bigDecimal:
            validateFloat(node, shape: shape, path: path)
        case .blob:
            validateBlob(node, shape: shape, path: path)
        case .timestamp:
            let format = timestampFormat ?? shape.timestampFormat ?? model.metadata.defaultBodyTimestampFormat
            validateTimestamp(node, format: format, shape: shape, path: path)
        }
    }

    // MARK: Aggregates

    private mutating func validateStructure(_ node: JSONNode, shape: Shape, path: String, onlyMembers: Set<String>?) {
        if shape.isDocument { return }
        guard case .object(let entries) = node else {
            return report(path, .typeMismatch(expected: .structure, actual: node.kind), shape)
        }
        let members = shape.members.filter { onlyMembers?.contains($0.name) ?? true }
        var seenKeys = Set<String>()
        var setMembers = Set<String>()
        for entry in entries {
            if !seenKeys.insert(entry.key).inserted {
                report(path, .duplicateMember(entry.key), shape)
                continue
            }
            guard let member = members.first(where: { $0.jsonKey == entry.key }) else {
                // `__type` is a protocol-level type hint that clients must ignore in unions.
                if options.reportUnknownMembers, !(shape.isUnion && entry.key == "__type") {
                    report(path, .unknownMember(entry.key), shape)
                }
                continue
            }
            // rest-json treats an explicit null member like an absent one.
            if case .null = entry.value { continue }
            setMembers.insert(member.name)
            validate(
                entry.value, shape: member.target, path: Self.path(path, key: entry.key),
                timestampFormat: member.timestampFormat, onlyMembers: nil)
        }
        if shape.isUnion, setMembers.count != 1 {
            report(path, .unionMemberCount(setMembers.count), shape)
        }
        for name in shape.required where !setMembers.contains(name) {
            guard members.contains(where: { $0.name == name }) else { continue }
            report(path, .missingRequiredMember(name), shape)
        }
    }

    private mutating func validateList(_ node: JSONNode, shape: Shape, path: String) {
        guard case .array(let elements) = node else {
            return report(path, .typeMismatch(expected: .list, actual: node.kind), shape)
        }
        checkLength(elements.count, shape: shape, path: path)
        guard let memberShape = shape.listMember else { return }
        for (index, element) in elements.enumerated() {
            let elementPath = "\(path)[\(index)]"
            if case .null = element {
                if !shape.isSparse { report(elementPath, .nullEntry, shape) }
                continue
            }
            validate(element, shape: memberShape, path: elementPath, timestampFormat: nil, onlyMembers: nil)
        }
    }

    private mutating func validateMap(_ node: JSONNode, shape: Shape, path: String) {
        guard case .object(let entries) = node else {
            return report(path, .typeMismatch(expected: .map, actual: node.kind), shape)
        }
        checkLength(entries.count, shape: shape, path: path)
        var seenKeys = Set<String>()
        for entry in entries {
            let entryPath = Self.path(path, key: entry.key, forceBrackets: true)
            if !seenKeys.insert(entry.key).inserted {
                report(path, .duplicateMember(entry.key), shape)
                continue
            }
            if let keyShapeName = shape.mapKey, let keyShape = model.shapes[keyShapeName], keyShape.type == .string {
                validateString(entry.key, shape: keyShape, path: entryPath)
            }
            if case .null = entry.value {
                if !shape.isSparse { report(entryPath, .nullEntry, shape) }
                continue
            }
            if let valueShape = shape.mapValue {
                validate(entry.value, shape: valueShape, path: entryPath, timestampFormat: nil, onlyMembers: nil)
            }
        }
    }

    // MARK: Scalars

    private mutating func validateString(_ value: String, shape: Shape, path: String) {
        if let allowed = shape.enumValues, !allowed.isEmpty, !allowed.contains(value) {
            report(path, .invalidEnumValue(value, allowed: allowed), shape)
        }
        // Smithy measures string length in Unicode scalar values.
        checkLength(value.unicodeScalars.count, shape: shape, path: path)
        if let pattern = model.patterns[shape.name], !pattern.matches(value, mode: options.patternMatching) {
            report(path, .patternMismatch(pattern: pattern.source), shape)
        }
    }

    private mutating func validateInteger(_ node: JSONNode, shape: Shape, path: String) {
        guard case .number(let lexeme, let value) = node else {
            return report(path, .typeMismatch(expected: shape.type, actual: node.kind), shape)
        }
        guard value.isFinite, value.rounded(.towardZero) == value else {
            return report(path, .notAWholeNumber(lexeme), shape)
        }
        let typeRange: ClosedRange<Double>? =
            switch shape.type {
            case .byte: Double(Int8.min)...Double(Int8.max)
            case .short: Double(Int16.min)...Double(Int16.max)
            case .integer: Double(Int32.min)...Double(Int32.max)
            case .long: -9_223_372_036_854_775_808.0...9_223_372_036_854_775_807.0
            default: nil
            }
        if let typeRange, !Self.fitsIntegerType(lexeme: lexeme, value: value, range: typeRange, type: shape.type) {
            return report(
                path,
                .valueOutOfRange(
                    value: lexeme, min: Self.format(typeRange.lowerBound), max: Self.format(typeRange.upperBound)),
                shape)
        }
        checkValue(value, lexeme: lexeme, shape: shape, path: path)
    }

    /// Integer range check that is exact for `long` (a `Double` cannot tell 2^63 from 2^63-1).
    private static func fitsIntegerType(lexeme: String, value: Double, range: ClosedRange<Double>, type: ShapeType) -> Bool {
        if type == .long, !lexeme.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return Int64(lexeme) != nil
        }
        return range.contains(value)
    }

    private mutating func validateFloat(_ node: JSONNode, shape: Shape, path: String) {
        switch node {
        case .number(let lexeme, let value):
            checkValue(value, lexeme: lexeme, shape: shape, path: path)
        // Smithy JSON protocols carry non-finite floats as these strings.
        case .string("NaN"), .string("Infinity"), .string("-Infinity"):
            if shape.type == .bigDecimal {
                report(path, .typeMismatch(expected: shape.type, actual: node.kind), shape)
            }
        default:
            report(path, .typeMismatch(expected: shape.type, actual: node.kind), shape)
        }
    }

    private mutating func validateBlob(_ node: JSONNode, shape: Shape, path: String) {
        guard case .string(let encoded) = node else {
            return report(path, .typeMismatch(expected: .blob, actual: node.kind), shape)
        }
        guard let bytes = Data(base64Encoded: encoded) else {
            return report(path, .invalidBase64, shape)
        }
        checkLength(bytes.count, shape: shape, path: path)
    }

    private mutating func validateTimestamp(_ node: JSONNode, format: TimestampFormat, shape: Shape, path: String) {
        switch format {
        case .epochSeconds:
            guard case .number(_, let value) = node else {
                return report(path, .typeMismatch(expected: .timestamp, actual: node.kind), shape)
            }
            if !value.isFinite { report(path, .invalidTimestamp(format: format), shape) }
        case .iso8601, .httpDate:
            guard case .string(let text) = node else {
                return report(path, .typeMismatch(expected: .timestamp, actual: node.kind), shape)
            }
            let valid = format == .iso8601 ? TimestampSyntax.isRFC3339DateTime(text) : TimestampSyntax.isIMFFixdate(text)
            if !valid { report(path, .invalidTimestamp(format: format), shape) }
        }
    }

    // MARK: Constraints

    private mutating func checkLength(_ length: Int, shape: Shape, path: String) {
        let tooShort = shape.min.map { Double(length) < $0 } ?? false
        let tooLong = shape.max.map { Double(length) > $0 } ?? false
        if tooShort || tooLong {
            report(path, .lengthOutOfRange(length: length, min: shape.min.map { Int($0) }, max: shape.max.map { Int($0) }), shape)
        }
    }

    private mutating func checkValue(_ value: Double, lexeme: String, shape: Shape, path: String) {
        let tooSmall = shape.min.map { value < $0 } ?? false
        let tooLarge = shape.max.map { value > $0 } ?? false
        if tooSmall || tooLarge {
            report(path, .valueOutOfRange(value: lexeme, min: shape.min.map(Self.format), max: shape.max.map(Self.format)), shape)
        }
    }

    private static func format(_ bound: Double) -> String {
        if bound.rounded() == bound, abs(bound) < 1e18 { return String(Int64(bound)) }
        return String(bound)
    }

    // MARK: Paths

    /// `$.a` for identifier-like keys, `$["a b"]` otherwise (or always, for map keys).
    static func path(_ base: String, key: String, forceBrackets: Bool = false) -> String {
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let startsWithDigit = key.unicodeScalars.first.map(isDigit) ?? true
        let isIdentifier =
            !startsWithDigit
            && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == "_" || isDigit($0)) }
        if isIdentifier && !forceBrackets { return "\(base).\(key)" }
        var escaped = ""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\(base)[\"\(escaped)\"]"
    }
}
