"""Look-ups in the directory: by UAI, by e-mail address; addresses on file for a UAI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from pipeline.directory.models import Account, Establishment


@dataclass(frozen=True, slots=True)
class OnFile:
    """What the directory holds for one UAI, read once."""

    establishment: Establishment
    accounts: tuple[Account, ...]

    def account_for(self, platform: str | None) -> Account | None:
        """The account on that platform; with no platform named, the only account."""
        if platform is not None:
            return next((a for a in self.accounts if a.platform == platform), None)
        return self.accounts[0] if len(self.accounts) == 1 else None

    def addresses(self) -> frozenset[str]:
        """Every address on file for this establishment: the only ones a link may go to."""
        found = {a.admin_email for a in self.accounts if a.admin_email}
        if self.establishment.official_email:
            found.add(self.establishment.official_email)
        return frozenset(found)


def find_by_uai(session: Session, uai: str | None) -> OnFile | None:
    if not uai:
        return None
    establishment = session.get(Establishment, uai.upper())
    if establishment is None:
        return None
    accounts = session.exec(select(Account).where(Account.uai == establishment.uai)
                            .order_by(Account.platform)).all()  # type: ignore[arg-type]
    return OnFile(establishment, tuple(accounts))


def find_by_email(session: Session, email: str) -> list[OnFile]:
    """Establishments where the address is the official one or an administrator's."""
    email = email.strip().lower()
    uais = set(session.exec(select(Establishment.uai)
                            .where(Establishment.official_email == email)).all())
    uais |= set(session.exec(select(Account.uai).where(Account.admin_email == email)).all())
    found = [find_by_uai(session, uai) for uai in sorted(uais)]
    return [f for f in found if f is not None]
