import AWSServiceModel
import Foundation

/// The official service models of Secrets Manager and SSM from `../shared/aws-models`, loaded
/// once, to check the bodies the JSON-1.1 clients send against the source of truth.
enum AWSServiceModels {
    private static let secretsManagerResult = Result { try load("secretsmanager") }
    private static let ssmResult = Result { try load("ssm") }

    static var secretsManager: ServiceModel { get throws { try secretsManagerResult.get() } }
    static var ssm: ServiceModel { get throws { try ssmResult.get() } }

    private static func load(_ service: String) throws -> ServiceModel {
        let file = TestData.sharedDirectory.appendingPathComponent("aws-models/\(service)/service-2.json.gz")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-dc", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file.path])
        }
        return try ServiceModel(jsonData: data)
    }
}
