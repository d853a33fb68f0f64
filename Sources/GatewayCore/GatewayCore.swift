@_exported import OpenAIModels
