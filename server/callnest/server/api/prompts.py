"""The prompts callers hear, and the owner's own recordings of them: listed,
uploaded (checked and converted, see :mod:`callnest.server.media.own_prompts`),
removed (the server's voice again), and listened to."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from callnest.protocol import ErrorCode
from callnest.protocol.languages import LANGUAGE_CODES
from callnest.protocol.rest import Prompt, Prompts
from callnest.server.api.admin import audit
from callnest.server.api.endpoints import Api
from callnest.server.api.errors import ApiError, in_time
from callnest.server.auth import MANAGERS, OWNER_ONLY
from callnest.server.keys import SETTINGS, SWITCHBOARD
from callnest.server.media.oggopus import FRAME_S, ogg_opus_bytes
from callnest.server.media.own_prompts import (
    MAX_UPLOAD_BYTES,
    MIN_SECONDS,
    OwnPrompts,
    Refused,
    make_recording,
    max_seconds,
)
from callnest.server.media.prompts import REQUIRED_PROMPTS, AudioLibrary

# What an upload may say it is: any sound (or a container of one), or bytes.
ACCEPTED_TYPES = ("application/ogg", "application/octet-stream")
ACCEPTED_KINDS = ("audio/", "video/")


def register(api: Api) -> None:
    tag = "prompts"

    @api.route(
        "GET",
        "/api/prompts",
        roles=MANAGERS,
        tag=tag,
        summary="Every prompt in every language: the owner's recording or the server's voice",
    )
    async def list_prompts(request: web.Request) -> Any:
        library = _library(request)
        return Prompts(
            prompts=tuple(
                _prompt(library, name, language)
                for language in _languages(library)
                for name in REQUIRED_PROMPTS
            ),
            min_seconds=MIN_SECONDS,
            max_bytes=MAX_UPLOAD_BYTES,
        )

    @api.route(
        "PUT",
        "/api/prompts/{language}/{prompt}",
        roles=OWNER_ONLY,
        tag=tag,
        summary="The owner's own recording of a prompt (a sound file, up to 10 MB), "
        "played from now on; refused with the problem named (too long, too quiet, clipped...)",
        upload="application/octet-stream",
    )
    async def upload(request: web.Request) -> Any:
        library = _library(request)
        name, language = _chosen(request, library)
        kind = request.content_type
        if not (kind in ACCEPTED_TYPES or kind.startswith(ACCEPTED_KINDS)):
            raise ApiError(
                415,
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "send the recording as the sound file it is (audio/wav, audio/ogg, audio/mpeg...)",
            )
        data = await in_time(request, _read_body(request))
        try:
            # Decoding and encoding: up to a second or two of CPU, off the
            # event loop that carries every call's audio.
            recording = await asyncio.to_thread(make_recording, data, name)
        except Refused as refused:
            raise ApiError(
                422, ErrorCode.INVALID_REQUEST, refused.message, refused.details
            ) from None
        # Kept first (off the loop: the disk), then played.
        await asyncio.to_thread(_own(request, library).write, name, language, recording.packets)
        library.set_own(name, language, recording.packets)
        await audit(
            request,
            "prompt.upload",
            f"prompts:{language}/{name}",
            {"bytes": len(data), "seconds": recording.seconds},
        )
        return _prompt(library, name, language)

    @api.route(
        "DELETE",
        "/api/prompts/{language}/{prompt}",
        roles=OWNER_ONLY,
        tag=tag,
        summary="Remove the owner's recording of a prompt: the server's voice says it again",
    )
    async def remove(request: web.Request) -> Any:
        library = _library(request)
        name, language = _chosen(request, library)
        had = library.own(name, language) is not None
        await asyncio.to_thread(_own(request, library).delete, name, language)
        library.set_own(name, language, None)
        if had:
            await audit(request, "prompt.remove", f"prompts:{language}/{name}")
        return _prompt(library, name, language)

    @api.route(
        "GET",
        "/api/prompts/{language}/{prompt}/audio",
        roles=MANAGERS,
        tag=tag,
        summary="The prompt as callers hear it now (Ogg/Opus): the owner's recording, "
        "or the server's voice",
    )
    async def audio(request: web.Request) -> Any:
        library = _library(request)
        name, language = _chosen(request, library)
        clip = library.own(name, language) or library.made(name, language)
        return web.Response(
            body=ogg_opus_bytes(clip, tags=[f"LANGUAGE={language}"]),
            headers={
                "Content-Type": "audio/ogg",
                "Content-Disposition": f'attachment; filename="{language}-{name}.ogg"',
            },
        )


def _library(request: web.Request) -> AudioLibrary:
    return request.app[SWITCHBOARD].library


def _own(request: web.Request, library: AudioLibrary) -> OwnPrompts:
    return OwnPrompts(request.app[SETTINGS].prompts_dir, library)


def _languages(library: AudioLibrary) -> list[str]:
    return [code for code in LANGUAGE_CODES if code in library.languages]


def _chosen(request: web.Request, library: AudioLibrary) -> tuple[str, str]:
    """The path's prompt and language, which the library must have."""
    name, language = request.match_info["prompt"], request.match_info["language"]
    if language not in _languages(library):
        raise ApiError(
            404, ErrorCode.NOT_FOUND, f"the callers' prompts have no language {language!r}"
        )
    if name not in REQUIRED_PROMPTS:
        raise ApiError(404, ErrorCode.NOT_FOUND, f"there is no prompt {name!r}")
    return name, language


def _prompt(library: AudioLibrary, name: str, language: str) -> Prompt:
    own = library.own(name, language)
    return Prompt.model_validate(
        {
            "language": language,
            "name": name,
            "own": own is not None,
            "seconds": None if own is None else round(len(own) * FRAME_S, 2),
            "made_seconds": round(len(library.made(name, language)) * FRAME_S, 2),
            "max_seconds": max_seconds(name),
        }
    )


async def _read_body(request: web.Request) -> bytes:
    """The body, up to MAX_UPLOAD_BYTES (the app's JSON limit is far smaller)."""
    too_large = ApiError(
        413,
        ErrorCode.TOO_LARGE,
        f"the file is over {MAX_UPLOAD_BYTES // 1_000_000} MB: a prompt needs far less "
        "(a minute of speech as MP3 or Ogg is under 1 MB)",
        {"max_bytes": MAX_UPLOAD_BYTES},
    )
    if request.content_length is not None and request.content_length > MAX_UPLOAD_BYTES:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.content.iter_chunked(1 << 16):
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)
