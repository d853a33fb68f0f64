"""Helpers shared by the end-to-end tests (not fixtures: see conftest.py)."""

from __future__ import annotations

import base64
import json
import struct
import urllib.error
import urllib.request
import zlib

# Models of the simulator's catalog (a realistic slice of Bedrock's).
CHAT_MODEL = "us.amazon.nova-lite-v1:0"  # cross-region inference profile: vision, tools, streaming tools
CLAUDE_MODEL = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
EMBEDDING_MODEL = "amazon.titan-embed-text-v2:0"
COHERE_EMBEDDING_MODEL = "cohere.embed-english-v3"
APPLICATION_PROFILE_ARN = (
    "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/8k2mqzsz4v1a"
)

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
TIME_TOOL = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "Current local time in a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def png_data_url(width: int = 2, height: int = 2) -> str:
    """A real (tiny, red) PNG as a `data:` URL."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    return "data:image/png;base64," + base64.b64encode(png).decode()


def raw_request(method: str, url: str, body: bytes | None = None, headers: dict | None = None):
    """One HTTP exchange with the standard library: (status, headers, body bytes), never raising
    on an error status. For what the SDKs refuse to send (malformed JSON) or hide (raw SSE)."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def error_envelope(body: bytes) -> dict:
    """The `error` object of an OpenAI error response, checked for its documented shape."""
    document = json.loads(body)
    assert set(document) == {"error"}, document
    error = document["error"]
    assert {"message", "type", "param", "code"} <= set(error), error
    assert isinstance(error["message"], str) and error["message"]
    return error
