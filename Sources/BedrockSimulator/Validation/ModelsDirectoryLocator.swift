import Foundation

/// Finds the folder holding the AWS service models (`<dir>/bedrock-runtime/service-2.json.gz`).
///
/// In order: an explicit path, `BEDROCK_SIMULATOR_MODELS_DIR`, then `../shared/aws-models`
/// relative to the current directory and to each of its ancestors that contains a
/// `Package.swift` (the repository root, wherever the process was started inside it).
enum ModelsDirectoryLocator {
    static let environmentVariable = "BEDROCK_SIMULATOR_MODELS_DIR"
    static let marker = "bedrock-runtime/service-2.json.gz"

    static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        let fileManager = FileManager.default
        var directory = URL(fileURLWithPath: fileManager.currentDirectoryPath)
        var candidates = [directory.appending(path: "../shared/aws-models")]
        while directory.pathComponents.count > 1 {
            if fileManager.fileExists(atPath: directory.appending(path: "Package.swift").path) {
                candidates.append(directory.appending(path: "../shared/aws-models"))
            }
            directory.deleteLastPathComponent()
        }
        return candidates.first { fileManager.fileExists(atPath: $0.appending(path: marker).path) }?.standardized
    }
}
