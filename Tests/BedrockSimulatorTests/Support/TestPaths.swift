import Foundation

/// Locations of the shared reference data, found from this file (repository root, then
/// `../shared`).
enum TestPaths {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let awsModels = repositoryRoot.appending(path: "../shared/aws-models").standardized
}
