// swift-tools-version:6.0
import PackageDescription

// Hummingbird and the packages it brings are used only by the HTTP adapters (GatewayServer,
// BedrockSimulator) and the operator CLI. The libraries other services import (OpenAIModels,
// GatewayCore, BedrockClient) and the Lambda binary depend on none of them.
let hummingbird: [Target.Dependency] = [
    .product(name: "Hummingbird", package: "hummingbird"),
    .product(name: "HummingbirdCore", package: "hummingbird"),
    .product(name: "Logging", package: "swift-log"),
    .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
    .product(name: "UnixSignals", package: "swift-service-lifecycle"),
    .product(name: "NIOCore", package: "swift-nio"),
    .product(name: "HTTPTypes", package: "swift-http-types"),
]

let package = Package(
    name: "bedrock-openai-gateway",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "OpenAIModels", targets: ["OpenAIModels"]),
        .library(name: "GatewayCore", targets: ["GatewayCore"]),
        .library(name: "BedrockClient", targets: ["BedrockClient"]),
        .library(name: "GatewayServer", targets: ["GatewayServer"]),
        .library(name: "BedrockSimulator", targets: ["BedrockSimulator"]),
        .executable(name: "LambdaEntry", targets: ["LambdaEntry"]),
        .executable(name: "gatewayctl", targets: ["gatewayctl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // System libraries from the design card, reached through module maps.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),

        // Schema: the OpenAI wire types. No I/O.
        .target(name: "OpenAIModels"),
        // Pure core: Bedrock wire types, OpenAI ⇄ Bedrock translation, the Gateway, ports. No I/O.
        .target(name: "GatewayCore", dependencies: ["OpenAIModels"]),
        // Validation of JSON values against an AWS service model (service-2.json). No I/O.
        .target(name: "AWSServiceModel"),
        // Transport: the only layer that talks to the network.
        .target(name: "BedrockClient", dependencies: ["GatewayCore", "CCurl", "CLibCrypto"]),

        // HTTP server adapter: serves any `GatewayHandling` over Hummingbird 2.
        .target(name: "GatewayServer", dependencies: hummingbird + ["GatewayCore"]),
        // A Bedrock-compatible HTTP server with deterministic replies: the local backend and the
        // backend of end-to-end tests.
        .target(
            name: "BedrockSimulator",
            dependencies: hummingbird + ["GatewayCore", "AWSServiceModel", "BedrockClient"]
        ),

        // The Lambda custom runtime (Runtime API client, event adapters). No NIO, no Hummingbird:
        // a small binary and a fast cold start.
        .target(name: "LambdaRuntime", dependencies: ["GatewayCore", "BedrockClient"]),
        .executableTarget(name: "LambdaEntry", dependencies: ["LambdaRuntime", "GatewayCore", "BedrockClient"]),
        .executableTarget(
            name: "gatewayctl",
            dependencies: [
                "GatewayCore", "BedrockClient", "GatewayServer", "BedrockSimulator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + hummingbird
        ),
        // `swift run -c release GatewayBenchmarks`: the local server against the simulator.
        .executableTarget(
            name: "GatewayBenchmarks",
            dependencies: [
                "GatewayCore", "BedrockClient", "GatewayServer", "BedrockSimulator",
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Benchmarks/GatewayBenchmarks"
        ),
        // `swift run -c release BedrockClientBenchmarks`: signing and event-stream decoding costs.
        .executableTarget(
            name: "BedrockClientBenchmarks",
            dependencies: ["GatewayCore", "BedrockClient"],
            path: "Benchmarks/BedrockClientBenchmarks"
        ),

        .testTarget(name: "OpenAIModelsTests", dependencies: ["OpenAIModels"]),
        .testTarget(
            name: "GatewayCoreTests",
            dependencies: ["GatewayCore", "AWSServiceModel"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "AWSServiceModelTests", dependencies: ["AWSServiceModel"]),
        .testTarget(name: "BedrockClientTests", dependencies: ["BedrockClient", "GatewayCore", "AWSServiceModel"]),
        .testTarget(name: "GatewayServerTests", dependencies: ["GatewayServer", "BedrockClient"]),
        .testTarget(
            name: "BedrockSimulatorTests",
            dependencies: ["BedrockSimulator", "BedrockClient", "GatewayCore", "AWSServiceModel"]
        ),
        // The simulator, the Gateway and GatewayServer in one process, exercised through real HTTP.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "GatewayCore", "BedrockClient", "GatewayServer", "BedrockSimulator",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The end-to-end tests drive the real LambdaEntry binary against the Bedrock simulator
        // (Hummingbird is linked into the test bundle only, never into LambdaEntry).
        .testTarget(
            name: "LambdaRuntimeTests", dependencies: ["LambdaRuntime", "GatewayCore", "BedrockClient", "BedrockSimulator"],
            // Performance/measure.py: cold start and memory measurement, run by hand.
            exclude: ["Performance"]
        ),
        // Drives the real `gatewayctl` binary against the simulator and a local moto server.
        .testTarget(
            name: "CLITests",
            dependencies: ["BedrockSimulator", "GatewayServer", "GatewayCore", "BedrockClient"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
