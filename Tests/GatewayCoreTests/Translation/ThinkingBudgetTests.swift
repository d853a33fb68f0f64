import Testing

@testable import GatewayCore

@Suite struct ThinkingBudgetTests {
    @Test func noneMeansNoThinking() {
        #expect(ThinkingBudget.plan(effort: .none, maxTokens: 4000, modelMaxOutput: 64000) == nil)
    }

    @Test func budgetStaysBelowMaxTokensAndAtLeast1024() throws {
        for effort in ReasoningEffort.allCases where effort != .none {
            for limit in [1, 100, 1024, 1025, 2000, 4096, 20000, 64000] {
                let plan = try #require(ThinkingBudget.plan(effort: effort, maxTokens: limit, modelMaxOutput: 64000))
                #expect(plan.budgetTokens >= 1024)
                #expect(plan.budgetTokens < plan.maxTokens)
            }
        }
    }

    @Test func budgetComesOutOfTheClientLimit() {
        let plan = ThinkingBudget.plan(effort: .high, maxTokens: 20000, modelMaxOutput: 64000)
        #expect(plan == .init(budgetTokens: 16384, maxTokens: 20000))
        let small = ThinkingBudget.plan(effort: .high, maxTokens: 4000, modelMaxOutput: 64000)
        #expect(small == .init(budgetTokens: 3999, maxTokens: 4000))
    }

    @Test func tooSmallALimitKeepsTheAnswerRoomOnTopOfTheMinimum() {
        let plan = ThinkingBudget.plan(effort: .low, maxTokens: 500, modelMaxOutput: 64000)
        #expect(plan == .init(budgetTokens: 1024, maxTokens: 1524))
    }

    @Test func withoutAClientLimitTheModelsOutputLimitIsUsed() {
        let plan = ThinkingBudget.plan(effort: .medium, maxTokens: nil, modelMaxOutput: 32000)
        #expect(plan == .init(budgetTokens: 8192, maxTokens: 32000))
        let unknown = ThinkingBudget.plan(effort: .xhigh, maxTokens: nil, modelMaxOutput: nil)
        #expect(unknown == .init(budgetTokens: 8191, maxTokens: 8192))
    }
}
