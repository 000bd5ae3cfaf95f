"""Site profiles by name: every module in this package that defines PROFILE.

Adding a site is adding one file here; its spider appears by itself
(spiders/sites.py)."""
from __future__ import annotations

import importlib
import pkgutil

from .profile import CURRENT, Listing, Selectors, SelectorVersion, SiteProfile


def _discover() -> dict[str, SiteProfile]:
    profiles = {}
    for module in pkgutil.iter_modules(__path__):
        profile = getattr(importlib.import_module(f"{__name__}.{module.name}"), "PROFILE", None)
        if isinstance(profile, SiteProfile):
            if profile.name in profiles:
                raise ValueError(f"two site profiles are named {profile.name!r}")
            profiles[profile.name] = profile
    return dict(sorted(profiles.items()))


PROFILES: dict[str, SiteProfile] = _discover()
MATRA = PROFILES["matra"]


def get_profile(name: str) -> SiteProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise KeyError(f"unknown site {name!r}; known: {', '.join(PROFILES)}") from None


__all__ = ["CURRENT", "MATRA", "PROFILES", "Listing", "Selectors", "SelectorVersion", "SiteProfile", "get_profile"]
