import BedrockClient
import GatewayCore

// The operator CLI lands here (see the gatewayctl issue).
print("gatewayctl: linked against \(SystemLibraries.curlVersion), \(SystemLibraries.cryptoVersion)")
