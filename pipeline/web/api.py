"""The platforms' API: redeem a reset token once, with an API key compared in constant time."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Header, HTTPException, Request
from pydantic import BaseModel, Field
from sqlmodel import Session

from pipeline.tokens.service import redeem_token

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1")


class RedeemRequest(BaseModel):
    token: str = Field(min_length=16, max_length=200)


class RedeemedAccount(BaseModel):
    uai: str
    platform: str
    email: str  # the address the link was sent to: the account's contact from now on


def api_client(request: Request,
               authorization: Annotated[str | None, Header()] = None,
               x_api_key: Annotated[str | None, Header()] = None) -> str:
    """The name of the client whose key was given; 401 otherwise. Every key is compared."""
    given = x_api_key or (authorization or "").removeprefix("Bearer ").strip()
    keys: dict[str, str] = request.app.state.api_keys
    found = ""
    for name, secret in keys.items():
        if hmac.compare_digest(given.encode(), secret.encode()) and given:
            found = name
    if not found:
        raise HTTPException(status_code=401, detail="a valid API key is required",
                            headers={"WWW-Authenticate": "Bearer"})
    return found


@router.post("/reset-tokens/redeem", response_model=RedeemedAccount)
def redeem(body: RedeemRequest, request: Request,
           client: Annotated[str, Depends(api_client)]) -> RedeemedAccount:
    """Consume the token: the first call gets the account, every later call gets 410."""
    engine: sa.Engine = request.app.state.engine
    clock: Callable[[], datetime] = request.app.state.clock
    with Session(engine) as session:
        redeemed = redeem_token(session, body.token, by=client, now=clock())
    if redeemed is None:
        log.info("reset token refused for %s (unknown, used or expired)", client)
        raise HTTPException(status_code=410, detail="unknown, used or expired token")
    log.info("reset token redeemed by %s for %s on %s", client, redeemed.uai, redeemed.platform)
    return RedeemedAccount(uai=redeemed.uai, platform=redeemed.platform, email=redeemed.sent_to)
