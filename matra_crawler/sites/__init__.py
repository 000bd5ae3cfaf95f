"""Site profiles by name."""
from .matra import PROFILE as MATRA
from .profile import Listing, Selectors, SiteProfile

PROFILES: dict[str, SiteProfile] = {p.name: p for p in (MATRA,)}


def get_profile(name: str) -> SiteProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise KeyError(f"unknown site {name!r}; known: {', '.join(sorted(PROFILES))}") from None


__all__ = ["PROFILES", "Listing", "Selectors", "SiteProfile", "get_profile"]
