"""Chat completions through the official OpenAI SDK: JSON, streaming (with and without usage),
images, and the request log."""

import json

import openai
import pytest

from support import CHAT_MODEL, CLAUDE_MODEL, png_data_url, raw_request


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.api_key, max_retries=0)


def test_chat_completion_answers_with_a_complete_openai_response(client):
    completion = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": "Hello from the OpenAI SDK"},
        ],
        max_tokens=200,
    )

    assert completion.object == "chat.completion"
    assert completion.id.startswith("chatcmpl-")
    assert completion.model == CHAT_MODEL
    assert len(completion.choices) == 1
    choice = completion.choices[0]
    assert choice.index == 0
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    assert "Hello from the OpenAI SDK" in choice.message.content
    assert completion.usage.prompt_tokens > 0
    assert completion.usage.completion_tokens > 0
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_chat_completion_also_served_under_the_route_prefix(gateway):
    prefixed = openai.OpenAI(base_url=gateway.root_url + "/api/v1", api_key=gateway.api_key, max_retries=0)

    completion = prefixed.chat.completions.create(
        model=CLAUDE_MODEL, messages=[{"role": "user", "content": "Hi under the prefix"}]
    )

    assert "Hi under the prefix" in completion.choices[0].message.content


def test_stream_without_include_usage_sends_deltas_and_no_usage_chunk(client):
    stream = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "Please stream this sentence back to me"}],
        stream=True,
    )
    chunks = list(stream)

    assert len(chunks) >= 3
    assert all(chunk.object == "chat.completion.chunk" for chunk in chunks)
    assert len({chunk.id for chunk in chunks}) == 1
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)
    assert "Please stream this sentence back to me" in text
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(chunk.usage is None for chunk in chunks)


def test_stream_with_include_usage_ends_with_a_usage_chunk_without_choices(client):
    stream = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": "Count my tokens"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)

    usage_chunk = chunks[-1]
    assert usage_chunk.choices == []
    assert usage_chunk.usage.prompt_tokens > 0
    assert usage_chunk.usage.completion_tokens > 0
    assert usage_chunk.usage.total_tokens == usage_chunk.usage.prompt_tokens + usage_chunk.usage.completion_tokens
    # Every other chunk carries `usage: null`, as OpenAI documents for include_usage.
    assert all(chunk.usage is None for chunk in chunks[:-1])
    assert chunks[-2].choices[0].finish_reason == "stop"


def test_stream_is_server_sent_events_ending_with_done(gateway):
    body = json.dumps(
        {"model": CHAT_MODEL, "stream": True, "messages": [{"role": "user", "content": "raw events"}]}
    ).encode()
    status, headers, payload = raw_request(
        "POST",
        gateway.base_url + "/chat/completions",
        body,
        {"Authorization": f"Bearer {gateway.api_key}", "Content-Type": "application/json"},
    )

    assert status == 200
    assert headers["content-type"].startswith("text/event-stream")
    events = [block for block in payload.decode().split("\n\n") if block.strip()]
    assert all(event.startswith("data: ") for event in events)
    assert events[-1] == "data: [DONE]"
    for event in events[:-1]:
        assert json.loads(event[len("data: ") :])["object"] == "chat.completion.chunk"


def test_image_as_data_url_reaches_the_model(client):
    completion = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What colour is this picture?"},
                    {"type": "image_url", "image_url": {"url": png_data_url()}},
                ],
            }
        ],
    )

    assert completion.choices[0].finish_reason == "stop"
    assert "What colour is this picture?" in completion.choices[0].message.content
    # The image is billed as input tokens on top of the text.
    text_only = client.chat.completions.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": "What colour is this picture?"}]
    )
    assert completion.usage.prompt_tokens > text_only.usage.prompt_tokens


def test_each_request_is_logged_once_as_json_without_the_api_key(gateway, client):
    response = client.chat.completions.with_raw_response.create(
        model=CHAT_MODEL, messages=[{"role": "user", "content": "log me"}]
    )
    request_id = response.headers["x-request-id"]
    completion = response.parse()

    line = gateway.request_log(request_id)
    assert [entry for entry in gateway.log_lines() if entry.get("request_id") == request_id] == [line]
    assert line["route"] == "/chat/completions"
    assert line["model"] == CHAT_MODEL
    assert line["status"] == 200
    assert isinstance(line["latency_ms"], int)
    assert line["prompt_tokens"] == completion.usage.prompt_tokens
    assert line["completion_tokens"] == completion.usage.completion_tokens
    logs = gateway.log_path.read_text()
    assert gateway.api_key not in logs
    assert "log me" not in logs  # prompts only with DEBUG=true
