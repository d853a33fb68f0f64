/// How tool-call ids look: Converse's `tooluse_…` or the Anthropic API's `toolu_bdrk_…`.
enum ToolIDStyle: Sendable {
    case converse
    case anthropic

    func makeID(using random: inout DeterministicRandom) -> String {
        switch self {
        case .converse: "tooluse_" + random.string(length: 22)
        case .anthropic: "toolu_bdrk_01" + random.string(length: 22)
        }
    }
}
