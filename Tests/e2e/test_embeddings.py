"""Embeddings through the official OpenAI SDK, as floats and as base64."""

import base64
import math
import struct

import openai
import pytest

from support import COHERE_EMBEDDING_MODEL, EMBEDDING_MODEL


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.api_key, max_retries=0)


def test_float_embeddings_one_vector_per_input_in_order(client):
    response = client.embeddings.create(
        model=EMBEDDING_MODEL, input=["first text", "second text", "third text"], encoding_format="float"
    )

    assert response.object == "list"
    assert response.model == EMBEDDING_MODEL
    assert [item.index for item in response.data] == [0, 1, 2]
    assert all(item.object == "embedding" for item in response.data)
    dimensions = {len(item.embedding) for item in response.data}
    assert len(dimensions) == 1 and dimensions.pop() > 0
    assert all(isinstance(value, float) for value in response.data[0].embedding)
    assert response.data[0].embedding != response.data[1].embedding
    assert response.usage.prompt_tokens > 0
    assert response.usage.total_tokens == response.usage.prompt_tokens


def test_sdk_default_base64_decodes_to_the_same_floats(client):
    # Without encoding_format the SDK asks for base64 and decodes it itself.
    as_floats = client.embeddings.create(model=EMBEDDING_MODEL, input="same text", encoding_format="float")
    decoded = client.embeddings.create(model=EMBEDDING_MODEL, input="same text")

    expected = as_floats.data[0].embedding
    actual = decoded.data[0].embedding
    assert len(actual) == len(expected)
    assert all(math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-7) for a, b in zip(actual, expected))


def test_explicit_base64_is_little_endian_float32(client):
    as_floats = client.embeddings.create(model=EMBEDDING_MODEL, input="bytes please", encoding_format="float")
    as_base64 = client.embeddings.create(model=EMBEDDING_MODEL, input="bytes please", encoding_format="base64")

    encoded = as_base64.data[0].embedding
    assert isinstance(encoded, str)
    raw = base64.b64decode(encoded)
    values = struct.unpack(f"<{len(raw) // 4}f", raw)
    assert len(values) == len(as_floats.data[0].embedding)
    assert all(math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-7) for a, b in zip(values, as_floats.data[0].embedding))


def test_cohere_model_embeds_a_batch(client):
    response = client.embeddings.create(model=COHERE_EMBEDDING_MODEL, input=["uno", "dos"], encoding_format="float")

    assert [item.index for item in response.data] == [0, 1]
    assert len(response.data[0].embedding) == len(response.data[1].embedding) > 0


def test_chat_model_used_for_embeddings_is_a_400(client):
    with pytest.raises(openai.BadRequestError):
        client.embeddings.create(model="us.amazon.nova-lite-v1:0", input="not an embedding model")
