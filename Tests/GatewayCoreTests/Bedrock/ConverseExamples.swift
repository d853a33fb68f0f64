/// Converse response bodies written after the examples in the Amazon Bedrock API reference and
/// user guide (Converse, tool use, extended thinking, citations, prompt caching).
enum ConverseExamples {
    /// Plain text answer (API reference example).
    static let text = """
        {
          "output": {"message": {"role": "assistant", "content": [{"text": "Here is a short poem about the sea..."}]}},
          "stopReason": "end_turn",
          "usage": {"inputTokens": 125, "outputTokens": 60, "totalTokens": 185},
          "metrics": {"latencyMs": 1175}
        }
        """

    /// Tool call (tool-use user guide).
    static let toolUse = """
        {
          "output": {"message": {"role": "assistant", "content": [
            {"text": "I'll look up the most popular song on WZPZ."},
            {"toolUse": {"toolUseId": "tooluse_kZJMlvQmRJ6eAyJE5GIl7Q", "name": "top_song", "input": {"sign": "WZPZ"}}}
          ]}},
          "stopReason": "tool_use",
          "usage": {"inputTokens": 375, "outputTokens": 64, "totalTokens": 439},
          "metrics": {"latencyMs": 2138}
        }
        """

    /// Extended thinking: readable reasoning with its signature, plus redacted reasoning.
    static let reasoning = """
        {
          "output": {"message": {"role": "assistant", "content": [
            {"reasoningContent": {"reasoningText": {"text": "The user asks for 27 * 453. 27 * 453 = 12231.", "signature": "EqoBCkgIARABGAIiQL2UyQ9W"}}},
            {"reasoningContent": {"redactedContent": "RW1vS0FoZ0JFZ3kzdmEzcHppeA=="}},
            {"text": "27 * 453 = 12,231"}
          ]}},
          "stopReason": "end_turn",
          "usage": {"inputTokens": 45, "outputTokens": 310, "totalTokens": 355},
          "metrics": {"latencyMs": 5230}
        }
        """

    /// Citations into a document.
    static let citations = """
        {
          "output": {"message": {"role": "assistant", "content": [
            {"citationsContent": {
              "content": [{"text": "The grass is green."}],
              "citations": [{
                "title": "nature facts",
                "sourceContent": [{"text": "The grass is green."}],
                "location": {"documentChar": {"documentIndex": 0, "start": 0, "end": 20}}
              }]
            }}
          ]}},
          "stopReason": "end_turn",
          "usage": {"inputTokens": 610, "outputTokens": 30, "totalTokens": 640},
          "metrics": {"latencyMs": 980}
        }
        """

    /// Prompt caching: a cache read and a one-hour cache write.
    static let cachedUsage = """
        {
          "output": {"message": {"role": "assistant", "content": [{"text": "Summary of the cached document."}]}},
          "stopReason": "max_tokens",
          "usage": {"inputTokens": 12, "outputTokens": 100, "totalTokens": 4208,
                    "cacheReadInputTokens": 2048, "cacheWriteInputTokens": 2048,
                    "cacheDetails": [{"ttl": "1h", "inputTokens": 2048}]},
          "metrics": {"latencyMs": 801},
          "performanceConfig": {"latency": "optimized"},
          "serviceTier": {"type": "flex"}
        }
        """

    static let responses = [text, toolUse, reasoning, citations, cachedUsage]
}
