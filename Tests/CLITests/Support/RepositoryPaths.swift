import Foundation

/// Paths of the package, found from this file's location (Tests/CLITests/Support/…).
enum RepositoryPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CLITests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The shared AWS service models (`../shared/aws-models`), for the simulator's validation.
    static let awsModels: URL = root.deletingLastPathComponent().appendingPathComponent("shared/aws-models")
}
