"""Tool calls through the official OpenAI SDK: single, parallel, streamed, and a full round trip
with the tool results sent back."""

import json

import openai
import pytest

from support import CHAT_MODEL, CLAUDE_MODEL, TIME_TOOL, WEATHER_TOOL


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.api_key, max_retries=0)


def test_single_tool_call_has_an_id_a_name_and_json_arguments(client):
    completion = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": 'What is the weather? call get_weather {"city": "Paris"}'}],
        tools=[WEATHER_TOOL, TIME_TOOL],
    )

    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert len(choice.message.tool_calls) == 1
    call = choice.message.tool_calls[0]
    assert call.type == "function"
    assert call.id
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}


def test_forced_tool_choice_calls_that_tool(client):
    completion = client.chat.completions.create(
        model=CLAUDE_MODEL,
        messages=[{"role": "user", "content": "Tell me the time in Lisbon"}],
        tools=[WEATHER_TOOL, TIME_TOOL],
        tool_choice={"type": "function", "function": {"name": "get_time"}},
    )

    calls = completion.choices[0].message.tool_calls
    assert [call.function.name for call in calls] == ["get_time"]
    assert "city" in json.loads(calls[0].function.arguments)


def test_parallel_tool_calls_come_in_one_message_in_order(client):
    completion = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {
                "role": "user",
                "content": 'call get_weather {"city": "Oslo"} and call get_time {"city": "Tokyo"}',
            }
        ],
        tools=[WEATHER_TOOL, TIME_TOOL],
    )

    calls = completion.choices[0].message.tool_calls
    assert [call.function.name for call in calls] == ["get_weather", "get_time"]
    assert [json.loads(call.function.arguments) for call in calls] == [{"city": "Oslo"}, {"city": "Tokyo"}]
    assert len({call.id for call in calls}) == 2
    assert completion.choices[0].finish_reason == "tool_calls"


def test_streamed_tool_calls_assemble_from_indexed_deltas(client):
    stream = client.chat.completions.create(
        model=CHAT_MODEL,
        messages=[
            {
                "role": "user",
                "content": 'call get_weather {"city": "Rome"} then call get_time {"city": "Lima"}',
            }
        ],
        tools=[WEATHER_TOOL, TIME_TOOL],
        stream=True,
    )

    calls: dict[int, dict] = {}
    finish_reason = None
    for chunk in stream:
        if not chunk.choices:
            continue
        choice = chunk.choices[0]
        finish_reason = choice.finish_reason or finish_reason
        for delta in choice.delta.tool_calls or []:
            entry = calls.setdefault(delta.index, {"id": None, "name": None, "arguments": ""})
            if delta.id:
                assert entry["id"] is None, "the id comes once, in the call's first delta"
                entry["id"] = delta.id
                assert delta.function.name
            if delta.function and delta.function.name:
                entry["name"] = delta.function.name
            if delta.function and delta.function.arguments:
                entry["arguments"] += delta.function.arguments

    assert finish_reason == "tool_calls"
    assert sorted(calls) == [0, 1]
    assert [calls[i]["name"] for i in (0, 1)] == ["get_weather", "get_time"]
    assert [json.loads(calls[i]["arguments"]) for i in (0, 1)] == [{"city": "Rome"}, {"city": "Lima"}]
    assert all(calls[i]["id"] for i in (0, 1))


def test_full_round_trip_sends_tool_results_back_and_gets_an_answer(client):
    messages = [{"role": "user", "content": 'call get_weather {"city": "Paris"} and call get_time {"city": "Paris"}'}]
    first = client.chat.completions.create(model=CHAT_MODEL, messages=messages, tools=[WEATHER_TOOL, TIME_TOOL])
    assistant = first.choices[0].message
    assert len(assistant.tool_calls) == 2

    messages.append(assistant.model_dump(exclude_none=True))
    results = {"get_weather": "18 degrees and sunny", "get_time": "14:05"}
    for call in assistant.tool_calls:
        messages.append({"role": "tool", "tool_call_id": call.id, "content": results[call.function.name]})
    second = client.chat.completions.create(model=CHAT_MODEL, messages=messages, tools=[WEATHER_TOOL, TIME_TOOL])

    answer = second.choices[0]
    assert answer.finish_reason == "stop"
    assert answer.message.tool_calls is None
    assert "18 degrees and sunny" in answer.message.content
    assert "14:05" in answer.message.content


def test_tool_result_for_an_unknown_call_id_is_refused_with_400(client):
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(
            model=CHAT_MODEL,
            messages=[
                {"role": "user", "content": "hi"},
                {"role": "tool", "tool_call_id": "call_missing", "content": "orphan"},
            ],
            tools=[WEATHER_TOOL],
        )
    assert caught.value.status_code == 400
