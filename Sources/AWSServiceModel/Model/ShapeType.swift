/// The Smithy type of a shape, as spelled in a service-2.json `type` field.
///
/// ```swift
/// let model = try ServiceModel(jsonData: data)
/// if model.shape(named: "Message")?.type == .structure { … }
/// ```
public enum ShapeType: String, Sendable, Hashable, CaseIterable {
    case structure
    case list
    case map
    case string
    case integer
    case long
    case short
    case byte
    case float
    case double
    case bigInteger
    case bigDecimal
    case boolean
    case blob
    case timestamp
}
