"""Incident filters shared by listing, counting and export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from rasd.store.merge import norm_place
from rasd.store.schema import incident_actors, incidents


@dataclass(slots=True)
class IncidentFilter:
    country: str | None = None
    type: str | None = None  # rasd type id, ACLED event type or sub-event type
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    place: str | None = None
    contested: bool | None = None
    min_sources: int | None = None

    def where(self) -> list[sa.ColumnElement[bool]]:
        t = incidents.c
        out: list[sa.ColumnElement[bool]] = []
        if self.country:
            out.append(sa.func.lower(t.country) == self.country.lower())
        if self.type:
            out.append(sa.or_(t.type == self.type, sa.func.lower(t.event_type) == self.type.lower(),
                              sa.func.lower(t.sub_event_type) == self.type.lower()))
        if self.since:
            out.append(sa.func.coalesce(t.date_to, t.date) >= self.since)
        if self.until:
            out.append(t.date <= self.until)
        if self.actor:
            out.append(sa.exists().where(incident_actors.c.incident_id == t.id,
                                         incident_actors.c.actor == self.actor))
        if self.place:
            key = norm_place(self.place) or self.place
            out.append(sa.or_(t.norm_place.like(f"%{key}%"),
                              sa.func.lower(t.location_name).like(f"%{self.place.lower()}%")))
        if self.contested is not None:
            out.append(t.contested == self.contested)
        if self.min_sources:
            out.append(t.n_sources >= self.min_sources)
        return out
