import Foundation

/// The environment children start from: a PATH, an empty home folder, dummy AWS credentials and
/// region, instance metadata off and no proxy — nothing from the developer's shell.
enum TestEnvironment {
    static let home: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gatewayctl-tests-home-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }()

    static var aws: [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
            "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "AWS_REGION": "us-east-1",
            "AWS_EC2_METADATA_DISABLED": "true",
            "NO_PROXY": "127.0.0.1,localhost",
        ]
    }
}
