import Foundation

/// An AWS service model (the botocore `service-2.json` format), loaded for validating JSON
/// documents against its shapes.
///
/// Pure: give it the model's bytes (already decompressed) and the document's bytes; it reads no
/// files. Typical use is checking an encoded request body before it is sent, or — in a
/// simulator — checking an incoming body the way the real endpoint would:
///
/// ```swift
/// let model = try ServiceModel(jsonData: serviceJSON)
/// let violations = try model.validateRequestBody(operation: "Converse", body: body)
/// if !violations.isEmpty { print(violations.map(\.description)) }
/// ```
public struct ServiceModel: Sendable {
    public let metadata: ServiceMetadata
    /// Operations by name.
    public let operations: [String: ServiceOperation]
    /// Shapes by name.
    public let shapes: [String: Shape]
    /// Compiled `pattern`s by shape name.
    let patterns: [String: CompiledPattern]

    /// Parses a service-2.json document.
    ///
    /// - Throws: `ServiceModelError.malformedModel` if the data is not a service model.
    public init(jsonData: Data) throws {
        let root: JSONNode
        do {
            root = try JSONNodeParser.parse(jsonData)
        } catch {
            throw ServiceModelError.malformedModel("not JSON: \(error)")
        }
        guard let metadataNode = root["metadata"], metadataNode.objectMembers != nil else {
            throw ServiceModelError.malformedModel("missing 'metadata'")
        }
        guard let shapesNode = root["shapes"]?.objectMembers else {
            throw ServiceModelError.malformedModel("missing 'shapes'")
        }
        self.metadata = ServiceMetadata(
            apiVersion: metadataNode["apiVersion"]?.stringValue,
            protocol: metadataNode["protocol"]?.stringValue ?? "rest-json",
            endpointPrefix: metadataNode["endpointPrefix"]?.stringValue,
            signingName: metadataNode["signingName"]?.stringValue,
            serviceId: metadataNode["serviceId"]?.stringValue,
            targetPrefix: metadataNode["targetPrefix"]?.stringValue,
            jsonVersion: metadataNode["jsonVersion"]?.stringValue
        )

        var shapes: [String: Shape] = [:]
        var patterns: [String: CompiledPattern] = [:]
        for entry in shapesNode {
            let shape = try Self.parseShape(name: entry.key, node: entry.value)
            shapes[entry.key] = shape
            if let pattern = shape.pattern {
                patterns[entry.key] = CompiledPattern(source: pattern)
            }
        }
        self.shapes = shapes
        self.patterns = patterns

        var operations: [String: ServiceOperation] = [:]
        for entry in root["operations"]?.objectMembers ?? [] {
            let node = entry.value
            let http = HTTPBinding(
                method: node["http"]?["method"]?.stringValue ?? "POST",
                requestURI: node["http"]?["requestUri"]?.stringValue ?? "/",
                responseCode: node["http"]?["responseCode"]?.doubleValue.map { Int($0) }
            )
            operations[entry.key] = ServiceOperation(
                name: node["name"]?.stringValue ?? entry.key,
                http: http,
                inputShape: node["input"]?["shape"]?.stringValue,
                outputShape: node["output"]?["shape"]?.stringValue,
                errorShapes: (node["errors"]?.arrayValue ?? []).compactMap { $0["shape"]?.stringValue }
            )
        }
        self.operations = operations

        for shape in shapes.values {
            for target in shape.members.map(\.target) + [shape.listMember, shape.mapKey, shape.mapValue].compactMap({ $0 })
            where shapes[target] == nil {
                throw ServiceModelError.malformedModel("shape '\(shape.name)' refers to unknown shape '\(target)'")
            }
        }
    }

    private static func parseShape(name: String, node: JSONNode) throws -> Shape {
        guard let typeName = node["type"]?.stringValue else {
            throw ServiceModelError.malformedModel("shape '\(name)' has no type")
        }
        guard let type = ShapeType(rawValue: typeName) else {
            throw ServiceModelError.malformedModel("shape '\(name)' has unknown type '\(typeName)'")
        }
        var members: [Member] = []
        for entry in node["members"]?.objectMembers ?? [] {
            guard let target = entry.value["shape"]?.stringValue else {
                throw ServiceModelError.malformedModel("member '\(name).\(entry.key)' has no target shape")
            }
            let locationName = entry.value["location"]?.stringValue
            guard locationName.map({ MemberLocation(rawValue: $0) != nil }) ?? true else {
                throw ServiceModelError.malformedModel("member '\(name).\(entry.key)' has unknown location")
            }
            members.append(
                Member(
                    name: entry.key,
                    target: target,
                    location: locationName.flatMap(MemberLocation.init(rawValue:)),
                    locationName: entry.value["locationName"]?.stringValue,
                    timestampFormat: entry.value["timestampFormat"]?.stringValue.flatMap(TimestampFormat.init(modelValue:)),
                    isEventPayload: entry.value["eventpayload"]?.boolValue ?? false,
                    isEventHeader: entry.value["eventheader"]?.boolValue ?? false
                ))
        }
        return Shape(
            name: name,
            type: type,
            members: members,
            required: (node["required"]?.arrayValue ?? []).compactMap(\.stringValue),
            isUnion: node["union"]?.boolValue ?? false,
            isDocument: node["document"]?.boolValue ?? false,
            isEventStream: node["eventstream"]?.boolValue ?? false,
            isEvent: node["event"]?.boolValue ?? false,
            isException: node["exception"]?.boolValue ?? false,
            payloadMember: node["payload"]?.stringValue,
            enumValues: node["enum"]?.arrayValue?.compactMap(\.stringValue),
            min: node["min"]?.doubleValue,
            max: node["max"]?.doubleValue,
            pattern: node["pattern"]?.stringValue,
            timestampFormat: node["timestampFormat"]?.stringValue.flatMap(TimestampFormat.init(modelValue:)),
            listMember: node["member"]?["shape"]?.stringValue,
            mapKey: node["key"]?["shape"]?.stringValue,
            mapValue: node["value"]?["shape"]?.stringValue,
            isSparse: node["sparse"]?.boolValue ?? false
        )
    }

    // MARK: - Lookup

    /// The operation named `name` (e.g. `"Converse"`).
    public func operation(named name: String) -> ServiceOperation? {
        operations[name]
    }

    /// The shape named `name` (e.g. `"ContentBlock"`).
    public func shape(named name: String) -> Shape? {
        shapes[name]
    }

    /// What the request body of `operation` carries.
    public func requestBody(operation name: String) throws -> MessageBody {
        guard let operation = operations[name] else { throw ServiceModelError.unknownOperation(name) }
        return try body(of: operation.inputShape)
    }

    /// What the response body of `operation` carries.
    public func responseBody(operation name: String) throws -> MessageBody {
        guard let operation = operations[name] else { throw ServiceModelError.unknownOperation(name) }
        return try body(of: operation.outputShape)
    }

    private func body(of shapeName: String?) throws -> MessageBody {
        guard let shapeName else { return .none }
        guard let shape = shapes[shapeName] else { throw ServiceModelError.unknownShape(shapeName) }
        if let payload = shape.payloadMember, let member = shape.member(named: payload) {
            return .payload(member: payload, shape: member.target)
        }
        return .members(shape: shapeName, bodyMembers: shape.members.filter(\.isInBody).map(\.name))
    }

    /// The event shape for one `:event-type` (or `:exception-type`) of the event stream that
    /// `operation` returns, e.g. `("ConverseStream", "contentBlockDelta")` → `ContentBlockDeltaEvent`.
    public func streamEventShape(operation name: String, eventType: String) throws -> String? {
        guard let operation = operations[name] else { throw ServiceModelError.unknownOperation(name) }
        guard let output = operation.outputShape.flatMap({ shapes[$0] }) else { return nil }
        for member in output.members {
            guard let stream = shapes[member.target], stream.isEventStream else { continue }
            return stream.member(named: eventType)?.target
        }
        return nil
    }

    // MARK: - Validation

    /// Validates a JSON document against the shape named `shape`.
    ///
    /// Malformed JSON is reported as a single `.malformedJSON` violation at `$`.
    /// - Throws: `ServiceModelError.unknownShape` if the model has no such shape.
    public func validate(
        jsonData: Data, againstShape shape: String, options: ValidationOptions = ValidationOptions()
    ) throws -> [Violation] {
        try validate(jsonData: jsonData, againstShape: shape, onlyMembers: nil, options: options)
    }

    /// Validates the JSON body of a request to `operation`: the input structure without the
    /// members bound to the URI, headers or query string (for `ConverseRequest`, everything but
    /// `modelId`). For an input whose payload is a blob (`InvokeModel`), nothing is checked.
    ///
    /// - Throws: `ServiceModelError.unknownOperation`, or `.operationHasNoShape` if the operation
    ///   takes no input.
    public func validateRequestBody(
        operation: String, body: Data, options: ValidationOptions = ValidationOptions()
    ) throws -> [Violation] {
        try validateBody(try requestBody(operation: operation), operation: operation, body: body, options: options)
    }

    /// Validates the JSON body of a response from `operation` (for `Converse`,
    /// `ConverseResponse`; for `ListFoundationModels`, `ListFoundationModelsResponse`).
    public func validateResponseBody(
        operation: String, body: Data, options: ValidationOptions = ValidationOptions()
    ) throws -> [Violation] {
        try validateBody(try responseBody(operation: operation), operation: operation, body: body, options: options)
    }

    private func validateBody(
        _ messageBody: MessageBody, operation: String, body: Data, options: ValidationOptions
    ) throws -> [Violation] {
        switch messageBody {
        case .none:
            throw ServiceModelError.operationHasNoShape(operation: operation)
        case .members(let shape, let bodyMembers):
            return try validate(jsonData: body, againstShape: shape, onlyMembers: Set(bodyMembers), options: options)
        case .payload(_, let shape):
            guard let target = shapes[shape] else { throw ServiceModelError.unknownShape(shape) }
            // Blob and string payloads are opaque bytes; event streams are frames, not JSON.
            guard target.type == .structure, !target.isEventStream else { return [] }
            return try validate(jsonData: body, againstShape: shape, onlyMembers: nil, options: options)
        }
    }

    private func validate(
        jsonData: Data, againstShape shapeName: String, onlyMembers: Set<String>?, options: ValidationOptions
    ) throws -> [Violation] {
        guard shapes[shapeName] != nil else { throw ServiceModelError.unknownShape(shapeName) }
        let node: JSONNode
        do {
            node = try JSONNodeParser.parse(jsonData)
        } catch {
            return [Violation(path: "$", kind: .malformedJSON(error.description), shape: shapeName)]
        }
        var validator = ShapeValidator(model: self, options: options)
        validator.validate(node, shape: shapeName, path: "$", timestampFormat: nil, onlyMembers: onlyMembers)
        return validator.violations
    }
}
