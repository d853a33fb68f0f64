"""The Anthropic Messages endpoint through the official `anthropic` Python SDK.

Runs against `gatewayctl serve --backend simulator` started by the session fixture `gateway`
(conftest.py: `.root_url` like http://127.0.0.1:PORT, `.base_url` (…/v1), `.api_key`). The
Anthropic SDK appends `/v1/messages` to its base URL, so it is given the root URL.

The simulator answers deterministically: a text answer echoes the last user turn
("You said: …"); "call <tool> {json}" in the user's text makes the model call that tool with
that input; a tool result is answered with "The tool returned: …". Claude models are served
through InvokeModel (the Messages schema), other models through Converse.
"""

import anthropic
import pytest

# A cross-region profile of a Claude model and an on-demand non-Claude model of the simulator's
# catalog (Sources/BedrockSimulator/Catalog/SimulatorCatalog+Standard.swift).
CLAUDE = "us.anthropic.claude-sonnet-4-5-20250929-v1:0"
CLAUDE_PROFILE_ONLY = "anthropic.claude-sonnet-4-5-20250929-v1:0"
NOVA = "amazon.nova-pro-v1:0"

WEATHER_TOOL = {
    "name": "get_weather",
    "description": "The current weather in a city.",
    "input_schema": {
        "type": "object",
        "properties": {"location": {"type": "string"}},
        "required": ["location"],
    },
}


@pytest.fixture(scope="module")
def client(gateway):
    return anthropic.Anthropic(base_url=gateway.root_url, api_key=gateway.api_key, max_retries=0)


def text_of(message):
    return "".join(block.text for block in message.content if block.type == "text")


# Claude through InvokeModel


def test_claude_message(client):
    message = client.messages.create(
        model=CLAUDE,
        max_tokens=256,
        system="Be brief.",
        messages=[{"role": "user", "content": "Hello, Claude"}],
    )
    assert message.type == "message"
    assert message.role == "assistant"
    assert message.model == CLAUDE
    assert message.id.startswith("msg_")
    assert message.content[0].type == "text"
    assert "Hello, Claude" in text_of(message)
    assert message.stop_reason == "end_turn"
    assert message.usage.input_tokens > 0
    assert message.usage.output_tokens > 0
    assert message._request_id


def test_claude_beta_header_is_accepted(client):
    message = client.beta.messages.create(
        model=CLAUDE,
        max_tokens=128,
        betas=["context-1m-2025-08-07"],
        messages=[{"role": "user", "content": "Hello with a beta"}],
    )
    assert "Hello with a beta" in text_of(message)


def test_claude_stream(client):
    with client.messages.stream(
        model=CLAUDE,
        max_tokens=256,
        messages=[{"role": "user", "content": "Stream a short greeting, please."}],
    ) as stream:
        streamed = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert streamed == text_of(final)
    assert "Stream a short greeting, please." in streamed
    assert final.model == CLAUDE
    assert final.stop_reason == "end_turn"
    assert final.usage.output_tokens > 0


def test_claude_stream_event_order(client):
    with client.messages.stream(
        model=CLAUDE,
        max_tokens=256,
        messages=[{"role": "user", "content": "Events, in order."}],
    ) as stream:
        types = [event.type for event in stream if event.type not in ("text", "ping")]
    assert types[0] == "message_start"
    assert types[1] == "content_block_start"
    assert "content_block_delta" in types
    assert types[-3:] == ["content_block_stop", "message_delta", "message_stop"]


def test_claude_tool_use_round_trip(client):
    question = {"role": "user", "content": 'What is the weather? call get_weather {"location": "Paris"}'}
    message = client.messages.create(model=CLAUDE, max_tokens=256, tools=[WEATHER_TOOL], messages=[question])
    assert message.stop_reason == "tool_use"
    calls = [block for block in message.content if block.type == "tool_use"]
    assert len(calls) == 1
    assert calls[0].name == "get_weather"
    assert calls[0].input == {"location": "Paris"}

    answer = client.messages.create(
        model=CLAUDE,
        max_tokens=256,
        tools=[WEATHER_TOOL],
        messages=[
            question,
            {"role": "assistant", "content": [block.model_dump(exclude_none=True) for block in message.content]},
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": calls[0].id, "content": "18 degrees and sunny"}],
            },
        ],
    )
    assert answer.stop_reason == "end_turn"
    assert "18 degrees and sunny" in text_of(answer)


def test_claude_streamed_tool_use(client):
    with client.messages.stream(
        model=CLAUDE,
        max_tokens=256,
        tools=[WEATHER_TOOL],
        tool_choice={"type": "tool", "name": "get_weather"},
        messages=[{"role": "user", "content": 'call get_weather {"location": "Tokyo"}'}],
    ) as stream:
        fragments = [event.partial_json for event in stream if event.type == "input_json"]
        final = stream.get_final_message()
    assert final.stop_reason == "tool_use"
    call = next(block for block in final.content if block.type == "tool_use")
    assert call.name == "get_weather"
    assert call.input == {"location": "Tokyo"}
    assert fragments


def test_claude_count_tokens(client):
    count = client.messages.count_tokens(
        model=CLAUDE,
        system="Be brief.",
        messages=[{"role": "user", "content": "How many tokens is this?"}],
    )
    assert count.input_tokens > 0


# Other models through Converse


def test_converse_model_message(client):
    message = client.messages.create(
        model=NOVA,
        max_tokens=256,
        system="Be brief.",
        messages=[{"role": "user", "content": "Hello, Nova"}],
    )
    assert message.model == NOVA
    assert message.id.startswith("msg_")
    assert "Hello, Nova" in text_of(message)
    assert message.stop_reason == "end_turn"
    assert message.usage.input_tokens > 0
    assert message.usage.output_tokens > 0


def test_converse_model_stream(client):
    with client.messages.stream(
        model=NOVA,
        max_tokens=256,
        messages=[{"role": "user", "content": "Stream through Converse."}],
    ) as stream:
        streamed = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert "Stream through Converse." in streamed
    assert streamed == text_of(final)
    assert final.model == NOVA
    assert final.stop_reason == "end_turn"
    # Converse reports usage at the end; it arrives with message_delta.
    assert final.usage.input_tokens > 0
    assert final.usage.output_tokens > 0


def test_converse_model_tool_use(client):
    message = client.messages.create(
        model=NOVA,
        max_tokens=256,
        tools=[WEATHER_TOOL],
        messages=[{"role": "user", "content": 'call get_weather {"location": "Lima"}'}],
    )
    assert message.stop_reason == "tool_use"
    call = next(block for block in message.content if block.type == "tool_use")
    assert call.name == "get_weather"
    assert call.input == {"location": "Lima"}

    with client.messages.stream(
        model=NOVA,
        max_tokens=256,
        tools=[WEATHER_TOOL],
        messages=[{"role": "user", "content": 'call get_weather {"location": "Oslo"}'}],
    ) as stream:
        final = stream.get_final_message()
    call = next(block for block in final.content if block.type == "tool_use")
    assert call.input == {"location": "Oslo"}


# Authentication and errors, in Anthropic's error shape


def test_bearer_token_is_accepted(gateway):
    bearer = anthropic.Anthropic(base_url=gateway.root_url, auth_token=gateway.api_key, max_retries=0)
    message = bearer.messages.create(model=CLAUDE, max_tokens=64, messages=[{"role": "user", "content": "Hi"}])
    assert message.content


def test_bad_key_is_authentication_error(gateway):
    bad = anthropic.Anthropic(base_url=gateway.root_url, api_key="sk-not-a-valid-key", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError) as failure:
        bad.messages.create(model=CLAUDE, max_tokens=64, messages=[{"role": "user", "content": "Hi"}])
    assert failure.value.status_code == 401
    assert failure.value.body["type"] == "error"
    assert failure.value.body["error"]["type"] == "authentication_error"


def test_unknown_model_is_not_found(client):
    with pytest.raises(anthropic.NotFoundError) as failure:
        client.messages.create(
            model="anthropic.claude-does-not-exist-v9:0", max_tokens=64, messages=[{"role": "user", "content": "Hi"}]
        )
    assert failure.value.body["error"]["type"] == "not_found_error"


def test_model_that_needs_a_profile_is_a_bad_request(client):
    with pytest.raises(anthropic.BadRequestError) as failure:
        client.messages.create(model=CLAUDE_PROFILE_ONLY, max_tokens=64, messages=[{"role": "user", "content": "Hi"}])
    assert failure.value.body["error"]["type"] == "invalid_request_error"
    assert "inference profile" in failure.value.body["error"]["message"]
