"""Route a message to its région académique: the UAI's département, else the académie domain."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pipeline.classify.rules import read_toml


class Region(BaseModel):
    """One row of config/regions.toml."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    slug: str = Field(pattern=r"^[a-z][a-z-]*$")
    name: str
    academies: list[str]
    departements: list[str] = Field(min_length=1)
    domains: list[str] = Field(min_length=1)
    team_address: str | None = None
    leads: list[str] = Field(default_factory=list)


class RegionsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    region: list[Region] = Field(min_length=1)

    @model_validator(mode="after")
    def check_unique(self) -> RegionsFile:
        """No slug, département or domain may be claimed twice."""
        for what in ("slug", "departements", "domains"):
            seen: list[str] = []
            for r in self.region:
                values = [r.slug] if what == "slug" else list(getattr(r, what))
                seen.extend(values)
            dup = {v for v in seen if seen.count(v) > 1}
            if dup:
                raise ValueError(f"{what} listed twice: {', '.join(sorted(dup))}")
        return self


class Regions:
    """Look-ups from a département code or a mail domain to a region slug."""

    def __init__(self, regions: list[Region]):
        self.by_slug = {r.slug: r for r in regions}
        self._by_dep = {d: r.slug for r in regions for d in r.departements}
        self._by_domain = {d.lower(): r.slug for r in regions for d in r.domains}

    @classmethod
    def load(cls, path: Path) -> Regions:
        """Read config/regions.toml; raise ConfigRejected on a bad file."""
        return cls(read_toml(path, RegionsFile).region)

    def region_of_uai(self, uai: str | None) -> str | None:
        """Région of a UAI's département (its first three characters)."""
        return self._by_dep.get(uai[:3]) if uai else None

    def region_of_address(self, address: str) -> str | None:
        """Région of an académie address (exact domain or a sub-domain of one)."""
        domain = address.rpartition("@")[2].lower().strip()
        while domain:
            if domain in self._by_domain:
                return self._by_domain[domain]
            domain = domain.partition(".")[2] if "." in domain else ""
        return None

    def locate(self, uai: str | None, sender: str) -> str | None:
        """The UAI's region first, else the sender's académie domain, else None."""
        return self.region_of_uai(uai) or self.region_of_address(sender)
