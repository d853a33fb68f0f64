/// A member of a structure shape: its target shape and how it is bound to the wire.
///
/// ```swift
/// let member = try #require(model.shape(named: "Message")?.member(named: "role"))
/// print(member.target) // "ConversationRole"
/// ```
public struct Member: Sendable, Hashable {
    /// The member name as written in the model.
    public var name: String
    /// The shape the member targets.
    public var target: String
    /// Where the member travels outside the body; `nil` for body members.
    public var location: MemberLocation?
    /// The header, query or URI label name for located members; the JSON key for body
    /// members that carry a `jsonName`.
    public var locationName: String?
    /// A member-level `timestampFormat`, overriding the target's.
    public var timestampFormat: TimestampFormat?
    /// Event-stream members: the member is the event's payload.
    public var isEventPayload: Bool
    /// Event-stream members: the member travels as an event header.
    public var isEventHeader: Bool

    public init(
        name: String, target: String, location: MemberLocation? = nil, locationName: String? = nil,
        timestampFormat: TimestampFormat? = nil, isEventPayload: Bool = false, isEventHeader: Bool = false
    ) {
        self.name = name
        self.target = target
        self.location = location
        self.locationName = locationName
        self.timestampFormat = timestampFormat
        self.isEventPayload = isEventPayload
        self.isEventHeader = isEventHeader
    }

    /// The key this member has in a JSON body.
    public var jsonKey: String {
        location == nil ? (locationName ?? name) : name
    }

    /// Whether the member travels in the JSON body (not in the URI, headers, query or status).
    public var isInBody: Bool {
        location == nil && !isEventHeader
    }
}
