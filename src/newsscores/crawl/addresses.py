"""Which addresses a crawl may connect to, and connections pinned to a checked address.

Public unicast only by default; ``allow_private`` opens private and loopback
addresses, never link-local or cloud-metadata ones (nor their IPv4-mapped, NAT64,
6to4 or Teredo forms), which only ``allow_addresses`` can name.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from collections.abc import Iterable

__all__ = ["address_allowed", "PinnedHTTPConnection", "PinnedHTTPSConnection"]


#: Cloud instance-metadata services: credentials live there, so they are refused
#: even with ``allow_private`` unless named in ``allow_addresses``.
_METADATA = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))

_IP = ipaddress.IPv4Address | ipaddress.IPv6Address


def _embedded(ip: _IP) -> list[_IP]:
    """``ip`` and every IPv4 address it carries (IPv4-mapped, NAT64, 6to4, Teredo):
    each must pass the check, or ``64:ff9b::a9fe:a9fe`` would reach 169.254.169.254."""
    found: list[_IP] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            found.append(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            found.append(ip.sixtofour)
        if ip.teredo is not None:
            found.extend(ip.teredo)
        if any(ip in net for net in _NAT64):
            found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def address_allowed(
    address: str, allow_private: bool, allow_addresses: Iterable[str] = ()
) -> bool:
    """Whether a connection to ``address`` is allowed: public unicast only, by default.

    ``allow_private`` opens private and loopback addresses, never link-local or
    cloud-metadata ones (nor their NAT64/6to4 forms); those, and anything else,
    pass only when ``allow_addresses`` names them (an address or a network)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    forms = _embedded(ip)
    for entry in allow_addresses:
        try:
            net = ipaddress.ip_network(entry.strip(), strict=False)
        except ValueError:
            continue
        if any(form.version == net.version and form in net for form in forms):
            return True
    for form in forms:
        if form.is_multicast or form.is_unspecified or (form.version == 4 and form.is_reserved):
            return False
        if form.is_link_local or form in _METADATA:
            return False
        if not allow_private and not (
            form.is_global and not (form.is_private or form.is_loopback)
        ):
            return False
    return True


class PinnedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection to an address checked beforehand (no second DNS lookup)."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self.address, self.port), self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    """An HTTPS connection to a checked address, verifying the certificate of ``host``."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self.address = address

    def connect(self) -> None:
        sock = socket.create_connection((self.address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]
