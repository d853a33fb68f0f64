import Foundation

/// Lifecycle of a foundation model (`FoundationModelLifecycle`); dates are ISO 8601 on the wire.
///
/// ```swift
/// if let end = summary.modelLifecycle?.endOfLifeTime, end < now { skip(summary) }
/// ```
public struct FoundationModelLifecycle: Codable, Hashable, Sendable {
    public var status: FoundationModelLifecycleStatus
    public var startOfLifeTime: Date?
    public var endOfLifeTime: Date?
    public var legacyTime: Date?
    public var publicExtendedAccessTime: Date?

    public init(
        status: FoundationModelLifecycleStatus, startOfLifeTime: Date? = nil, endOfLifeTime: Date? = nil,
        legacyTime: Date? = nil, publicExtendedAccessTime: Date? = nil
    ) {
        self.status = status
        self.startOfLifeTime = startOfLifeTime
        self.endOfLifeTime = endOfLifeTime
        self.legacyTime = legacyTime
        self.publicExtendedAccessTime = publicExtendedAccessTime
    }
}
