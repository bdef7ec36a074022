"""The dashboard page: numbers first, charts drawn server-side as SVG."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from pipeline.web.auth import Staff
from pipeline.web.dashboard import read_dashboard, stacked_bars_svg
from pipeline.web.deps import now_of, open_db, page_staff, render_page

router = APIRouter(include_in_schema=False)


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard_page(request: Request, staff: Annotated[Staff, Depends(page_staff)]) -> Response:
    with open_db(request) as session:
        numbers = read_dashboard(session, staff, now=now_of(request))
    charts = {
        "category": stacked_bars_svg(numbers["days"], numbers["by_category"],
                                     title="Tickets per day by category"),
        "region": stacked_bars_svg(numbers["days"], numbers["by_region"],
                                   title="Tickets per day by region"),
        "loop": stacked_bars_svg(numbers["days"], {"loop guard": numbers["loop_guard"]},
                                 title="Loop-guard trips per day", height=140),
    }
    return render_page(request, "dashboard.html", staff, n=numbers, charts=charts,
                       now=now_of(request))
