"""Strategies for what a server or a page may send: JSON values of any shape, numbers
that JSON can spell but a walk cannot hold, and their encodings as bytes (NaN and
Infinity literals included, as Python's json writes them)."""

from __future__ import annotations

import json
import math
from email.message import Message

import pytest
from hypothesis import strategies as st

from walkplanner import net

# Numbers a JSON text can carry that no coordinate, distance or index may be.
ODD_NUMBERS = st.sampled_from(
    [
        math.nan,
        math.inf,
        -math.inf,
        1e308,
        -1e308,
        10**400,
        -(10**400),
        2**63,
        2**31,
        5e-324,
        -0.0,
        True,
        False,
        None,
        "1",
        "NaN",
        "1e999",
        "",
        [],
        {},
        [1, 2],
    ]
)

SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30) | ODD_NUMBERS
)

JSON_VALUES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=15,
)

# Texts as servers and files write them: control characters, markup, lone surrogates.
HOSTILE_TEXT = st.text(max_size=60) | st.sampled_from(
    [
        "<script>alert(1)</script>",
        '<a href="javascript:alert(1)">x</a>',
        "<img src=x onerror=alert(1)>",
        "\x00\x01\x1b[31m\u202e\u2028\ud800",
        "x" * 100_000,
        "   ",
        "\n\r\t",
    ]
)


def encoded(value: object) -> bytes:
    """`value` as a server would send it: NaN and Infinity as bare literals."""
    return json.dumps(value, allow_nan=True).encode()


RAW_BODIES = st.one_of(
    st.builds(encoded, JSON_VALUES),
    st.binary(max_size=200),
    st.sampled_from(
        [
            b"",
            b"[" * 5_000,
            b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
            b'{"code": "Ok", "routes": NaN}',
            b"\xff\xfe{}",
            b"1" * 5_000,
        ]
    ),
)


def replying(monkeypatch: pytest.MonkeyPatch, status: int, body: bytes) -> None:
    """A server's reply, without a socket: `net.get` answers `body` at once."""
    headers = Message()
    headers["Content-Type"] = "application/json"
    monkeypatch.setattr(net, "get", lambda *_a, **_k: net.Reply(status, headers, body))
