import Foundation

/// Locates the read-only reference data (`../shared` beside the repository root).
enum TestData {
    /// `<repository>/../shared`, found from this file's location
    /// (`<repository>/Tests/BedrockClientTests/Support/TestData.swift`).
    static let sharedDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // BedrockClientTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .deletingLastPathComponent()
        .appendingPathComponent("shared", isDirectory: true)
}
