// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "bedrock-openai-gateway",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "OpenAIModels", targets: ["OpenAIModels"]),
        .library(name: "GatewayCore", targets: ["GatewayCore"]),
        .library(name: "BedrockClient", targets: ["BedrockClient"]),
        .executable(name: "LambdaEntry", targets: ["LambdaEntry"]),
        .executable(name: "gatewayctl", targets: ["gatewayctl"]),
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
        // Pure core: Bedrock wire types, OpenAI ⇄ Bedrock translation, ports. No I/O.
        .target(name: "GatewayCore", dependencies: ["OpenAIModels"]),
        // Validation of JSON values against an AWS service model (service-2.json). No I/O.
        .target(name: "AWSServiceModel"),
        // Transport: the only layer that talks to the network.
        .target(name: "BedrockClient", dependencies: ["GatewayCore", "CCurl", "CLibCrypto"]),

        .executableTarget(name: "LambdaEntry", dependencies: ["GatewayCore", "BedrockClient"]),
        .executableTarget(name: "gatewayctl", dependencies: ["GatewayCore", "BedrockClient"]),
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
    ],
    swiftLanguageModes: [.v6]
)
