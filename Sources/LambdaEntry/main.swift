import BedrockClient
import GatewayCore

// The Lambda custom runtime lands here (see the LambdaEntry issue).
print("LambdaEntry: linked against \(SystemLibraries.curlVersion)")
