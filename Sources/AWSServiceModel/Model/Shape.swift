/// One shape of a service model with the constraints the validator enforces.
///
/// Only what validation and request routing need is kept; documentation is dropped.
///
/// ```swift
/// let shape = try #require(model.shape(named: "ToolName"))
/// // shape.type == .string, shape.lengthRange == (1, 64), shape.pattern == "[a-zA-Z0-9_-]+"
/// ```
public struct Shape: Sendable, Hashable {
    public var name: String
    public var type: ShapeType
    /// Structure members in model order.
    public var members: [Member]
    /// Names of required structure members.
    public var required: [String]
    /// A tagged union: exactly one member must be set.
    public var isUnion: Bool
    /// A Smithy `document`: any JSON value.
    public var isDocument: Bool
    /// An event-stream union (`eventstream: true`), carried as event-stream frames, not JSON.
    public var isEventStream: Bool
    /// A structure sent as one event of an event stream.
    public var isEvent: Bool
    /// A modeled error.
    public var isException: Bool
    /// The member carried as the raw HTTP payload (`payload` on input/output structures).
    public var payloadMember: String?
    /// Allowed values of an enum string.
    public var enumValues: [String]?
    /// `min`: minimum length (strings, blobs, lists, maps) or value (numbers).
    public var min: Double?
    /// `max`: maximum length (strings, blobs, lists, maps) or value (numbers).
    public var max: Double?
    public var pattern: String?
    public var timestampFormat: TimestampFormat?
    /// List member target.
    public var listMember: String?
    /// Map key target.
    public var mapKey: String?
    /// Map value target.
    public var mapValue: String?
    /// Lists and maps that allow `null` entries.
    public var isSparse: Bool

    public init(
        name: String, type: ShapeType, members: [Member] = [], required: [String] = [], isUnion: Bool = false,
        isDocument: Bool = false, isEventStream: Bool = false, isEvent: Bool = false, isException: Bool = false,
        payloadMember: String? = nil, enumValues: [String]? = nil, min: Double? = nil, max: Double? = nil,
        pattern: String? = nil, timestampFormat: TimestampFormat? = nil, listMember: String? = nil,
        mapKey: String? = nil, mapValue: String? = nil, isSparse: Bool = false
    ) {
        self.name = name
        self.type = type
        self.members = members
        self.required = required
        self.isUnion = isUnion
        self.isDocument = isDocument
        self.isEventStream = isEventStream
        self.isEvent = isEvent
        self.isException = isException
        self.payloadMember = payloadMember
        self.enumValues = enumValues
        self.min = min
        self.max = max
        self.pattern = pattern
        self.timestampFormat = timestampFormat
        self.listMember = listMember
        self.mapKey = mapKey
        self.mapValue = mapValue
        self.isSparse = isSparse
    }

    /// The member named `name` (model name, not JSON key).
    public func member(named name: String) -> Member? {
        members.first(where: { $0.name == name })
    }
}
